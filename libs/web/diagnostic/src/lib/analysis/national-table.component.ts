import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { rateText } from '@continuum/domain/diagnostic';
import type { DiagnosticAnalysisQuery } from '@continuum/web/data-access';

type National = NonNullable<DiagnosticAnalysisQuery['diagnostic']['national']>;

/**
 * The département against France, indicator by indicator, as the SSMSI publishes the rates (per
 * 1,000 inhabitants, per 1,000 dwellings for burglaries): a DSFR table. A rate the SSMSI does not
 * publish, or a sum of communes with a secret one, is « secret », never 0.
 */
@Component({
  selector: 'cnt-national-table',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-table fr-table--sm" data-testid="national">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table>
              <caption>
                {{
                  departement()
                }}
                et la France : taux publiés par le SSMSI pour
                {{
                  national().year
                }}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Indicateur</th>
                  <th scope="col">Unité de compte</th>
                  <th scope="col">Base</th>
                  <th scope="col" class="fr-cell--right">{{ departement() }}</th>
                  <th scope="col" class="fr-cell--right">France</th>
                </tr>
              </thead>
              <tbody>
                @for (row of national().rows; track row.indicator + row.countingUnit) {
                  <tr>
                    <th scope="row">{{ row.indicator }}</th>
                    <td>{{ row.countingUnit }}</td>
                    <td>{{ row.basis }}</td>
                    <td class="fr-cell--right">{{ departementText(row) }}</td>
                    <td class="fr-cell--right">{{ rate(row.nationalRate) }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>
    <p class="fr-text--sm">
      Taux du département publiés par le SSMSI, ou calculés sur ses communes quand toutes sont diffusées ; «
      secret » : au moins une commune n’est pas diffusée (jamais comptée pour 0) ; « — » : non communiqué.
    </p>
  `,
})
export class NationalTableComponent {
  readonly national = input.required<National>();
  readonly departement = input.required<string>();

  protected departementText(row: National['rows'][number]): string {
    if (row.departementRate === null && row.unknownCommunes > 0)
      return `secret (${row.unknownCommunes.toLocaleString('fr-FR')} commune${row.unknownCommunes > 1 ? 's' : ''})`;
    return rateText(row.departementRate);
  }

  protected rate(value: number | null): string {
    return rateText(value);
  }
}
