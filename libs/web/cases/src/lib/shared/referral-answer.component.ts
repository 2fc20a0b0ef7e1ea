import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { AnswerReferralGQL, describeProblem, forControls, Problem } from '@continuum/web/data-access';
import { blankToNull, DialogComponent, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

export interface ReferralAnswered {
  accepted: boolean;
  reference: string;
}

/**
 * Answering a referral: accept at once, or decline in a dialog that asks why (required) and where
 * else to go (optional), both sent to the organisation that referred the case.
 */
@Component({
  selector: 'cnt-referral-answer',
  imports: [DialogComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <cnt-problem-alert [problem]="declining() ? null : problem()" />
    <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-btns-group--icon-left fr-mb-0">
      <li>
        <button
          class="fr-btn fr-btn--sm fr-icon-check-line fr-btn--icon-left"
          type="button"
          [disabled]="busy()"
          (click)="answer(true)"
        >
          Accepter la saisine
        </button>
      </li>
      <li>
        <button
          class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-close-line fr-btn--icon-left"
          type="button"
          [disabled]="busy()"
          (click)="openDecline()"
        >
          Décliner…
        </button>
      </li>
    </ul>

    <cnt-dialog
      [heading]="'Décliner la saisine ' + reference()"
      [open]="declining()"
      (closed)="declining.set(false)"
    >
      <p class="fr-text--sm">
        {{ owner() }} sera informé de votre réponse et du motif. Indiquez si possible à qui s’adresser plutôt.
      </p>
      <cnt-problem-alert [problem]="problem()" />
      <form novalidate (submit)="decline($event)" aria-label="Décliner la saisine">
        <div class="fr-input-group" [class.fr-input-group--error]="reasonError()">
          <label class="fr-label" [for]="id() + '-reason'">
            Motif *
            <span class="fr-hint-text">Par exemple : hors de notre patrimoine, pas de notre compétence</span>
          </label>
          <textarea
            class="fr-input"
            [class.fr-input--error]="reasonError()"
            [id]="id() + '-reason'"
            rows="3"
            maxlength="1000"
            [attr.aria-describedby]="id() + '-reason-messages'"
            [attr.aria-invalid]="reasonError() ? true : null"
            [value]="reason()"
            (input)="reason.set($any($event.target).value)"
          ></textarea>
          <div class="fr-messages-group" [id]="id() + '-reason-messages'" aria-live="polite">
            @if (reasonError(); as message) {
              <p class="fr-message fr-message--error">{{ message }}</p>
            }
          </div>
        </div>
        <div class="fr-input-group">
          <label class="fr-label" [for]="id() + '-redirect'">
            Où s’adresser plutôt
            <span class="fr-hint-text"
              >Une organisation ou un service, par exemple : le bailleur du bâtiment</span
            >
          </label>
          <input
            class="fr-input"
            [id]="id() + '-redirect'"
            maxlength="500"
            [value]="redirect()"
            (input)="redirect.set($any($event.target).value)"
          />
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="declining.set(false)">
              Annuler
            </button>
          </li>
          <li>
            <button class="fr-btn" type="submit" [disabled]="busy()">Décliner la saisine</button>
          </li>
        </ul>
      </form>
    </cnt-dialog>
  `,
})
export class ReferralAnswerComponent {
  private readonly answerReferral = inject(AnswerReferralGQL);

  readonly assignmentId = input.required<string>();
  readonly reference = input.required<string>();
  readonly owner = input('L’organisation qui vous a saisi');
  /** Prefix of the ids of the dialog's fields (several answers may share a page). */
  readonly id = input('referral');
  readonly answered = output<ReferralAnswered>();

  protected readonly declining = signal(false);
  protected readonly reason = signal('');
  protected readonly redirect = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly reasonError = signal<string | null>(null);

  protected openDecline(): void {
    this.problem.set(null);
    this.reasonError.set(null);
    this.declining.set(true);
  }

  protected decline(event: Event): void {
    event.preventDefault();
    if (!this.reason().trim()) {
      this.reasonError.set('Indiquez pourquoi vous déclinez la saisine.');
      document.getElementById(`${this.id()}-reason`)?.focus();
      return;
    }
    void this.answer(false);
  }

  protected async answer(accept: boolean): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.reasonError.set(null);
    try {
      await firstValueFrom(
        this.answerReferral.mutate({
          variables: {
            assignmentId: this.assignmentId(),
            accept,
            reason: accept ? null : blankToNull(this.reason()),
            redirectSuggestion: accept ? null : blankToNull(this.redirect()),
          },
        }),
      );
      this.declining.set(false);
      this.answered.emit({ accepted: accept, reference: this.reference() });
    } catch (error) {
      const problem = describeProblem(error);
      this.reasonError.set(problem.fields['reason'] ?? null);
      // « Cette saisine a déjà reçu une réponse… » names the referral, which is no control of this form.
      this.problem.set(forControls(problem, 'reason'));
    } finally {
      this.busy.set(false);
    }
  }
}
