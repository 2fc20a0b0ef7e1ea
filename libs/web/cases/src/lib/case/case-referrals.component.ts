import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import {
  AssignCaseGQL,
  describeProblem,
  liveQuery,
  OrganizationNamesGQL,
  Problem,
  Session,
} from '@continuum/web/data-access';
import { blankToNull, FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { referralStatusLabel } from '../shared/case-labels';
import { ReferralAnswered, ReferralAnswerComponent } from '../shared/referral-answer.component';
import { DisclosureComponent } from '../shared/disclosure.component';
import { CaseDetail } from './case-section';

/**
 * Referrals (« saisines »): which organisations were asked, and what they answered. The owner refers
 * another organisation; a referred organisation answers its own pending referral here too.
 */
@Component({
  selector: 'cnt-case-referrals',
  imports: [DisclosureComponent, FrDatePipe, ProblemAlertComponent, ReferralAnswerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let item = case();
    <section class="fr-mb-5w" aria-labelledby="referrals-title" data-testid="case-referrals">
      <h2 id="referrals-title" class="fr-h4">Saisines</h2>
      @for (referral of item.assignments; track referral.id) {
        <div class="cnt-referral" data-testid="case-referral">
          <p class="fr-mb-1v">
            <span class="fr-text--bold">{{ referral.organization.name }}</span>
            <span class="fr-badge fr-badge--sm fr-ml-1w" [class]="badge(referral.status)">{{
              statusText(referral.status)
            }}</span>
          </p>
          <p class="fr-text--sm fr-mb-1v cnt-muted">
            Saisie le {{ referral.requestedAt | frDate }}
            @if (referral.answeredAt) {
              · réponse le {{ referral.answeredAt | frDate }}
            }
          </p>
          @if (referral.message) {
            <p class="fr-text--sm fr-mb-1v">« {{ referral.message }} »</p>
          }
          @if (referral.declineReason) {
            <p class="fr-text--sm fr-mb-1v">
              <span class="fr-text--bold">Motif du refus :</span> {{ referral.declineReason }}
            </p>
          }
          @if (referral.redirectSuggestion) {
            <p class="fr-text--sm fr-mb-1v">
              <span class="fr-text--bold">S’adresser plutôt à :</span> {{ referral.redirectSuggestion }}
            </p>
          }
          @if (referral.status === 'PENDING' && referral.organization.id === myOrganizationId()) {
            <cnt-referral-answer
              class="fr-mt-1w"
              [assignmentId]="referral.id"
              [reference]="item.reference"
              [owner]="item.owner.name"
              [id]="'case-referral-' + referral.id"
              (answered)="answered($event)"
            />
          }
        </div>
      } @empty {
        <p>Aucune organisation n’a été saisie de ce dossier.</p>
      }

      @if (item.viewerCan.assign) {
        <cnt-disclosure label="Saisir une organisation">
          <form novalidate (submit)="assign($event)" aria-label="Saisir une organisation">
            <cnt-problem-alert [problem]="problem()" />
            <div class="fr-select-group" [class.fr-select-group--error]="organizationError()">
              <label class="fr-label" for="assign-organization">Organisation *</label>
              <select
                class="fr-select"
                id="assign-organization"
                [class.fr-select--error]="organizationError()"
                aria-describedby="assign-organization-messages"
                (change)="organizationId.set($any($event.target).value)"
              >
                <option value="" [selected]="organizationId() === ''">Choisir une organisation</option>
                @for (option of candidates(); track option.id) {
                  <option [value]="option.id" [selected]="organizationId() === option.id">
                    {{ option.name }}{{ option.publicAuthority ? '' : ' (partenaire privé)' }}
                  </option>
                }
              </select>
              <div class="fr-messages-group" id="assign-organization-messages" aria-live="polite">
                @if (organizationError(); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>
            @if (chosen(); as target) {
              @if (!target.publicAuthority) {
                <div
                  class="fr-alert fr-alert--info fr-alert--sm fr-mb-2w"
                  data-testid="referral-private-notice"
                >
                  <p>
                    {{ target.name }} est un partenaire privé : il ne verra pas les personnes concernées
                    (données nominatives), réservées aux autorités publiques impliquées.
                  </p>
                </div>
              }
            }
            <div class="fr-input-group">
              <label class="fr-label" for="assign-message">
                Message
                <span class="fr-hint-text">Ce que vous attendez d’elle</span>
              </label>
              <textarea
                class="fr-input"
                id="assign-message"
                rows="2"
                maxlength="1000"
                [value]="message()"
                (input)="message.set($any($event.target).value)"
              ></textarea>
            </div>
            <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">Saisir l’organisation</button>
          </form>
        </cnt-disclosure>
      }
    </section>
  `,
  styles: `
    .cnt-referral {
      padding: 0.75rem 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseReferralsComponent {
  private readonly session = inject(Session);
  private readonly assignCase = inject(AssignCaseGQL);
  private readonly organizationNames = inject(OrganizationNamesGQL);

  readonly case = input.required<CaseDetail>();
  readonly changed = output<string>();

  protected readonly organizationId = signal('');
  protected readonly message = signal('');
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly organizationError = signal<string | null>(null);
  protected readonly myOrganizationId = computed(() => this.session.user()?.organization.id ?? '');

  private readonly organizations = liveQuery(
    () => this.case().viewerCan.assign,
    (load) =>
      load ? this.organizationNames.fetch().pipe(map((result) => result.data?.organizations ?? [])) : of([]),
  );
  /**
   * Partners only (not the platform's technical administration), not the owner, not one already
   * referred and still in; a declined one may be asked again.
   */
  protected readonly candidates = computed(() => {
    const item = this.case();
    const taken = new Set([
      item.owner.id,
      ...item.assignments.filter((a) => a.status !== 'DECLINED').map((a) => a.organization.id),
    ]);
    return (this.organizations.value() ?? [])
      .filter((org) => org.partner && !taken.has(org.id))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  });

  /** The organisation about to be referred, to say before sending what it will not see. */
  protected readonly chosen = computed(
    () => this.candidates().find((org) => org.id === this.organizationId()) ?? null,
  );

  protected statusText(status: string): string {
    return referralStatusLabel(status);
  }

  protected badge(status: string): string {
    return status === 'ACCEPTED'
      ? 'fr-badge--success'
      : status === 'DECLINED'
        ? 'fr-badge--error'
        : 'fr-badge--warning';
  }

  protected answered(event: ReferralAnswered): void {
    this.changed.emit(event.accepted ? 'Saisine acceptée.' : 'Saisine déclinée.');
  }

  protected async assign(event: Event): Promise<void> {
    event.preventDefault();
    this.problem.set(null);
    this.organizationError.set(null);
    if (!this.organizationId()) {
      this.organizationError.set('Choisissez l’organisation à saisir.');
      document.getElementById('assign-organization')?.focus();
      return;
    }
    this.busy.set(true);
    try {
      const name =
        this.candidates().find((org) => org.id === this.organizationId())?.name ?? 'L’organisation';
      await firstValueFrom(
        this.assignCase.mutate({
          variables: {
            id: this.case().id,
            organizationId: this.organizationId(),
            message: blankToNull(this.message()),
          },
        }),
      );
      this.organizationId.set('');
      this.message.set('');
      this.changed.emit(`${name} est saisie du dossier.`);
    } catch (error) {
      const problem = describeProblem(error);
      this.organizationError.set(problem.fields['organizationId'] ?? null);
      this.problem.set(problem);
    } finally {
      this.busy.set(false);
    }
  }
}
