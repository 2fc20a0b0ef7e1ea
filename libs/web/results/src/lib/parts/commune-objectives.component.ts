import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { FrDatePipe } from '@continuum/web/ui';
import { formatValue, progressBadge } from '../shared/results-format';
import type { CommuneResults } from '../shared/results.types';

/** The adopted plan's objectives that concern the commune, each with where its indicator stands. */
@Component({
  selector: 'cnt-commune-objectives',
  imports: [FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="fr-mt-6w">Objectifs du plan d’action</h2>
    @if (objectives().length === 0) {
      <p>Aucun objectif du plan adopté ne concerne la commune.</p>
    } @else {
      <p>
        Les objectifs du plan adopté qui concernent la commune, calculés sur ce que vous pouvez consulter.
      </p>
      <div
        class="fr-table fr-table--sm fr-table--multiline fr-table--no-caption"
        data-testid="result-objectives"
      >
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  Objectifs du plan qui concernent la commune
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Objectif</th>
                    <th scope="col" class="fr-cell--right">Valeur actuelle</th>
                    <th scope="col" class="fr-cell--right">Cible</th>
                    <th scope="col">Avancement</th>
                  </tr>
                </thead>
                <tbody>
                  @for (o of objectives(); track o.id) {
                    <tr>
                      <th scope="row">
                        {{ o.title }}
                        <p class="fr-text--xs fr-mb-0 cnt-note">
                          {{ o.indicatorLabel }} — {{ o.indicatorScope }}. {{ o.indicator.scopeNote }}
                        </p>
                      </th>
                      <td class="fr-cell--right">
                        {{ value(o.indicator.currentValue) }}
                        @if (o.indicator.currentOn) {
                          <br /><span class="fr-text--xs cnt-note cnt-nowrap"
                            >au {{ o.indicator.currentOn | frDate: 'date' }}</span
                          >
                        }
                      </td>
                      <td class="fr-cell--right">
                        {{ value(o.targetValue) }}
                        <br /><span class="fr-text--xs cnt-note cnt-nowrap"
                          >d’ici le {{ o.deadline | frDate: 'date' }}</span
                        >
                      </td>
                      <td>
                        <span
                          class="fr-badge fr-badge--sm fr-badge--no-icon"
                          [class]="badge(o.indicator.progress)"
                          >{{ o.indicator.progressLabel }}</span
                        >
                      </td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    .cnt-nowrap {
      white-space: nowrap;
    }
    .cnt-note {
      color: var(--text-mention-grey);
      font-weight: 400;
    }
  `,
})
export class CommuneObjectivesComponent {
  readonly objectives = input.required<CommuneResults['objectives']>();
  protected value = formatValue;
  protected badge = progressBadge;
}
