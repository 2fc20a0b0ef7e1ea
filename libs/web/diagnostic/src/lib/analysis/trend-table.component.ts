import { FRENCH_MONTHS } from '@continuum/domain';
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DiagnosticAnalysisQuery } from '@continuum/web/data-access';
import { changeText, rateText } from './cell-text';

type Diagnostic = DiagnosticAnalysisQuery['diagnostic'];
const MONTHS = FRENCH_MONTHS;

/**
 * The trend (the year's months so far against the same months a year before) and, where given, the
 * département's rates beside the area's: two DSFR tables. A sum that misses masked figures says so.
 */
@Component({
  selector: 'cnt-trend-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (diagnostic().lastMonth === 0) {
      <p>Aucun fait enregistré en {{ diagnostic().year }}.</p>
    } @else {
      <div class="fr-table fr-table--sm" data-testid="trend">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  {{
                    period()
                  }}
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Catégorie</th>
                    <th scope="col" class="fr-cell--right">{{ diagnostic().year }}</th>
                    <th scope="col" class="fr-cell--right">{{ diagnostic().year - 1 }}</th>
                    <th scope="col" class="fr-cell--right">Évolution</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of trend(); track row.category) {
                    <tr>
                      <th scope="row">{{ row.label }}</th>
                      <td class="fr-cell--right">
                        {{ row.current.toLocaleString('fr-FR') }}{{ row.partial ? ' *' : '' }}
                      </td>
                      <td class="fr-cell--right">
                        {{ row.previous.toLocaleString('fr-FR') }}{{ row.partial ? ' *' : '' }}
                      </td>
                      <td class="fr-cell--right">{{ change(row.changePercent) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      @if (partial()) {
        <p class="fr-text--sm">* Somme des seuls chiffres visibles : des chiffres masqués y manquent.</p>
      }
    }
    @if (diagnostic().comparison.length > 0) {
      <div class="fr-table fr-table--sm" data-testid="comparison">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  {{
                    diagnostic().areaLabel
                  }}
                  et le département en
                  {{
                    diagnostic().year
                  }}
                  (taux)
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Catégorie</th>
                    <th scope="col">Base</th>
                    <th scope="col" class="fr-cell--right">{{ diagnostic().areaLabel }}</th>
                    <th scope="col" class="fr-cell--right">Département</th>
                  </tr>
                </thead>
                <tbody>
                  @for (row of comparison(); track row.category) {
                    <tr>
                      <th scope="row">{{ row.label }}</th>
                      <td>{{ row.basis }}</td>
                      <td class="fr-cell--right">{{ rate(row.areaRate) }}</td>
                      <td class="fr-cell--right">{{ rate(row.departementRate) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <p class="fr-text--sm">« — » : taux non communiqué (chiffre masqué ou trop peu de faits ailleurs).</p>
    }
  `,
})
export class TrendTableComponent {
  readonly diagnostic = input.required<Diagnostic>();

  protected readonly trend = computed(() =>
    this.diagnostic().trend.filter((row) => row.current > 0 || row.previous > 0 || row.partial),
  );
  protected readonly partial = computed(() => this.trend().some((row) => row.partial));
  protected readonly comparison = computed(() =>
    this.diagnostic().comparison.filter((row) => row.areaRate !== null || row.departementRate !== null),
  );
  protected readonly period = computed(() => {
    const { year, lastMonth } = this.diagnostic();
    const span = lastMonth === 1 ? 'janvier' : `janvier à ${MONTHS[lastMonth - 1]}`;
    return `Évolution : ${span} ${year}, contre les mêmes mois de ${year - 1}`;
  });

  protected change(percent: number | null): string {
    return changeText(percent);
  }

  protected rate(value: number | null): string {
    return rateText(value);
  }
}
