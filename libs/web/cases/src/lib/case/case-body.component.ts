import {
  ChangeDetectionStrategy,
  Component,
  computed,
  ElementRef,
  inject,
  input,
  output,
  signal,
} from '@angular/core';
import { RouterLink } from '@angular/router';
import { CaseStatus, OPEN_STATUSES } from '@continuum/domain';
import { describeProblem, EscalateCaseGQL, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';

/**
 * The coordination body (and restricted working group) the case is attached to, when it is; a member
 * of the body asks for the case at its next meeting, with a reason the secretary reads among the
 * proposals.
 */
@Component({
  selector: 'cnt-case-body',
  imports: [RouterLink, DisclosureComponent, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    @if (item.body; as body) {
      <section class="fr-mb-5w" aria-labelledby="case-body-title" data-testid="case-body">
        <h2 id="case-body-title" class="fr-h4">Instance de coordination</h2>
        <p class="fr-text--sm fr-mb-1w">
          Rattaché à
          <a class="fr-link fr-text--sm" [routerLink]="['/instances', body.id]">{{ body.name }}</a>{{
            item.workingGroup ? ', groupe restreint « ' + item.workingGroup.name + ' »' : ''
          }}
        </p>
        @if (canEscalate()) {
          <cnt-disclosure label="Signaler pour la prochaine séance">
            <form novalidate (submit)="escalate($event)" aria-label="Signaler pour la prochaine séance">
              <cnt-problem-alert [problem]="problem()" />
              <div class="fr-input-group" [class.fr-input-group--error]="error()">
                <label class="fr-label" for="escalate-reason">
                  Motif *
                  <span class="fr-hint-text">Lu par le secrétariat parmi les points proposés</span>
                </label>
                <textarea
                  class="fr-input"
                  [class.fr-input--error]="error()"
                  id="escalate-reason"
                  rows="2"
                  maxlength="1000"
                  aria-describedby="escalate-reason-messages"
                  [attr.aria-invalid]="error() ? true : null"
                  [value]="reason()"
                  (input)="reason.set($any($event.target).value)"
                ></textarea>
                <div class="fr-messages-group" id="escalate-reason-messages" aria-live="polite">
                  @if (error(); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>
              <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">Signaler</button>
            </form>
          </cnt-disclosure>
        }
      </section>
    }
  `,
})
export class CaseBodyComponent {
  private readonly session = inject(Session);
  private readonly escalateCase = inject(EscalateCaseGQL);
  private readonly host = inject<ElementRef<HTMLElement>>(ElementRef);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly reason = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly problem = signal<ReturnType<typeof describeProblem> | null>(null);
  protected readonly busy = signal(false);

  /** A member organisation of the body (or its secretary), on a case still open. */
  protected readonly canEscalate = computed(() => {
    const item = this.case();
    const user = this.session.user();
    if (!item.body || !user || !OPEN_STATUSES.includes(item.status as CaseStatus)) return false;
    return (
      item.body.secretary?.id === user.id ||
      item.body.memberOrganizations.some((org) => org.id === user.organization.id)
    );
  });

  protected async escalate(event: Event): Promise<void> {
    event.preventDefault();
    const text = this.reason().trim();
    this.problem.set(null);
    if (text.length < 3) {
      this.error.set(
        'Indiquez pourquoi le dossier doit être vu à la prochaine séance (3 caractères au moins).',
      );
      document.getElementById('escalate-reason')?.focus();
      return;
    }
    this.error.set(null);
    this.busy.set(true);
    try {
      await firstValueFrom(this.escalateCase.mutate({ variables: { caseId: this.case().id, reason: text } }));
      this.reason.set('');
      this.host.nativeElement.querySelector('details')?.removeAttribute('open');
      this.changed.emit(`Dossier signalé pour la prochaine séance : ${this.case().body?.name ?? ''}.`);
    } catch (error) {
      const problem = describeProblem(error);
      // A refusal names the field it is about: the reason under its field, the case in the alert.
      const { reason, ...others } = problem.fields;
      if (reason) this.error.set(reason);
      else this.problem.set({ ...problem, message: Object.values(others).join(' ') || problem.message });
    } finally {
      this.busy.set(false);
    }
  }
}
