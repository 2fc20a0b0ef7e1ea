import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DiagnosticAnalysisGQL, liveQuery, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { CountTableComponent } from './count-table.component';
import { CommunesTableComponent } from './communes-table.component';
import { HeatRow, HeatTableComponent } from './heat-table.component';
import { HotspotsSectionComponent } from './hotspots-section.component';
import { TrendTableComponent } from './trend-table.component';

const MONTHS = [
  'janv.',
  'févr.',
  'mars',
  'avr.',
  'mai',
  'juin',
  'juil.',
  'août',
  'sept.',
  'oct.',
  'nov.',
  'déc.',
];
const HOURS = Array.from({ length: 24 }, (_, hour) => `${hour} h`);

/**
 * « Analyse de la délinquance » (`/diagnostic/analyse`): the diagnostic of a calendar year, as tables
 * — the trend, categories by month and days by hour as shaded grids, places, profiles, communes — for
 * the cabinet (the département or one commune, and the hotspots' map) and for a mayor or a partner
 * (their territory, small figures masked).
 */
@Component({
  selector: 'cnt-analysis-page',
  imports: [
    ProblemAlertComponent,
    HeatTableComponent,
    CountTableComponent,
    CommunesTableComponent,
    TrendTableComponent,
    HotspotsSectionComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Analyse de la délinquance</h1>
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <div class="fr-select-group">
            <label class="fr-label" for="analysis-year">Année</label>
            <select
              id="analysis-year"
              class="fr-select"
              [value]="year()"
              (change)="year.set(+$any($event.target).value)"
            >
              @for (option of years; track option) {
                <option [value]="option">{{ option }}</option>
              }
            </select>
          </div>
        </div>
        @if (cabinet) {
          <div class="fr-col-12 fr-col-md-5">
            <div class="fr-select-group">
              <label class="fr-label" for="analysis-commune">Territoire</label>
              <select
                id="analysis-commune"
                class="fr-select"
                [value]="commune() ?? ''"
                (change)="commune.set($any($event.target).value || null)"
              >
                <option value="">Tout le département</option>
                @for (one of communeOptions(); track one.code) {
                  <option [value]="one.code">{{ one.name }}</option>
                }
              </select>
            </div>
          </div>
        }
      </div>
      <cnt-problem-alert [problem]="diagnostic.problem()" />
      @if (diagnostic.value(); as d) {
        <p class="fr-text--lead" data-testid="analysis-area">{{ d.areaLabel }}, {{ d.year }}</p>
        @if (d.minCell !== null) {
          <div class="fr-notice fr-notice--info fr-mb-3w">
            <div class="fr-container">
              <div class="fr-notice__body">
                <p class="fr-notice__title">
                  Les chiffres de moins de {{ d.minCell }} faits sont masqués (« &lt; {{ d.minCell }} »),
                  ainsi que ceux qui permettraient de les retrouver par différence (« secret »), commune par
                  commune. Sur plusieurs communes, « ≥ 40 » est la somme des seuls chiffres visibles de
                  chacune.
                </p>
              </div>
            </div>
          </div>
        }
        <h2 class="fr-h4">Évolution</h2>
        <cnt-trend-table [diagnostic]="d" />
        <h2 class="fr-h4">Catégories par mois</h2>
        <cnt-heat-table
          caption="Faits par catégorie et par mois"
          corner="Catégorie"
          [columns]="months"
          [rows]="categoryRows()"
          [minCell]="d.minCell"
          testId="category-months"
        />
        <h2 class="fr-h4">Jours et heures</h2>
        <cnt-heat-table
          caption="Faits par jour de la semaine et par heure (heure connue)"
          corner="Jour"
          [columns]="hours"
          [rows]="hourRows()"
          [minCell]="d.minCell"
          testId="hour-weekday"
        />
        <h2 class="fr-h4">Lieux et profils</h2>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-lg-6">
            <cnt-count-table
              caption="Faits par type de lieu"
              heading="Lieu"
              [rows]="d.placeTypes"
              [minCell]="d.minCell"
              testId="place-types"
            />
          </div>
          @for (profile of d.profiles; track profile.dimension) {
            <div class="fr-col-12 fr-col-lg-6">
              <cnt-count-table
                [caption]="profile.label"
                heading="Tranche"
                [rows]="profile.cells"
                [minCell]="d.minCell"
                [testId]="'profile-' + profile.dimension"
              />
            </div>
          }
        </div>
        <h2 class="fr-h4">Communes</h2>
        <cnt-communes-table [communes]="d.communes" [minCell]="d.minCell" />
        @if (cabinet) {
          <h2 class="fr-h4">Points chauds</h2>
          <cnt-hotspots-section [year]="d.year" [communeCode]="commune()" />
        }
      } @else if (!diagnostic.problem()) {
        <p>Chargement du diagnostic…</p>
      }
    </div>
  `,
})
export class AnalysisPage {
  private readonly query = inject(DiagnosticAnalysisGQL);
  protected readonly cabinet = inject(Session).can('read', 'Incident');
  protected readonly years = [0, 1, 2].map((back) => new Date().getFullYear() - back);
  protected readonly year = signal(this.years[0]);
  protected readonly commune = signal<string | null>(null);
  protected readonly months = MONTHS;
  protected readonly hours = HOURS;
  private readonly departementCommunes = signal<{ code: string; name: string }[]>([]);

  protected readonly diagnostic = liveQuery(
    () => ({ year: this.year(), communeCode: this.commune() }),
    (variables) =>
      this.query.fetch({ variables, fetchPolicy: 'network-only' }).pipe(
        map((result) => {
          const d = result.data!.diagnostic;
          if (!variables.communeCode)
            this.departementCommunes.set(d.communes.map(({ code, name }) => ({ code, name })));
          return d;
        }),
      ),
  );

  protected readonly communeOptions = computed(() => this.departementCommunes());

  /** Categories with a fact (or a masked figure) in the year; the others would be rows of zeros. */
  protected readonly categoryRows = computed<HeatRow[]>(() =>
    (this.diagnostic.value()?.categoryMonths ?? [])
      .filter((row) => row.months.some((cell) => cell.count !== 0))
      .map((row) => ({ label: row.label, cells: row.months })),
  );
  protected readonly hourRows = computed<HeatRow[]>(() =>
    (this.diagnostic.value()?.hourWeekday ?? []).map((row) => ({ label: row.label, cells: row.hours })),
  );
}
