import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { DiagnosticAnalysisGQL, liveQuery, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { categoryMonthsChart, maskedNote, placeTypesChart, trendChart } from './analysis-charts';
import { CountTableComponent } from './count-table.component';
import { DsfrChartComponent } from './dsfr-chart.component';
import { CommunesTableComponent } from './communes-table.component';
import { HeatRow, HeatTableComponent } from './heat-table.component';
import { HotspotsSectionComponent } from './hotspots-section.component';
import { NationalTableComponent } from './national-table.component';
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
 * « Analyse de la délinquance » (`/diagnostic/analyse`): the diagnostic of a calendar year, as charts
 * of the DSFR each above its table and as tables — the trend, categories by month and days by hour as
 * shaded grids, places, profiles, communes, the national rates — for
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
    DsfrChartComponent,
    NationalTableComponent,
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
        <ul class="fr-links-group" data-testid="analysis-downloads">
          <li>
            <a class="fr-link fr-link--download" [href]="exportUrl('pdf')" download data-testid="export-pdf"
              >Télécharger le diagnostic <span class="fr-link__detail">PDF</span></a
            >
          </li>
          <li>
            <a class="fr-link fr-link--download" [href]="exportUrl('docx')" download data-testid="export-docx"
              >Télécharger le diagnostic, modifiable <span class="fr-link__detail">DOCX</span></a
            >
          </li>
        </ul>
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
        @if (trendChart(); as chart) {
          @if (chart.labels.length > 0) {
            <cnt-dsfr-chart
              kind="bar"
              testId="trend-chart"
              [horizontal]="true"
              [bars]="chart.labels.length * 2"
              [labels]="chart.labels"
              [series]="chart.series"
              [caption]="
                'Graphique : faits des mois écoulés de ' +
                d.year +
                ' et des mêmes mois de ' +
                (d.year - 1) +
                ', par catégorie. Les chiffres sont dans le tableau ci-dessous.' +
                (chart.masked > 0 ? ' Les catégories dont des chiffres sont masqués n’y figurent pas.' : '')
              "
            />
          }
        }
        <cnt-trend-table [diagnostic]="d" />
        @if (d.national; as national) {
          <h2 class="fr-h4">Le département et la France</h2>
          <cnt-national-table [national]="national" [departement]="d.areaLabel" />
        }
        <h2 class="fr-h4">Catégories par mois</h2>
        @if (monthsChart(); as chart) {
          @if (chart.series.length > 0) {
            <cnt-dsfr-chart
              kind="line"
              testId="category-months-chart"
              [labels]="chart.labels"
              [series]="chart.series"
              [caption]="
                'Graphique : faits par mois des ' +
                chart.series.length +
                ' catégories les plus fréquentes en ' +
                d.year +
                ' ; toutes les catégories sont dans le tableau ci-dessous.' +
                masked(chart.masked) +
                (chart.masked > 0 ? ' La courbe s’y interrompt.' : '')
              "
            />
          }
        }
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
        @if (placesChart(); as chart) {
          <cnt-dsfr-chart
            kind="bar"
            testId="place-types-chart"
            [horizontal]="true"
            [bars]="chart.labels.length"
            [labels]="chart.labels"
            [series]="chart.series"
            [caption]="
              'Graphique : faits par type de lieu en ' +
              d.year +
              ' ; les chiffres sont dans le tableau ci-dessous.' +
              masked(chart.masked)
            "
          />
        }
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
  protected readonly trendChart = computed(() => {
    const d = this.diagnostic.value();
    return d && d.lastMonth > 0 ? trendChart(d) : null;
  });
  protected readonly monthsChart = computed(() => {
    const d = this.diagnostic.value();
    return d && d.lastMonth > 0 ? categoryMonthsChart(d, MONTHS) : null;
  });
  protected readonly placesChart = computed(() => {
    const d = this.diagnostic.value();
    return d ? placeTypesChart(d) : null;
  });

  protected masked(count: number): string {
    return maskedNote(count);
  }

  /** The diagnostic as the page shows it (the same year and area), as a document. */
  protected exportUrl(format: 'pdf' | 'docx'): string {
    const commune = this.commune();
    return `/exports/diagnostic/${this.year()}/diagnostic.${format}${commune ? `?commune=${commune}` : ''}`;
  }

  protected readonly hourRows = computed<HeatRow[]>(() =>
    (this.diagnostic.value()?.hourWeekday ?? []).map((row) => ({ label: row.label, cells: row.hours })),
  );
}
