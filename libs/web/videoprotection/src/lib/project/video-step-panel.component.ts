import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AdvanceVideoProjectGQL,
  AdvanceVideoProjectInput,
  describeProblem,
  Problem,
  VideoOpinion,
  VideoProjectDetailFragment,
  VideoProjectStatus,
} from '@continuum/web/data-access';
import { firstValueFrom } from 'rxjs';
import { euros, problemLines } from '../shared/video-labels';

/**
 * The one next step this reader may take on a project (the server says which: `nextStep`), with
 * what it needs — the référent's opinion and its text, the FIPD amount asked, the cabinet's decision
 * — and, for the mairie, the abandon. The server refuses a step taken out of order or by two at once.
 */
@Component({
  selector: 'cnt-video-step-panel',
  imports: [FormsModule],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (project().nextStep; as step) {
      <section class="fr-mt-4w" aria-labelledby="step-title" data-testid="step-panel">
        <h2 id="step-title" class="fr-h4">Étape suivante : {{ project().nextStepLabel }}</h2>
        @if (lines().length) {
          <div class="fr-alert fr-alert--error fr-alert--sm fr-mb-3w" role="alert" data-testid="problem">
            @for (line of lines(); track line) {
              <p>{{ line }}</p>
            }
          </div>
        }
        @if (step === 'OPINION_GIVEN') {
          <fieldset class="fr-fieldset" aria-labelledby="opinion-legend">
            <legend class="fr-fieldset__legend" id="opinion-legend">Avis du référent sûreté *</legend>
            @for (option of opinions; track option.value) {
              <div class="fr-fieldset__element">
                <div class="fr-radio-group">
                  <input
                    type="radio"
                    name="opinion"
                    [id]="'opinion-' + option.value"
                    [checked]="opinion() === option.value"
                    (change)="opinion.set(option.value)"
                  />
                  <label class="fr-label" [for]="'opinion-' + option.value">{{ option.label }}</label>
                </div>
              </div>
            }
          </fieldset>
          <div class="fr-input-group">
            <label class="fr-label" for="opinion-text"
              >Motivation de l’avis *
              <span class="fr-hint-text">Implantation, champs de vision, réserves éventuelles.</span></label
            >
            <textarea class="fr-input" id="opinion-text" rows="4" [(ngModel)]="opinionText"></textarea>
          </div>
        }
        @if (step === 'FUNDING_REQUESTED') {
          <div class="fr-input-group">
            <label class="fr-label" for="amount"
              >Montant FIPD demandé, en euros *<span class="fr-hint-text">Par exemple 38000</span></label
            >
            <input class="fr-input" id="amount" type="number" min="1" step="0.01" [(ngModel)]="amount" />
          </div>
        }
        @if (step === 'FUNDING_DECIDED') {
          <p class="fr-text--sm">Montant demandé : {{ requested() }}</p>
          <fieldset class="fr-fieldset" aria-labelledby="granted-legend">
            <legend class="fr-fieldset__legend" id="granted-legend">Décision *</legend>
            @for (option of decisions; track option.label) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <div class="fr-radio-group">
                  <input
                    type="radio"
                    name="granted"
                    [id]="'granted-' + option.value"
                    [checked]="granted() === option.value"
                    (change)="granted.set(option.value)"
                  />
                  <label class="fr-label" [for]="'granted-' + option.value">{{ option.label }}</label>
                </div>
              </div>
            }
          </fieldset>
          @if (granted()) {
            <div class="fr-input-group">
              <label class="fr-label" for="granted-amount">Montant accordé, en euros *</label>
              <input
                class="fr-input"
                id="granted-amount"
                type="number"
                min="1"
                step="0.01"
                [(ngModel)]="amount"
              />
            </div>
          }
        }
        <div class="fr-input-group">
          <label class="fr-label" for="step-note">Note pour l’historique (facultative)</label>
          <textarea class="fr-input" id="step-note" rows="2" [(ngModel)]="note"></textarea>
        </div>
        <button
          class="fr-btn"
          type="button"
          [disabled]="busy()"
          (click)="send(step)"
          data-testid="step-submit"
        >
          {{ action(step) }}
        </button>
      </section>
    }
    @if (project().canAbandon) {
      <section class="fr-mt-4w" aria-labelledby="abandon-title">
        <h2 id="abandon-title" class="fr-h6">Abandonner le projet</h2>
        <div class="fr-input-group">
          <label class="fr-label" for="abandon-note">Motif de l’abandon</label>
          <textarea class="fr-input" id="abandon-note" rows="2" [(ngModel)]="abandonNote"></textarea>
        </div>
        <button class="fr-btn fr-btn--secondary" type="button" [disabled]="busy()" (click)="abandon()">
          Abandonner le projet
        </button>
      </section>
    }
  `,
})
export class VideoStepPanelComponent {
  readonly project = input.required<VideoProjectDetailFragment>();
  readonly changed = output<VideoProjectDetailFragment>();
  private readonly advance = inject(AdvanceVideoProjectGQL);

  protected readonly opinions: { value: VideoOpinion; label: string }[] = [
    { value: 'FAVORABLE', label: 'Favorable' },
    { value: 'FAVORABLE_WITH_RESERVATIONS', label: 'Favorable avec réserves' },
    { value: 'UNFAVORABLE', label: 'Défavorable' },
  ];
  protected readonly decisions = [
    { value: true, label: 'Accordé' },
    { value: false, label: 'Refusé' },
  ];
  protected readonly opinion = signal<VideoOpinion | null>(null);
  protected readonly granted = signal<boolean | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly lines = computed(() => problemLines(this.problem()));
  protected readonly requested = computed(() => euros(this.project().fundingRequestedAmount));
  protected opinionText = '';
  protected amount: number | null = null;
  protected note = '';
  protected abandonNote = '';

  protected action(step: VideoProjectStatus): string {
    switch (step) {
      case 'OPINION_GIVEN':
        return 'Rendre l’avis';
      case 'FUNDING_REQUESTED':
        return 'Demander le financement';
      case 'FUNDING_DECIDED':
        return 'Enregistrer la décision';
      case 'INSTALLATION':
        return 'Commencer l’installation';
      default:
        return 'Mettre en service';
    }
  }

  protected send(step: VideoProjectStatus): Promise<void> {
    const input = {
      projectId: this.project().id,
      step,
      note: this.note.trim() || null,
      ...(step === 'OPINION_GIVEN' && { opinion: this.opinion(), opinionText: this.opinionText }),
      ...(step === 'FUNDING_REQUESTED' && { amount: this.amountValue() }),
      ...(step === 'FUNDING_DECIDED' && {
        granted: this.granted(),
        amount: this.granted() ? this.amountValue() : null,
      }),
    };
    return this.run(input);
  }

  protected abandon(): Promise<void> {
    return this.run({
      projectId: this.project().id,
      step: 'ABANDONED',
      note: this.abandonNote.trim() || null,
    });
  }

  private amountValue(): number | null {
    return this.amount === null || (this.amount as unknown) === '' ? null : Number(this.amount);
  }

  private async run(input: AdvanceVideoProjectInput): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(this.advance.mutate({ variables: { input } }));
      this.note = '';
      this.changed.emit(result.data!.advanceVideoProject);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
