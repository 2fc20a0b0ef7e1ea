import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, MyWorkGQL, Session } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { actionStatusLabel, dueLabel, formatDay, parisToday } from '../shared/case-labels';
import { CaseLineComponent } from '../shared/case-line.component';
import { ReferralAnswered, ReferralAnswerComponent } from '../shared/referral-answer.component';
import { UpcomingMeetingsComponent } from './upcoming-meetings.component';
import { workSummary } from './work-summary';

/**
 * « Mes dossiers », the home page: what waits for my organisation — referrals to answer, actions
 * overdue or due within a week, my next meetings, cases we were referred, our own cases lately
 * updated; and for the prefect's cabinet, the cases of the département with an overdue action.
 */
@Component({
  selector: 'cnt-my-work-page',
  imports: [
    RouterLink,
    FrDatePipe,
    ProblemAlertComponent,
    CaseLineComponent,
    ReferralAnswerComponent,
    UpcomingMeetingsComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="cnt-title-row">
        <div>
          <h1 class="fr-mb-1w">Mes dossiers</h1>
          <p class="fr-text--lead fr-mb-3w">{{ organizationName() }} — ce qui vous attend.</p>
        </div>
        @if (canCreate()) {
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left fr-mb-3w" routerLink="/dossiers/nouveau"
            >Ouvrir un dossier</a
          >
        }
      </div>

      @if (notice(); as message) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
          <p>{{ message }}</p>
        </div>
      }
      <cnt-problem-alert [problem]="work.problem()" />

      @if (work.value(); as data) {
        <p class="fr-text--sm" role="status" data-testid="work-summary">{{ summary() }}</p>

        <section class="fr-mb-6w" aria-labelledby="referrals-title" data-testid="referrals">
          <h2 id="referrals-title">Saisines à traiter</h2>
          @for (referral of data.myWork.pendingReferrals; track referral.id) {
            @if (referral.case; as item) {
              <cnt-case-line [case]="item" data-testid="referral">
                <p class="fr-text--sm fr-mt-1w fr-mb-1w">
                  Saisine de <span class="fr-text--bold">{{ item.owner.name }}</span> le
                  {{ referral.requestedAt | frDate }}
                  @if (referral.message) {
                    : « {{ referral.message }} »
                  }
                </p>
                <cnt-referral-answer
                  [assignmentId]="referral.id"
                  [reference]="item.reference"
                  [owner]="item.owner.name"
                  [id]="'referral-' + referral.id"
                  (answered)="answered($event)"
                />
              </cnt-case-line>
            }
          } @empty {
            <p>Aucune saisine n’attend de réponse de votre organisation.</p>
          }
        </section>

        <section class="fr-mb-6w" aria-labelledby="actions-title" data-testid="due-actions">
          <h2 id="actions-title">Actions en retard ou à échéance sous 7 jours</h2>
          @if (data.myWork.dueActions.length > 0) {
            <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline">
              <div class="fr-table__wrapper">
                <div class="fr-table__container" tabindex="0">
                  <div class="fr-table__content">
                    <table>
                      <caption>
                        Actions de mon organisation à échéance
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Échéance</th>
                          <th scope="col">Action</th>
                          <th scope="col">Dossier</th>
                          <th scope="col">Chargé</th>
                          <th scope="col">État</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (action of data.myWork.dueActions; track action.id) {
                          <tr [class.cnt-overdue]="action.overdue" data-testid="due-action">
                            <td>
                              @if (action.overdue) {
                                <p class="fr-badge fr-badge--sm fr-badge--error fr-mb-1v">En retard</p>
                                <br />
                              }
                              <span [class.cnt-overdue__text]="action.overdue">{{ due(action.dueOn) }}</span>
                              <br /><span class="fr-text--xs">{{ day(action.dueOn) }}</span>
                            </td>
                            <th scope="row">{{ action.title }}</th>
                            <td>
                              @if (action.case; as item) {
                                <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', item.id]"
                                  >{{ item.reference }}<br />{{ item.title }}</a
                                >
                              }
                            </td>
                            <td>{{ action.assignee?.fullName ?? action.organization.name }}</td>
                            <td>{{ actionStatus(action.status) }}</td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
          } @else {
            <p>Aucune action de votre organisation n’est en retard ni à échéance dans la semaine.</p>
          }
        </section>

        <cnt-upcoming-meetings />

        <!-- The cabinet steers the département: its overdue cases come before its own lists. -->
        @if (data.overdueCases; as overdue) {
          <section class="fr-mb-6w" aria-labelledby="overdue-title" data-testid="overdue-cases">
            <h2 id="overdue-title">Dossiers du département avec une action en retard</h2>
            <p class="fr-text--sm">Suivi du cabinet : les plus prioritaires d’abord.</p>
            @for (edge of overdue.edges; track edge.node.id) {
              <cnt-case-line [case]="edge.node" />
            } @empty {
              <p>Aucun dossier n’a d’action en retard.</p>
            }
            @if (overdue.totalCount > overdue.edges.length) {
              <p class="fr-mt-2w">
                <a
                  class="fr-link fr-icon-arrow-right-line fr-link--icon-right"
                  routerLink="/dossiers"
                  [queryParams]="{ retard: 1, tri: 'PRIORITY_DESC' }"
                  >Voir les {{ overdue.totalCount }} dossiers</a
                >
              </p>
            }
          </section>
        }
        @if (data.assigned.totalCount > 0) {
          <section class="fr-mb-6w" aria-labelledby="assigned-title" data-testid="assigned">
            <h2 id="assigned-title">Dossiers dont nous sommes saisis</h2>
            @for (edge of data.assigned.edges; track edge.node.id) {
              <cnt-case-line [case]="edge.node">
                @if (pendingFor(edge.node.assignments)) {
                  <p class="fr-badge fr-badge--sm fr-badge--warning fr-mt-1w">
                    Saisine à accepter ou décliner
                  </p>
                }
              </cnt-case-line>
            }
            <p class="fr-mt-2w">
              <a
                class="fr-link fr-icon-arrow-right-line fr-link--icon-right"
                routerLink="/dossiers"
                [queryParams]="{ saisi: 1 }"
                >Voir les {{ data.assigned.totalCount }} dossiers dont nous sommes saisis</a
              >
            </p>
          </section>
        }

        @if (data.owned.totalCount > 0) {
          <section class="fr-mb-6w" aria-labelledby="owned-title" data-testid="owned">
            <h2 id="owned-title">Nos dossiers récemment mis à jour</h2>
            @for (edge of data.owned.edges; track edge.node.id) {
              <cnt-case-line [case]="edge.node" />
            }
            <p class="fr-mt-2w">
              <a
                class="fr-link fr-icon-arrow-right-line fr-link--icon-right"
                routerLink="/dossiers"
                [queryParams]="{ porteur: organizationId() }"
                >Voir nos {{ data.owned.totalCount }} dossiers</a
              >
            </p>
          </section>
        }
      } @else if (!work.problem()) {
        <p>Chargement de vos dossiers…</p>
      }
    </div>
  `,
  styles: `
    .cnt-title-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: flex-start;
    }
    .cnt-overdue__text {
      color: var(--text-default-error);
      font-weight: 700;
    }
    tr.cnt-overdue {
      box-shadow: inset 4px 0 0 0 var(--border-plain-error);
    }
  `,
})
export class MyWorkPage {
  private readonly session = inject(Session);
  private readonly myWorkQuery = inject(MyWorkGQL);

  protected readonly notice = signal<string | null>(null);
  protected readonly organizationId = computed(() => this.session.user()?.organization.id ?? '');
  protected readonly organizationName = computed(() => this.session.user()?.organization.name ?? '');
  protected readonly canCreate = computed(() => this.session.can('create', 'Case'));
  private readonly coordinator = computed(() => this.session.user()?.roles.includes('COORDINATOR') ?? false);
  private readonly today = parisToday();

  protected readonly work = liveQuery(
    () => ({ organizationId: this.organizationId(), coordinator: this.coordinator() }),
    (variables) =>
      this.myWorkQuery
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data ?? null)),
  );

  protected readonly summary = computed(() => {
    const data = this.work.value();
    return data ? workSummary(data.myWork) : '';
  });

  protected due(dueOn: string | null): string {
    return dueLabel(dueOn, this.today);
  }

  protected day(dueOn: string | null): string {
    return formatDay(dueOn);
  }

  protected actionStatus(status: string): string {
    return actionStatusLabel(status);
  }

  protected pendingFor(assignments: readonly { status: string; organization: { id: string } }[]): boolean {
    const mine = this.organizationId();
    return assignments.some((a) => a.organization.id === mine && a.status === 'PENDING');
  }

  protected answered(event: ReferralAnswered): void {
    this.notice.set(
      event.accepted
        ? `Saisine du dossier ${event.reference} acceptée : il figure parmi les dossiers dont vous êtes saisis.`
        : `Saisine du dossier ${event.reference} déclinée : l’organisation qui l’a envoyée en est informée.`,
    );
    this.work.reload();
  }
}
