import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  output,
  signal,
  ViewEncapsulation,
} from '@angular/core';
import {
  CaseStatus,
  describeProblem,
  forControls,
  Problem,
  TransitionCaseGQL,
} from '@continuum/web/data-access';
import { blankToNull, DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { needsReason, saraStep, statusLabel, transitionLabel } from '../shared/case-labels';
import { CaseDetail } from './case-section';

/**
 * Where the case stands in the SARA cycle (a DSFR stepper), and the transitions the viewer may make
 * as buttons; rejecting, putting on hold and reopening ask for a reason first, in a dialog.
 */
@Component({
  selector: 'cnt-case-status',
  imports: [DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  encapsulation: ViewEncapsulation.None,
  styleUrl: './case-status.component.css',
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="status-title" data-testid="case-status">
      <h2 id="status-title" class="fr-h4">Avancement</h2>
      @if (step(); as current) {
        <div class="fr-stepper">
          <h3 class="fr-stepper__title">
            {{ current.title }}
            <span class="fr-stepper__state"
              >Étape {{ current.current }} sur {{ current.total }} du cycle SARA</span
            >
          </h3>
          <div
            class="fr-stepper__steps"
            [attr.data-fr-current-step]="current.current"
            [attr.data-fr-steps]="current.total"
          ></div>
          @if (current.next) {
            <p class="fr-stepper__details">
              <span class="fr-text--bold">Étape suivante :</span> {{ current.next }}
            </p>
          }
        </div>
      } @else {
        <div
          class="fr-alert fr-alert--sm fr-mb-2w"
          [class]="item.status === 'REJECTED' ? 'fr-alert--error' : 'fr-alert--warning'"
        >
          <p class="fr-text--bold">
            {{ item.status === 'REJECTED' ? 'Dossier rejeté' : 'Dossier en attente' }}
          </p>
        </div>
      }
      @if (item.statusReason) {
        <p class="fr-text--sm cnt-status__reason">
          <span class="fr-text--bold">Motif ({{ item.statusLabel.toLowerCase() }}) :</span>
          {{ item.statusReason }}
        </p>
      }
      @if (item.viewerCan.transition && item.allowedTransitions.length > 0) {
        <cnt-problem-alert [problem]="asking() ? null : problem()" />
        <ul
          class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm"
          aria-label="Faire avancer le dossier"
        >
          @for (to of item.allowedTransitions; track to) {
            <li>
              <button
                type="button"
                class="fr-btn fr-btn--sm"
                [class.fr-btn--secondary]="secondary(to)"
                [disabled]="busy()"
                (click)="start(to)"
              >
                {{ label(to) }}
              </button>
            </li>
          }
        </ul>
      }
    </section>

    <cnt-dialog [heading]="dialogTitle()" [open]="asking() !== null" (closed)="asking.set(null)">
      <cnt-problem-alert [problem]="problem()" />
      <form novalidate (submit)="confirm($event)" [attr.aria-label]="dialogTitle()">
        <div class="fr-input-group" [class.fr-input-group--error]="reasonError()">
          <label class="fr-label" for="transition-reason">
            Motif *
            <span class="fr-hint-text"
              >Inscrit à l’historique du dossier et visible des organisations impliquées</span
            >
          </label>
          <textarea
            class="fr-input"
            [class.fr-input--error]="reasonError()"
            id="transition-reason"
            rows="3"
            maxlength="1000"
            aria-describedby="transition-reason-messages"
            [attr.aria-invalid]="reasonError() ? true : null"
            [value]="reason()"
            (input)="reason.set($any($event.target).value)"
          ></textarea>
          <div class="fr-messages-group" id="transition-reason-messages" aria-live="polite">
            @if (reasonError(); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="asking.set(null)">Annuler</button>
          </li>
          <li>
            <button class="fr-btn" type="submit" [disabled]="busy()">
              {{ asking() ? label(asking()!) : '' }}
            </button>
          </li>
        </ul>
      </form>
    </cnt-dialog>
  `,
})
export class CaseStatusComponent {
  private readonly transition = inject(TransitionCaseGQL);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly asking = signal<CaseStatus | null>(null);
  protected readonly reason = signal('');
  protected readonly reasonError = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);

  protected readonly step = computed(() => saraStep(this.case().status));
  protected readonly dialogTitle = computed(() => {
    const to = this.asking();
    return to ? `${transitionLabel(this.case().status, to)} — motif` : 'Motif';
  });

  protected label(to: string): string {
    return transitionLabel(this.case().status, to);
  }

  /** Going back, pausing or rejecting are drawn as secondary buttons; moving forward is primary. */
  protected secondary(to: string): boolean {
    return ['ON_HOLD', 'REJECTED'].includes(to) || needsReason(this.case().status, to) || this.isBack(to);
  }

  protected start(to: CaseStatus): void {
    this.problem.set(null);
    if (needsReason(this.case().status, to)) {
      this.reason.set('');
      this.reasonError.set(null);
      this.asking.set(to);
      return;
    }
    void this.send(to, null);
  }

  protected confirm(event: Event): void {
    event.preventDefault();
    const to = this.asking();
    if (!to) return;
    if (!this.reason().trim()) {
      this.reasonError.set(`Indiquez le motif pour passer à « ${statusLabel(to)} ».`);
      document.getElementById('transition-reason')?.focus();
      return;
    }
    void this.send(to, blankToNull(this.reason()));
  }

  private async send(to: CaseStatus, reason: string | null): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await firstValueFrom(this.transition.mutate({ variables: { id: this.case().id, to, reason } }));
      this.asking.set(null);
      this.changed.emit(`Dossier passé à l’étape « ${statusLabel(to)} ».`);
    } catch (error) {
      const problem = describeProblem(error);
      this.reasonError.set(problem.fields['reason'] ?? null);
      // « Le dossier vient de changer de statut… » names `to`, which is no control of this form.
      this.problem.set(forControls(problem, 'reason'));
    } finally {
      this.busy.set(false);
    }
  }

  private isBack(to: string): boolean {
    const order = ['NEW', 'ANALYSIS', 'RESPONSE', 'ASSESSMENT', 'RESOLVED', 'CLOSED'];
    const from = order.indexOf(this.case().status);
    const target = order.indexOf(to);
    return from >= 0 && target >= 0 && target < from;
  }
}
