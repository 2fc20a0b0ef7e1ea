import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import { liveQuery, SentAlertGQL } from '@continuum/web/data-access';
import {
  FrDatePipe,
  plural,
  ProblemAlertComponent,
  severityBadgeClass,
  severityLabel,
} from '@continuum/web/ui';
import { map } from 'rxjs';
import { audienceText, categoryLabel, territoryText } from '../shared/alert-labels';
import { AlertsLookup } from '../shared/alerts-lookup';

/** Acknowledgements come in while the sender watches: read them again now and then. */
const POLL_MS = 15_000;
const POLLS = 40;
/** While the fan-out runs (usually well under a second), read again quickly: no « 0 » stays on screen. */
const DISTRIBUTING_POLL_MS = 700;
const DISTRIBUTING_POLLS = 90;

/**
 * One alert I sent (`/alertes/envoyees/:id`): what it said, to whom, and per organisation how many
 * received it, read it and acknowledged it — each organisation opening on its people and the dates.
 */
@Component({
  selector: 'cnt-sent-alert-page',
  imports: [RouterLink, ProblemAlertComponent, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/alertes">Mes alertes</a></li>
          <li><a class="fr-breadcrumb__link" routerLink="/alertes/envoyees">Alertes envoyées</a></li>
          <li>
            <a class="fr-breadcrumb__link" aria-current="page">{{ detail.value()?.title ?? 'Alerte' }}</a>
          </li>
        </ol>
      </nav>

      @if (notFound()) {
        <h1>Alerte introuvable</h1>
        <p class="fr-text--lead">Cette alerte n’existe pas, ou vous ne l’avez pas émise.</p>
        <p>
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/alertes/envoyees"
            >Retour aux alertes envoyées</a
          >
        </p>
      } @else if (detail.value(); as alert) {
        @if (notice(); as message) {
          <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
            <p>{{ message }}</p>
          </div>
        }
        <p class="fr-mb-1w">
          <span class="fr-badge fr-badge--sm" [class]="badge()">{{ severity() }}</span>
        </p>
        <h1 class="fr-mb-1w" data-testid="sent-alert-title">{{ alert.title }}</h1>
        <p class="fr-text--sm cnt-muted">
          Envoyée le {{ alert.createdAt | frDate }}
          @if (alert.authorLabel) {
            par {{ alert.authorLabel }}
          }
        </p>
        <div class="fr-grid-row fr-grid-row--gutters fr-mb-4w">
          <div class="fr-col-12 fr-col-md-7">
            <p class="cnt-body">{{ alert.body }}</p>
          </div>
          <div class="fr-col-12 fr-col-md-5">
            <dl class="cnt-facts fr-text--sm">
              <dt>Destinataires</dt>
              <dd>{{ audience() }}</dd>
              <dt>Territoire</dt>
              <dd>{{ territory() || '—' }}</dd>
              @if (category()) {
                <dt>Catégorie</dt>
                <dd>{{ category() }}</dd>
              }
              @if (alert.case; as linked) {
                <dt>Dossier lié</dt>
                <dd>
                  <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', linked.id]"
                    >{{ linked.reference }} — {{ linked.title }}</a
                  >
                </dd>
              }
            </dl>
          </div>
        </div>

        <section aria-labelledby="receipts-title" data-testid="receipts">
          <div class="cnt-head">
            <h2 id="receipts-title" class="fr-h4 fr-mb-1w">Lectures et accusés de réception</h2>
            <button
              type="button"
              class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-refresh-line fr-btn--icon-left"
              [disabled]="detail.loading()"
              (click)="detail.reload()"
            >
              Actualiser
            </button>
          </div>
          <p data-testid="receipts-summary" role="status">{{ summary() }}</p>
          <div class="fr-table fr-table--no-caption" data-testid="receipts-table">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table>
                    <caption>
                      Lectures et accusés de réception par organisation
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Organisation</th>
                        <th scope="col" class="fr-cell--right">Destinataires</th>
                        <th scope="col" class="fr-cell--right">Lus</th>
                        <th scope="col" class="fr-cell--right">Accusés</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (row of alert.acknowledgements; track row.organizationId) {
                        <tr data-testid="receipt-row" [attr.data-organization]="row.organizationName">
                          <th scope="row">
                            <button
                              type="button"
                              class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-btn--icon-left cnt-toggle"
                              [class.fr-icon-arrow-down-s-line]="!open().has(row.organizationId)"
                              [class.fr-icon-arrow-up-s-line]="open().has(row.organizationId)"
                              [attr.aria-expanded]="open().has(row.organizationId)"
                              [attr.aria-controls]="'receipt-people-' + row.organizationId"
                              (click)="toggle(row.organizationId)"
                            >
                              {{ row.organizationName }}
                            </button>
                            @if (open().has(row.organizationId)) {
                              <ul
                                class="cnt-people fr-text--sm"
                                [id]="'receipt-people-' + row.organizationId"
                                data-testid="receipt-people"
                              >
                                @for (person of row.people; track person.userId) {
                                  <li>
                                    <span class="fr-text--bold">{{ person.fullName }}</span> :
                                    @if (person.acknowledgedAt) {
                                      accusé réception le {{ person.acknowledgedAt | frDate: 'short' }}
                                    } @else if (person.readAt) {
                                      lue le {{ person.readAt | frDate: 'short' }}, sans accusé de réception
                                    } @else {
                                      pas encore lue
                                    }
                                  </li>
                                }
                              </ul>
                            }
                          </th>
                          <td class="fr-cell--right" data-testid="receipt-recipients">
                            {{ row.recipients }}
                          </td>
                          <td class="fr-cell--right" data-testid="receipt-read">{{ row.read }}</td>
                          <td class="fr-cell--right" data-testid="receipt-acknowledged">
                            {{ row.acknowledged }}
                          </td>
                        </tr>
                      } @empty {
                        <tr>
                          <td colspan="4">
                            {{
                              distributing() ? 'Distribution en cours…' : 'Personne n’a reçu cette alerte.'
                            }}
                          </td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        </section>
      } @else {
        <cnt-problem-alert [problem]="detail.problem()" />
        @if (!detail.problem()) {
          <p>Chargement de l’alerte…</p>
        }
      }
    </div>
  `,
  styles: `
    .cnt-muted {
      color: var(--text-mention-grey);
    }
    .cnt-body {
      white-space: pre-line;
    }
    .cnt-facts dt {
      font-weight: 700;
    }
    .cnt-facts dd {
      margin: 0 0 0.75rem;
    }
    .cnt-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 1rem;
    }
    .cnt-toggle {
      text-align: left;
      font-weight: 700;
    }
    .cnt-people {
      list-style: none;
      padding-left: 2rem;
      margin: 0.25rem 0 0.5rem;
      font-weight: 400;
    }
  `,
})
export class SentAlertPage {
  private readonly sentQuery = inject(SentAlertGQL);
  private readonly lookup = inject(AlertsLookup);
  private readonly title = inject(Title);

  /** Route parameter. */
  readonly id = input.required<string>();

  protected readonly notice = signal<string | null>(
    noticeOf(inject(Router).currentNavigation()?.extras.state),
  );
  protected readonly open = signal<ReadonlySet<string>>(new Set());

  protected readonly detail = liveQuery(
    () => this.id(),
    (id) =>
      this.sentQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.sentAlert ?? null)),
  );
  protected readonly notFound = computed(() => this.detail.problem()?.code === 'NOT_FOUND');

  protected readonly severity = computed(() => severityLabel(this.detail.value()?.severity ?? ''));
  protected readonly badge = computed(() => severityBadgeClass(this.detail.value()?.severity ?? ''));
  protected readonly audience = computed(() => audienceText(this.detail.value()?.audienceTypes ?? []));
  protected readonly category = computed(() => categoryLabel(this.detail.value()?.category));
  protected readonly territory = computed(() => {
    const alert = this.detail.value();
    if (!alert) return '';
    const communes = new Map(this.lookup.communes().map((commune) => [commune.code, commune.name]));
    const zones = new Map(this.lookup.zones().map((zone) => [zone.id, zone.name]));
    return territoryText(alert, communes, zones);
  });
  /** The server is still handing the alert to its recipients: what is counted is not final. */
  protected readonly distributing = computed(() => this.detail.value()?.distributed === false);
  protected readonly summary = computed(() => {
    const rows = this.detail.value()?.acknowledgements ?? [];
    const total = (key: 'recipients' | 'read' | 'acknowledged') =>
      rows.reduce((sum, row) => sum + row[key], 0);
    if (this.distributing())
      return total('recipients') === 0
        ? 'Distribution en cours : les destinataires reçoivent l’alerte…'
        : `Distribution en cours : déjà ${plural(total('recipients'), 'personne', 'personnes')} dans ${plural(rows.length, 'organisation', 'organisations')}…`;
    if (rows.length === 0) return 'Personne n’a reçu l’alerte.';
    return `${plural(total('recipients'), 'personne a reçu', 'personnes ont reçu')} l’alerte dans ${plural(rows.length, 'organisation', 'organisations')} : ${plural(total('read'), 'lecture', 'lectures')}, ${plural(total('acknowledged'), 'accusé de réception', 'accusés de réception')}.`;
  });

  constructor() {
    effect(() => {
      const alert = this.detail.value();
      if (alert) this.title.setTitle(`${alert.title} — Alertes envoyées — Continuum`);
    });
    let polls = 0;
    let quickPolls = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    effect(() => {
      if (!this.detail.value()) return;
      const distributing = this.distributing();
      clearTimeout(timer);
      if (distributing && quickPolls < DISTRIBUTING_POLLS) {
        timer = setTimeout(() => {
          quickPolls += 1;
          untracked(() => this.detail.reload());
        }, DISTRIBUTING_POLL_MS);
        return;
      }
      if (polls >= POLLS) return;
      timer = setTimeout(() => {
        polls += 1;
        untracked(() => this.detail.reload());
      }, POLL_MS);
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  }

  protected toggle(organizationId: string): void {
    this.open.update((ids) => {
      const next = new Set(ids);
      if (next.has(organizationId)) next.delete(organizationId);
      else next.add(organizationId);
      return next;
    });
  }
}

function noticeOf(state: Record<string, unknown> | undefined): string | null {
  const notice = state?.['notice'];
  return typeof notice === 'string' ? notice : null;
}
