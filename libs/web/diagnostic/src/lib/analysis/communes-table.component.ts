import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import type { DiagnosticAnalysisQuery } from '@continuum/web/data-access';
import { cellText, type FigureCell, rateText } from './cell-text';

type Commune = DiagnosticAnalysisQuery['diagnostic']['communes'][number];
const SHOWN = 20;

/**
 * The communes of the area, most facts first (masked ones last, by name): facts and their rate per
 * 1,000 inhabitants, burglaries and their rate per 1,000 dwellings where the SSMSI base gives them.
 */
@Component({
  selector: 'cnt-communes-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-table fr-table--sm" data-testid="communes">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table>
              <caption>
                {{
                  caption()
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col" class="fr-cell--right">Habitants</th>
                  <th scope="col" class="fr-cell--right">Faits</th>
                  <th scope="col" class="fr-cell--right">Pour 1 000 habitants</th>
                  <th scope="col" class="fr-cell--right">Cambriolages</th>
                  <th scope="col" class="fr-cell--right">Pour 1 000 logements</th>
                </tr>
              </thead>
              <tbody>
                @for (commune of shown(); track commune.code) {
                  <tr>
                    <th scope="row">{{ commune.name }}</th>
                    <td class="fr-cell--right">{{ commune.population.toLocaleString('fr-FR') }}</td>
                    <td class="fr-cell--right">{{ text(commune.incidents) }}</td>
                    <td class="fr-cell--right">{{ rate(commune.ratePerThousand) }}</td>
                    <td class="fr-cell--right">{{ text(commune.burglaries) }}</td>
                    <td class="fr-cell--right">{{ rate(commune.burglaryRatePerThousandDwellings) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
  `,
})
export class CommunesTableComponent {
  readonly communes = input.required<readonly Commune[]>();
  readonly minCell = input<number | null>(null);

  protected readonly shown = computed(() =>
    [...this.communes()]
      .sort(
        (a, b) => (b.incidents.count ?? -1) - (a.incidents.count ?? -1) || a.name.localeCompare(b.name, 'fr'),
      )
      .slice(0, SHOWN),
  );
  protected readonly caption = computed(() =>
    this.communes().length > SHOWN
      ? `Les ${SHOWN} communes qui comptent le plus de faits (sur ${this.communes().length.toLocaleString('fr-FR')})`
      : 'Faits par commune',
  );

  protected text(cell: FigureCell): string {
    return cellText(cell, this.minCell());
  }

  protected rate(value: number | null): string {
    return rateText(value);
  }
}
