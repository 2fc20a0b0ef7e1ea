import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, ProposalFilter, ProposalsGQL, ProposalStatus, Session } from '@continuum/web/data-access';
import { FrDatePipe, FrIntegerPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { proposalBadgeClass } from '../shared/proposal-labels';

interface View {
  key: string;
  label: string;
  filter: ProposalFilter;
}

const view = (key: string, label: string, filter: ProposalFilter): View => ({ key, label, filter });

const DONE: ProposalStatus[] = ['ANSWERED', 'MERGED', 'CASE_OPENED'];

/**
 * « Propositions » (`/propositions`): for the cabinet, the moderation queue (oldest first), the
 * proposals to triage, those dealt with and those set aside; for a mairie, its own proposals
 * (« mes propositions ») and its commune's released ones to triage. The server decides what each
 * reader sees; the views only filter.
 */
@Component({
  selector: 'cnt-proposals-page',
  imports: [RouterLink, FrDatePipe, FrIntegerPipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Propositions</h1>
      <p class="fr-text--lead">
        Les propositions et demandes de la population et des maires : modération, réponse, suite donnée.
      </p>
      @if (mayPropose()) {
        <p>
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" routerLink="/propositions/nouvelle"
            >Faire une proposition</a
          >
        </p>
      }
      <ul class="fr-tags-group" aria-label="Afficher">
        @for (item of views(); track item.key) {
          <li>
            <button
              type="button"
              class="fr-tag"
              [attr.aria-pressed]="item.key === view().key"
              (click)="chosen.set(item.key)"
              [attr.data-testid]="'view-' + item.key"
            >
              {{ item.label }}
            </button>
          </li>
        }
      </ul>
      <cnt-problem-alert [problem]="list.problem()" />
      @if (list.value(); as page) {
        <p class="fr-text--sm" data-testid="proposal-count">
          {{ page.total | frInteger }} proposition{{ page.total > 1 ? 's' : '' }}
        </p>
        <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline" data-testid="proposals">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    {{
                      view().label
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Proposition</th>
                      <th scope="col">Commune et sujet</th>
                      <th scope="col">Reçue le</th>
                      <th scope="col">État</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (item of page.items; track item.id) {
                      <tr data-testid="proposal-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/propositions', item.id]">{{
                            item.reference
                          }}</a>
                          <br /><span class="fr-text--xs">{{ excerpt(item.text) }}</span>
                        </th>
                        <td>
                          {{ item.communeName }}<br /><span class="fr-text--xs">{{
                            item.categoryLabel
                          }}</span>
                        </td>
                        <td>
                          {{ item.createdAt | frDate: 'short' }}<br />
                          <span class="fr-text--xs">{{ item.authorLabel ?? 'Public (sans compte)' }}</span>
                        </td>
                        <td>
                          <span class="fr-badge fr-badge--sm" [class]="badge(item.status)">{{
                            item.statusLabel
                          }}</span>
                          @if (item.hasPersonalData) {
                            <br /><span class="fr-badge fr-badge--sm fr-badge--warning fr-mt-1v"
                              >Données personnelles</span
                            >
                          }
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="4">Aucune proposition ici.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else if (!list.problem()) {
        <p>Chargement des propositions…</p>
      }
    </div>
  `,
})
export class ProposalsPage {
  private readonly session = inject(Session);
  private readonly query = inject(ProposalsGQL);

  protected readonly mayPropose = computed(() => this.session.can('create', 'Proposal'));
  protected readonly views = computed<View[]>(() => {
    const moderator = this.session.can('moderate', 'Proposal');
    return [
      ...(moderator ? [view('moderer', 'À modérer', { status: ['PENDING'] })] : []),
      ...(this.mayPropose() ? [view('miennes', 'Mes propositions', { mine: true })] : []),
      view('traiter', 'À traiter', { status: ['RELEASED'] }),
      view('traitees', 'Traitées', { status: DONE }),
      ...(moderator ? [view('ecartees', 'Non retenues', { status: ['REJECTED'] })] : []),
    ];
  });
  protected readonly chosen = signal<string | null>(null);
  protected readonly view = computed(
    () => this.views().find((item) => item.key === this.chosen()) ?? this.views()[0],
  );

  protected readonly list = liveQuery(
    () => this.view().filter,
    (filter) =>
      this.query
        .fetch({ variables: { filter: { ...filter, first: 200 } }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data!.proposals)),
  );

  protected excerpt(text: string): string {
    return text.length > 110 ? `${text.slice(0, 110)}…` : text;
  }

  protected badge(status: string): string {
    return proposalBadgeClass(status);
  }
}
