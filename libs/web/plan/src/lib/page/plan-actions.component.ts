import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AdoptPlanGQL,
  type Problem,
  RevisePlanGQL,
  SubmitPlanGQL,
  WithdrawPlanGQL,
} from '@continuum/web/data-access';
import { DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { actionProblem } from '../shared/action-problem';
import type { PlanVersion } from '../shared/plan-types';

/** What the page hears after an action: its message, and the new version when one was opened. */
export type PlanChange = string | { message: string; versionId: string };

/**
 * The cabinet's actions on a version, each shown only when the version's step allows it: submit a
 * draft, withdraw or adopt a submitted one (adoption confirmed: it freezes the plan), revise the
 * latest adopted one with a note, compare with the previous version.
 */
@Component({
  selector: 'cnt-plan-actions',
  imports: [FormsModule, RouterLink, DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div #alert tabindex="-1">
      <cnt-problem-alert [problem]="problem()" />
    </div>
    <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left" data-testid="plan-actions">
      @if (plan().status === 'DRAFT') {
        <li>
          <button class="fr-btn fr-icon-send-plane-line" type="button" [disabled]="busy()" (click)="submit()">
            Soumettre à l’adoption
          </button>
        </li>
      }
      @if (plan().status === 'SUBMITTED') {
        <li>
          <button
            class="fr-btn fr-icon-check-line"
            type="button"
            [disabled]="busy()"
            (click)="adopting.set(true)"
          >
            Adopter le plan
          </button>
        </li>
        <li>
          <button
            class="fr-btn fr-btn--secondary fr-icon-arrow-go-back-line"
            type="button"
            [disabled]="busy()"
            (click)="withdraw()"
          >
            Retirer de l’adoption
          </button>
        </li>
      }
      @if (plan().status === 'ADOPTED' && latest()) {
        <li>
          <button
            class="fr-btn fr-btn--secondary fr-icon-refresh-line"
            type="button"
            (click)="openRevision()"
          >
            Réviser le plan
          </button>
        </li>
      }
      @if (plan().previousVersionId) {
        <li>
          <a
            class="fr-btn fr-btn--tertiary fr-icon-arrow-right-line"
            [routerLink]="['/plan', plan().id, 'differences']"
            >Comparer avec la version {{ plan().version - 1 }}</a
          >
        </li>
      }
    </ul>

    <cnt-dialog heading="Adopter le plan ?" [open]="adopting()" (closed)="adopting.set(false)">
      <p>
        Une fois adoptée, la version {{ plan().version }} du plan {{ plan().year }} est
        <strong>figée</strong> : ni ses textes ni ses objectifs ne pourront plus être modifiés. Les chiffres
        du diagnostic y sont conservés tels qu’ils sont aujourd’hui. Pour la faire évoluer, il faudra la
        réviser (une nouvelle version).
      </p>
      <p>Elle devient la version que lisent les partenaires et les élus.</p>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button class="fr-btn" type="button" [disabled]="busy()" (click)="adopt()">
            Adopter et figer le plan
          </button>
        </li>
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="adopting.set(false)">
            Annuler
          </button>
        </li>
      </ul>
    </cnt-dialog>

    <cnt-dialog heading="Réviser le plan" [open]="revising()" (closed)="revising.set(false)">
      <form novalidate (ngSubmit)="revise()" aria-label="Réviser le plan">
        <p>
          Une nouvelle version en projet est ouverte, reprenant les textes et les objectifs de la version
          {{ plan().version }} ; celle-ci reste adoptée et lue par tous jusqu’à l’adoption de la suivante.
        </p>
        <div class="fr-input-group" [class.fr-input-group--error]="noteError()">
          <label class="fr-label" for="plan-revision-note">
            Motif de la révision *
            <span class="fr-hint-text">Par exemple : bilan à mi-parcours, nouvelle priorité rodéos</span>
          </label>
          <textarea
            class="fr-input"
            id="plan-revision-note"
            name="note"
            rows="3"
            [(ngModel)]="note"
            [class.fr-input--error]="noteError()"
            aria-describedby="plan-revision-note-messages"
          ></textarea>
          <div class="fr-messages-group" id="plan-revision-note-messages" aria-live="polite">
            @if (noteError(); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md">
          <li><button class="fr-btn" type="submit" [disabled]="busy()">Ouvrir la révision</button></li>
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="revising.set(false)">
              Annuler
            </button>
          </li>
        </ul>
      </form>
    </cnt-dialog>
  `,
})
export class PlanActionsComponent {
  private readonly submitPlan = inject(SubmitPlanGQL);
  private readonly withdrawPlan = inject(WithdrawPlanGQL);
  private readonly adoptPlan = inject(AdoptPlanGQL);
  private readonly revisePlan = inject(RevisePlanGQL);

  readonly plan = input.required<PlanVersion>();
  /** The newest version of the year: only it may be revised. */
  readonly latest = input(false);
  readonly changed = output<PlanChange>();

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly adopting = signal(false);
  protected readonly revising = signal(false);
  protected readonly noteError = signal<string | null>(null);
  protected note = '';
  private readonly alert = viewChild.required<ElementRef<HTMLElement>>('alert');

  protected submit(): Promise<void> {
    return this.run(
      () => firstValueFrom(this.submitPlan.mutate({ variables: { id: this.plan().id } })),
      'Plan soumis à l’adoption : il ne se modifie plus, sauf à le retirer de l’adoption.',
    );
  }

  protected withdraw(): Promise<void> {
    return this.run(
      () => firstValueFrom(this.withdrawPlan.mutate({ variables: { id: this.plan().id } })),
      'Plan retiré de l’adoption : il redevient un projet modifiable.',
    );
  }

  protected async adopt(): Promise<void> {
    await this.run(
      () => firstValueFrom(this.adoptPlan.mutate({ variables: { id: this.plan().id } })),
      `Plan adopté : la version ${this.plan().version} est figée et lue par tous les partenaires.`,
    );
    this.adopting.set(false);
  }

  protected openRevision(): void {
    this.note = '';
    this.noteError.set(null);
    this.revising.set(true);
  }

  protected async revise(): Promise<void> {
    const note = this.note.trim();
    if (note === '') {
      this.noteError.set('Saisissez le motif de la révision.');
      document.getElementById('plan-revision-note')?.focus();
      return;
    }
    this.noteError.set(null);
    this.busy.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.revisePlan.mutate({ variables: { id: this.plan().id, note } }),
      );
      const next = result.data?.revisePlan;
      this.revising.set(false);
      if (next)
        this.changed.emit({
          message: `Version ${next.version} ouverte en projet : modifiez-la, puis soumettez-la à l’adoption.`,
          versionId: next.id,
        });
    } catch (error) {
      this.noteError.set(actionProblem(error).message);
    } finally {
      this.busy.set(false);
    }
  }

  private async run(action: () => Promise<unknown>, message: string): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    try {
      await action();
      this.changed.emit(message);
    } catch (error) {
      this.adopting.set(false);
      this.problem.set(actionProblem(error));
      setTimeout(() => this.alert().nativeElement.focus());
    } finally {
      this.busy.set(false);
    }
  }
}
