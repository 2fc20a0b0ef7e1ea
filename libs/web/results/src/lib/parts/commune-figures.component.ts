import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import {
  compareToDepartement,
  factCount,
  formatHours,
  formatInteger,
  formatRate,
  visibleTotal,
} from '../shared/results-format';
import type { CommuneResults } from '../shared/results.types';

/**
 * A commune's figures against the département's over twelve months: the facts recorded by category
 * (per 1,000 inhabitants, the small ones masked), the hours of visible presence and the operations
 * done.
 */
@Component({
  selector: 'cnt-commune-figures',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = results();
    <div class="fr-grid-row fr-grid-row--gutters fr-mb-3w" data-testid="key-figures">
      <div class="fr-col-12 fr-col-md-4">
        <div class="cnt-figure">
          <p class="cnt-figure__value" data-testid="facts-total">{{ total() }}</p>
          <p class="fr-mb-0">enregistrés sur douze mois</p>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-4">
        <div class="cnt-figure">
          <p class="cnt-figure__value" data-testid="presence-hours">{{ hours(r.presenceHours) }}</p>
          <p class="fr-mb-0">
            de présence visible, soit {{ rate(r.presencePerThousand) }} pour 1&nbsp;000 habitants (département
            : {{ rate(r.departementPresencePerThousand) }})
          </p>
        </div>
      </div>
      <div class="fr-col-12 fr-col-md-4">
        <div class="cnt-figure">
          <p class="cnt-figure__value" data-testid="operations-done">{{ integer(r.operationsDone) }}</p>
          <p class="fr-mb-0">
            opération{{ r.operationsDone > 1 ? 's' : '' }} coordonnée{{
              r.operationsDone > 1 ? 's' : ''
            }}
            menée{{ r.operationsDone > 1 ? 's' : '' }}
          </p>
        </div>
      </div>
    </div>
    <h3 class="fr-h5">Faits enregistrés par catégorie, {{ r.period }}</h3>
    <div class="fr-table fr-table--sm fr-table--multiline fr-table--no-caption" data-testid="facts-table">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table>
              <caption>
                Faits enregistrés par catégorie,
                {{
                  r.period
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Catégorie</th>
                  <th scope="col" class="fr-cell--right">Faits</th>
                  <th scope="col" class="fr-cell--right">Pour 1&nbsp;000 habitants</th>
                  <th scope="col" class="fr-cell--right">Département, pour 1&nbsp;000</th>
                  <th scope="col">Comparaison</th>
                </tr>
              </thead>
              <tbody>
                @for (row of r.facts; track row.category) {
                  <tr>
                    <th scope="row">{{ row.label }}</th>
                    <td class="fr-cell--right">{{ count(row) }}</td>
                    <td class="fr-cell--right">{{ rate(row.rate) }}</td>
                    <td class="fr-cell--right">{{ rate(row.departementRate) }}</td>
                    <td>{{ compare(row.rate, row.departementRate) }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="5">Aucun fait enregistré sur la période.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
    @if (anyMasked()) {
      <p class="fr-text--sm" data-testid="masking-note">
        « &lt; {{ r.minCell }} » : moins de {{ r.minCell }} faits. Ces chiffres sont masqués pour qu’on ne
        puisse reconnaître personne ; le total visible est donc un minimum.
      </p>
    }
  `,
  styles: `
    .cnt-figure {
      height: 100%;
      padding: 1rem 1.25rem;
      background-color: var(--background-alt-blue-france);
    }
    .cnt-figure__value {
      margin-bottom: 0.25rem;
      font-size: 1.75rem;
      font-weight: 700;
      line-height: 2.25rem;
    }
  `,
})
export class CommuneFiguresComponent {
  readonly results = input.required<CommuneResults>();

  protected readonly anyMasked = computed(() => this.results().facts.some((row) => row.masked));
  protected readonly total = computed(() =>
    visibleTotal(this.results().visibleFacts, this.results().partial),
  );

  protected count(row: { count: number | null; masked: boolean }): string {
    return factCount(row, this.results().minCell);
  }
  protected rate = formatRate;
  protected hours = formatHours;
  protected integer = formatInteger;
  protected compare = compareToDepartement;
}
