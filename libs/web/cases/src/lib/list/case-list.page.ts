import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { CommunePickerComponent } from '@continuum/web/ui/forms';
import {
  CaseListGQL,
  CaseListItemFragment,
  CaseListMoreGQL,
  CommuneNamesGQL,
  describeProblem,
  liveQuery,
  OrganizationNamesGQL,
  Problem,
  Session,
  ZoneNamesGQL,
} from '@continuum/web/data-access';
import { debounced, FrDatePipe, plural, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { SensitivityBadgeComponent, StatusBadgeComponent } from '../shared/case-badges.component';
import {
  CATEGORY_OPTIONS,
  ORDER_OPTIONS,
  priorityLabel,
  SENSITIVITY_OPTIONS,
  STATUS_ORDER,
  statusLabel,
} from '../shared/case-labels';
import { CaseMapComponent } from '../shared/case-map.component';
import {
  activeFilterCount,
  CLEARED,
  exportUrl,
  filterOf,
  ListState,
  paramsOf,
  stateFromParams,
} from './case-filter';

const PAGE = 25;

interface MorePages {
  items: CaseListItemFragment[];
  endCursor: string | null;
  hasNextPage: boolean;
}

/**
 * The cases the user may read: filters kept in the address, counts per status as DSFR tags, sorted,
 * « Afficher plus » by cursor, the same list exported as CSV or XLSX, and a map of the listed cases.
 */
@Component({
  selector: 'cnt-case-list-page',
  imports: [
    RouterLink,
    FormsModule,
    CommunePickerComponent,
    FrDatePipe,
    ProblemAlertComponent,
    CaseMapComponent,
    SensitivityBadgeComponent,
    StatusBadgeComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="cnt-title-row">
        <div>
          <h1 class="fr-mb-1w">Dossiers</h1>
          <p class="fr-text--lead fr-mb-3w">Les problèmes partagés que vous pouvez lire.</p>
        </div>
        @if (canCreate()) {
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left fr-mb-3w" routerLink="/dossiers/nouveau"
            >Ouvrir un dossier</a
          >
        }
      </div>

      <div class="cnt-filters" [class.cnt-filters--closed]="!filtersOpen()">
        <form
          class="fr-mb-2w"
          id="cases-filters"
          role="search"
          aria-label="Filtrer les dossiers"
          (submit)="$event.preventDefault()"
        >
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-6">
              <div class="fr-input-group fr-mb-0">
                <label class="fr-label" for="cases-search">
                  Rechercher
                  <span class="fr-hint-text"
                    >Mots du titre ou de la description, ou référence ; accents ignorés</span
                  >
                </label>
                <input
                  class="fr-input"
                  id="cases-search"
                  type="search"
                  autocomplete="off"
                  placeholder="Par exemple : rodéos, hall, 45-2026-000123"
                  [value]="searchText()"
                  (input)="searchText.set($any($event.target).value)"
                />
              </div>
            </div>
            <!-- On a phone, the other filters fold behind one button: the first case shows on the first screen. -->
            <div class="fr-col-12 cnt-filters-toggle">
              <button
                type="button"
                class="fr-btn fr-btn--secondary fr-btn--sm fr-btn--icon-left fr-icon-filter-line"
                data-testid="filters-toggle"
                [attr.aria-expanded]="filtersOpen()"
                aria-controls="cases-filters"
                (click)="filtersOpen.set(!filtersOpen())"
              >
                {{ filtersOpen() ? 'Masquer les filtres' : 'Filtres'
                }}{{ filterCount() ? ' (' + filterCount() + ')' : '' }}
              </button>
            </div>
            <div class="fr-col-12 fr-col-sm-6 fr-col-md-3 cnt-optional">
              <div class="fr-select-group fr-mb-0">
                <label class="fr-label" for="cases-category">Catégorie</label>
                <select
                  class="fr-select"
                  id="cases-category"
                  (change)="set({ category: $any($event.target).value })"
                >
                  <option value="" [selected]="!state().category">Toutes les catégories</option>
                  @for (option of categories; track option.value) {
                    <option [value]="option.value" [selected]="state().category === option.value">
                      {{ option.label }}
                    </option>
                  }
                </select>
              </div>
            </div>
            <div class="fr-col-12 fr-col-sm-6 fr-col-md-3 cnt-optional">
              <div class="fr-select-group fr-mb-0">
                <label class="fr-label" for="cases-sensitivity">Niveau de diffusion</label>
                <select
                  class="fr-select"
                  id="cases-sensitivity"
                  (change)="set({ sensitivity: $any($event.target).value })"
                >
                  <option value="" [selected]="!state().sensitivity">Tous les niveaux</option>
                  @for (option of sensitivities; track option.value) {
                    <option [value]="option.value" [selected]="state().sensitivity === option.value">
                      {{ option.label }}
                    </option>
                  }
                </select>
              </div>
            </div>
            <div class="fr-col-12 fr-col-sm-6 fr-col-md-3 cnt-optional">
              <!-- The shared type-ahead (accents ignored, French order), as in the case form. -->
              <cnt-commune-picker
                inputId="cases-commune"
                label="Commune"
                [single]="true"
                [communes]="communes.value() ?? []"
                [ngModel]="state().communeCode"
                (ngModelChange)="set({ communeCode: $event, zoneId: '' })"
              />
            </div>
            <div class="fr-col-12 fr-col-sm-6 fr-col-md-3 cnt-optional">
              <div class="fr-select-group fr-mb-0">
                <label class="fr-label" for="cases-zone">Zone</label>
                <select
                  class="fr-select"
                  id="cases-zone"
                  (change)="set({ zoneId: $any($event.target).value })"
                >
                  <option value="" [selected]="!state().zoneId">Toutes les zones</option>
                  @for (option of zoneOptions(); track option.id) {
                    <option [value]="option.id" [selected]="state().zoneId === option.id">
                      {{ option.name }} ({{ option.kindLabel }})
                    </option>
                  }
                </select>
              </div>
            </div>
            <div class="fr-col-12 fr-col-sm-6 fr-col-md-3 cnt-optional">
              <div class="fr-select-group fr-mb-0">
                <label class="fr-label" for="cases-owner">Organisation porteuse</label>
                <select
                  class="fr-select"
                  id="cases-owner"
                  (change)="set({ ownerOrganizationId: $any($event.target).value })"
                >
                  <option value="" [selected]="!state().ownerOrganizationId">Toutes les organisations</option>
                  @for (option of organizations.value() ?? []; track option.id) {
                    <option [value]="option.id" [selected]="state().ownerOrganizationId === option.id">
                      {{ option.name }}
                    </option>
                  }
                </select>
              </div>
            </div>
            <div class="fr-col-12 fr-col-sm-6 fr-col-md-3 cnt-optional">
              <div class="fr-select-group fr-mb-0">
                <label class="fr-label" for="cases-order">Trier par</label>
                <select
                  class="fr-select"
                  id="cases-order"
                  (change)="set({ orderBy: $any($event.target).value })"
                >
                  @for (option of orders; track option.value) {
                    <option [value]="option.value" [selected]="state().orderBy === option.value">
                      {{ option.label }}
                    </option>
                  }
                </select>
              </div>
            </div>
          </div>
          <fieldset class="fr-fieldset fr-mt-2w fr-mb-0 cnt-optional" aria-label="Autres filtres">
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <div class="fr-checkbox-group">
                <input
                  type="checkbox"
                  id="cases-assigned"
                  [checked]="state().assignedToMe"
                  (change)="set({ assignedToMe: $any($event.target).checked })"
                />
                <label class="fr-label" for="cases-assigned">Mon organisation est saisie</label>
              </div>
            </div>
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <div class="fr-checkbox-group">
                <input
                  type="checkbox"
                  id="cases-overdue"
                  [checked]="state().overdue"
                  (change)="set({ overdue: $any($event.target).checked })"
                />
                <label class="fr-label" for="cases-overdue">Avec une action en retard</label>
              </div>
            </div>
            @if (filterCount() > 0) {
              <div class="fr-fieldset__element fr-fieldset__element--inline">
                <button
                  class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-close-circle-line fr-btn--icon-left"
                  type="button"
                  (click)="clear()"
                >
                  Effacer les filtres ({{ filterCount() }})
                </button>
              </div>
            }
          </fieldset>
        </form>

        <ul
          class="fr-tags-group fr-mb-2w cnt-optional"
          aria-label="Statuts : cliquez pour filtrer"
          data-testid="status-tags"
        >
          @for (tag of statusTags(); track tag.status) {
            <li>
              <button
                type="button"
                class="fr-tag"
                [attr.aria-pressed]="tag.selected"
                (click)="toggleStatus(tag.status)"
                [attr.data-status]="tag.status"
              >
                {{ tag.label }} ({{ tag.count }})
              </button>
            </li>
          }
        </ul>
      </div>

      <cnt-problem-alert [problem]="list.problem() ?? moreProblem()" />

      <div class="cnt-toolbar fr-mb-2w">
        <p class="fr-mb-0" role="status" aria-live="polite" data-testid="case-count">{{ countText() }}</p>
        <ul class="fr-btns-group fr-btns-group--inline fr-btns-group--sm fr-btns-group--icon-left fr-mb-0">
          <li>
            <button
              type="button"
              class="fr-btn fr-btn--sm"
              [class.fr-btn--secondary]="state().view !== 'liste'"
              [attr.aria-pressed]="state().view === 'liste'"
              (click)="set({ view: 'liste' })"
            >
              Liste
            </button>
          </li>
          <li>
            <button
              type="button"
              class="fr-btn fr-btn--sm fr-icon-map-pin-2-line"
              [class.fr-btn--secondary]="state().view !== 'carte'"
              [attr.aria-pressed]="state().view === 'carte'"
              (click)="set({ view: 'carte' })"
            >
              Carte
            </button>
          </li>
          <li>
            <a
              class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-download-line"
              [href]="csvUrl()"
              download
              data-testid="export-csv"
              >Exporter en CSV</a
            >
          </li>
          <li>
            <a
              class="fr-btn fr-btn--sm fr-btn--tertiary fr-icon-download-line"
              [href]="xlsxUrl()"
              download
              data-testid="export-xlsx"
              >Exporter en XLSX</a
            >
          </li>
        </ul>
      </div>

      @if (list.value()) {
        @if (state().view === 'carte') {
          <p class="fr-text--sm">{{ mapText() }}</p>
          <cnt-case-map
            [cases]="items()"
            [tileUrl]="session.appInfo()?.tileUrl ?? ''"
            [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
            label="Carte des dossiers listés"
            (open)="openCase($event)"
          />
        } @else {
          <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table data-testid="cases-table">
                    <caption>
                      Dossiers
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Dossier</th>
                        <th scope="col">Lieu</th>
                        <th scope="col">Statut</th>
                        <th scope="col">Diffusion</th>
                        <th scope="col">Priorité</th>
                        <th scope="col">Porteur</th>
                        <th scope="col">Mis à jour</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (item of items(); track item.id) {
                        <tr>
                          <th scope="row">
                            <span class="cnt-ref">{{ item.reference }}</span>
                            <a class="fr-link" [routerLink]="['/dossiers', item.id]">{{ item.title }}</a>
                            <br /><span class="fr-text--xs cnt-muted">{{ item.categoryLabel }}</span>
                          </th>
                          <td>
                            {{ item.commune.name }}
                            @if (item.zone) {
                              <br /><span class="fr-text--xs cnt-muted">{{ item.zone.name }}</span>
                            }
                          </td>
                          <td><cnt-status-badge [status]="item.status" [small]="true" /></td>
                          <td><cnt-sensitivity-badge [sensitivity]="item.sensitivity" [small]="true" /></td>
                          <td>{{ priority(item.priority) }}</td>
                          <td>{{ item.owner.name }}</td>
                          <td>{{ item.updatedAt | frDate: 'short' }}</td>
                        </tr>
                      } @empty {
                        <tr>
                          <td colspan="7">Aucun dossier ne correspond à ces filtres.</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
        }
        @if (hasNextPage()) {
          <button
            type="button"
            class="fr-btn fr-btn--secondary fr-mt-2w"
            [disabled]="loadingMore()"
            (click)="loadMore()"
          >
            {{ loadingMore() ? 'Chargement…' : 'Afficher plus' }}
          </button>
        }
      } @else if (!list.problem()) {
        <p>Chargement des dossiers…</p>
      }
    </div>
  `,
  styles: `
    .cnt-filters-toggle {
      display: none;
    }
    @media (max-width: 47.99em) {
      .cnt-filters-toggle {
        display: block;
      }
      .cnt-filters--closed .cnt-optional {
        display: none;
      }
    }
    .cnt-title-row,
    .cnt-toolbar {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: center;
    }
    .cnt-ref {
      display: block;
      font-size: 0.75rem;
      font-weight: 400;
      color: var(--text-mention-grey);
    }
    .cnt-muted {
      color: var(--text-mention-grey);
    }
  `,
})
export class CaseListPage {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly listQuery = inject(CaseListGQL);
  private readonly moreQuery = inject(CaseListMoreGQL);
  private readonly communeNamesQuery = inject(CommuneNamesGQL);
  private readonly zoneNamesQuery = inject(ZoneNamesGQL);
  private readonly organizationNamesQuery = inject(OrganizationNamesGQL);

  protected readonly categories = CATEGORY_OPTIONS;
  protected readonly sensitivities = SENSITIVITY_OPTIONS;
  protected readonly orders = ORDER_OPTIONS;

  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly state = computed(() =>
    stateFromParams(
      Object.fromEntries(this.params().keys.map((key) => [key, this.params().get(key) ?? undefined])),
    ),
  );
  protected readonly searchText = signal(untracked(this.state).search);
  private readonly searchTerm = debounced(this.searchText, 300);
  protected readonly filterCount = computed(() => activeFilterCount(this.state()));
  /** On a phone, whether the filters other than the search are shown (always shown on a wider screen). */
  protected readonly filtersOpen = signal(false);

  private readonly variables = computed(() => {
    const state = this.state();
    return {
      filter: filterOf(state),
      statusFreeFilter: filterOf(state, { withStatus: false }),
      first: PAGE,
      orderBy: state.orderBy,
    };
  });

  private readonly more = signal<MorePages | null>(null);
  protected readonly loadingMore = signal(false);
  protected readonly moreProblem = signal<Problem | null>(null);

  protected readonly list = liveQuery(
    () => this.variables(),
    (variables) => {
      this.more.set(null);
      this.moreProblem.set(null);
      return this.listQuery
        .fetch({ variables, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data ?? null));
    },
  );

  protected readonly communes = liveQuery(
    () => null,
    () => this.communeNamesQuery.fetch().pipe(map((result) => result.data?.communes ?? [])),
  );
  private readonly zones = liveQuery(
    () => null,
    () => this.zoneNamesQuery.fetch().pipe(map((result) => result.data?.zones ?? [])),
  );
  protected readonly organizations = liveQuery(
    () => null,
    () =>
      this.organizationNamesQuery
        .fetch()
        .pipe(
          map((result) =>
            [...(result.data?.organizations ?? [])].sort((a, b) => a.name.localeCompare(b.name, 'fr')),
          ),
        ),
  );

  /** Zones of the chosen commune, or all of them. */
  protected readonly zoneOptions = computed(() => {
    const commune = this.state().communeCode;
    const zones = this.zones.value() ?? [];
    return commune ? zones.filter((zone) => zone.communes.some((c) => c.code === commune)) : zones;
  });

  protected readonly items = computed(() => [
    ...(this.list.value()?.cases.edges.map((edge) => edge.node) ?? []),
    ...(this.more()?.items ?? []),
  ]);
  protected readonly hasNextPage = computed(
    () => this.more()?.hasNextPage ?? this.list.value()?.cases.pageInfo.hasNextPage ?? false,
  );
  private readonly endCursor = computed(
    () => this.more()?.endCursor ?? this.list.value()?.cases.pageInfo.endCursor ?? null,
  );

  protected readonly statusTags = computed(() => {
    const counts = new Map(
      (this.list.value()?.byStatus.countsByStatus ?? []).map((row) => [row.status as string, row.count]),
    );
    const selected = new Set(this.state().status);
    return STATUS_ORDER.map((status) => ({
      status,
      label: statusLabel(status),
      count: counts.get(status) ?? 0,
      selected: selected.has(status),
    }));
  });

  protected readonly countText = computed(() => {
    const data = this.list.value();
    if (!data) return 'Chargement…';
    const total = plural(data.cases.totalCount, 'dossier', 'dossiers', 'Aucun dossier');
    const shown = this.items().length;
    const suffix = shown < data.cases.totalCount ? ` — ${shown} affichés` : '';
    return `${total}${suffix}${this.list.loading() ? ' — mise à jour…' : ''}`;
  });
  protected readonly mapText = computed(() => {
    const placed = this.items().filter((item) => item.point).length;
    return `${plural(placed, 'dossier placé', 'dossiers placés', 'Aucun dossier placé')} sur la carte, parmi les ${this.items().length} affichés${this.hasNextPage() ? ' (« Afficher plus » en ajoute)' : ''}.`;
  });

  protected readonly csvUrl = computed(() => exportUrl('csv', this.variables().filter, this.state().orderBy));
  protected readonly xlsxUrl = computed(() =>
    exportUrl('xlsx', this.variables().filter, this.state().orderBy),
  );
  protected readonly canCreate = computed(() => this.session.can('create', 'Case'));

  constructor() {
    // The search box writes to the address once typing pauses…
    effect(() => {
      const term = this.searchTerm();
      if (term !== untracked(this.state).search) untracked(() => this.set({ search: term }, true));
    });
    // …and follows it when the address changes otherwise (back button, « Effacer les filtres »).
    effect(() => {
      const search = this.state().search;
      if (search !== untracked(this.searchTerm)) untracked(() => this.searchText.set(search));
    });
  }

  protected set(change: Partial<ListState>, replaceUrl = false): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: paramsOf(change),
      queryParamsHandling: 'merge',
      replaceUrl,
    });
  }

  protected clear(): void {
    this.searchText.set('');
    this.set(CLEARED);
  }

  protected toggleStatus(status: string): void {
    const current = this.state().status;
    this.set({
      status: current.includes(status) ? current.filter((s) => s !== status) : [...current, status],
    });
  }

  protected priority(value: string): string {
    return priorityLabel(value);
  }

  protected openCase(id: string): void {
    void this.router.navigate(['/dossiers', id]);
  }

  protected async loadMore(): Promise<void> {
    const cursor = this.endCursor();
    if (!cursor) return;
    this.loadingMore.set(true);
    this.moreProblem.set(null);
    try {
      const { filter, orderBy } = this.variables();
      const result = await firstValueFrom(
        this.moreQuery.fetch({
          variables: { filter, orderBy, first: PAGE, after: cursor },
          fetchPolicy: 'network-only',
        }),
      );
      const page = result.data?.cases;
      if (!page) return;
      this.more.set({
        items: [...(this.more()?.items ?? []), ...page.edges.map((edge) => edge.node)],
        endCursor: page.pageInfo.endCursor,
        hasNextPage: page.pageInfo.hasNextPage,
      });
    } catch (error) {
      this.moreProblem.set(describeProblem(error));
    } finally {
      this.loadingMore.set(false);
    }
  }
}
