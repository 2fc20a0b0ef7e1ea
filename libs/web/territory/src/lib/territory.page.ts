import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { CommunesGQL, EpcisGQL, liveQuery, Session, ZonesGQL } from '@continuum/web/data-access';
import { ZoneMapComponent } from '@continuum/web/map';
import { debounced, FrIntegerPipe, plural, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';

const PAGE = 50;

/** The département: zones on the map, then its communes with population and EPCI. */
@Component({
  selector: 'cnt-territory-page',
  imports: [ZoneMapComponent, ProblemAlertComponent, FrIntegerPipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Territoire{{ title() }}</h1>
      <p class="fr-text--lead">Les zones suivies par les partenaires et les communes du département.</p>

      <section class="fr-mb-6w" aria-labelledby="zones-title">
        <h2 id="zones-title">Zones</h2>
        <cnt-problem-alert [problem]="zones.problem()" />
        @if (zones.value(); as zoneList) {
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-lg-8">
              <cnt-zone-map
                [zones]="zoneList"
                [tileUrl]="session.appInfo()?.tileUrl ?? ''"
                [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
              />
            </div>
            <div class="fr-col-12 fr-col-lg-4">
              <p class="fr-text--sm fr-mb-1w" data-testid="zone-count">{{ zoneCount() }}</p>
              <ul class="cnt-zones" data-testid="zone-list">
                @for (zone of zoneList; track zone.id) {
                  <li class="fr-mb-2w">
                    <button type="button" class="fr-link cnt-zones__name" (click)="mapView()?.focus(zone.id)">
                      {{ zone.name }}
                    </button>
                    <br />
                    <span class="fr-badge fr-badge--sm fr-badge--no-icon fr-mt-1v">{{ zone.kindLabel }}</span>
                    @if (zone.communes.length > 0) {
                      <span class="fr-text--xs fr-ml-1w">{{ communeNames(zone.communes) }}</span>
                    }
                  </li>
                } @empty {
                  <li>Aucune zone n’est encore définie.</li>
                }
              </ul>
            </div>
          </div>
        } @else if (!zones.problem()) {
          <p>Chargement des zones…</p>
        }
      </section>

      <section aria-labelledby="communes-title">
        <h2 id="communes-title">Communes</h2>
        <form
          class="fr-grid-row fr-grid-row--gutters fr-mb-2w"
          role="search"
          (submit)="$event.preventDefault()"
        >
          <div class="fr-col-12 fr-col-md-6">
            <div class="fr-input-group fr-mb-0">
              <label class="fr-label" for="commune-search">
                Rechercher une commune
                <span class="fr-hint-text">Nom, code INSEE ou code postal ; les accents sont ignorés</span>
              </label>
              <input
                class="fr-input"
                id="commune-search"
                type="search"
                autocomplete="off"
                [value]="search()"
                (input)="search.set($any($event.target).value)"
              />
            </div>
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <div class="fr-select-group fr-mb-0">
              <label class="fr-label" for="commune-epci"> Intercommunalité (EPCI) </label>
              <select class="fr-select" id="commune-epci" (change)="epci.set($any($event.target).value)">
                <option value="" [selected]="epci() === ''">Toutes les intercommunalités</option>
                @for (option of epcis.value() ?? []; track option.siren) {
                  <option [value]="option.siren" [selected]="epci() === option.siren">
                    {{ option.name }} ({{ option.communeCount }})
                  </option>
                }
              </select>
            </div>
          </div>
        </form>

        <cnt-problem-alert [problem]="communes.problem()" />
        <p class="fr-text--sm" role="status" aria-live="polite" data-testid="commune-count">
          {{ communeSummary() }}
        </p>

        @if (communes.value(); as list) {
          <div class="fr-table fr-table--sm fr-table--no-caption" id="communes-table">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table>
                    <caption>
                      Communes du département
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Commune</th>
                        <th scope="col">Code INSEE</th>
                        <th scope="col">Code postal</th>
                        <th scope="col" class="fr-cell--right">Population</th>
                        <th scope="col">Intercommunalité</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (commune of shown(); track commune.code) {
                        <tr>
                          <th scope="row">{{ commune.name }}</th>
                          <td>{{ commune.code }}</td>
                          <td>{{ commune.postcodes.join(', ') }}</td>
                          <td class="fr-cell--right">{{ commune.population | frInteger }}</td>
                          <td>{{ commune.epci?.name ?? '—' }}</td>
                        </tr>
                      } @empty {
                        <tr>
                          <td colspan="5">Aucune commune ne correspond à cette recherche.</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          @if (list.length > limit()) {
            <button type="button" class="fr-btn fr-btn--secondary" (click)="limit.set(limit() + PAGE)">
              Afficher {{ nextCount() }} communes de plus (sur {{ list.length - limit() }} restantes)
            </button>
          }
        }
      </section>
    </div>
  `,
  styles: `
    .cnt-zones {
      list-style: none;
      padding-left: 0;
      max-height: 30rem;
      overflow-y: auto;
    }
    .cnt-zones__name {
      text-align: left;
      font-weight: 700;
    }
  `,
})
export class TerritoryPage {
  protected readonly session = inject(Session);
  private readonly communesQuery = inject(CommunesGQL);
  private readonly epcisQuery = inject(EpcisGQL);
  private readonly zonesQuery = inject(ZonesGQL);
  protected readonly PAGE = PAGE;

  protected readonly mapView = viewChild(ZoneMapComponent);
  protected readonly search = signal('');
  protected readonly epci = signal('');
  protected readonly limit = signal(PAGE);
  private readonly searchTerm = debounced(this.search, 250);

  protected readonly zones = liveQuery(
    () => null,
    () => this.zonesQuery.fetch().pipe(map((result) => result.data?.zones ?? [])),
  );
  protected readonly epcis = liveQuery(
    () => null,
    () => this.epcisQuery.fetch().pipe(map((result) => result.data?.epcis ?? [])),
  );
  protected readonly communes = liveQuery(
    () => ({ search: this.searchTerm().trim() || null, epciSiren: this.epci() || null }),
    (filter) => {
      this.limit.set(PAGE);
      return this.communesQuery
        .fetch({ variables: { filter } })
        .pipe(map((result) => result.data?.communes ?? []));
    },
  );

  protected readonly title = computed(() => {
    const departement = this.session.appInfo()?.departement;
    return departement ? ` — ${departement.name} (${departement.code})` : '';
  });
  protected readonly shown = computed(() => (this.communes.value() ?? []).slice(0, this.limit()));
  protected readonly nextCount = computed(() =>
    Math.min(PAGE, (this.communes.value()?.length ?? 0) - this.limit()),
  );
  protected readonly zoneCount = computed(() => {
    const count = this.zones.value()?.length ?? 0;
    return `${plural(count, 'zone', 'zones', 'Aucune zone')} — choisissez-en une pour la voir sur la carte.`;
  });
  protected readonly communeSummary = computed(() => {
    const list = this.communes.value();
    if (!list) return 'Chargement des communes…';
    const population = list.reduce((sum, commune) => sum + commune.population, 0);
    return `${plural(list.length, 'commune', 'communes', 'Aucune commune')}, ${plural(population, 'habitant', 'habitants')}.`;
  });

  protected communeNames(communes: readonly { name: string }[]): string {
    return communes.map((commune) => commune.name).join(', ');
  }
}
