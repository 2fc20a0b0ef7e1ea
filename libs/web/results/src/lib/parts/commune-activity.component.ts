import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { FrDatePipe } from '@continuum/web/ui';
import { formatInteger } from '../shared/results-format';
import type { CommuneResults } from '../shared/results.types';

/** What is done in the commune that the reader may read: its operations and its open cases. */
@Component({
  selector: 'cnt-commune-activity',
  imports: [RouterLink, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let r = results();
    <h2 class="fr-mt-6w">Opérations coordonnées</h2>
    <p>
      Les opérations des douze derniers mois dans la commune que vous pouvez consulter (les 20 plus récentes).
    </p>
    <div
      class="fr-table fr-table--sm fr-table--multiline fr-table--no-caption"
      data-testid="result-operations"
    >
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table>
              <caption>
                Opérations coordonnées dans la commune
              </caption>
              <thead>
                <tr>
                  <th scope="col">Opération</th>
                  <th scope="col">Début</th>
                  <th scope="col">Type</th>
                  <th scope="col">Statut</th>
                </tr>
              </thead>
              <tbody>
                @for (op of r.operations; track op.id) {
                  <tr>
                    <th scope="row">
                      <a class="fr-link" [routerLink]="['/operations', op.id]">{{ op.reference }}</a>
                      <br />{{ op.title }}
                    </th>
                    <td>{{ op.startsAt | frDate: 'date' }}</td>
                    <td>{{ op.kindLabel }}</td>
                    <td>{{ op.statusLabel }}</td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="4">Aucune opération que vous puissiez consulter.</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </div>
      </div>
    </div>

    <h2 class="fr-mt-6w">Dossiers en cours</h2>
    <p data-testid="open-cases">
      @if (r.openCases === 0) {
        Aucun dossier en cours dans la commune que vous puissiez consulter.
      } @else {
        {{ integer(r.openCases) }} dossier{{ r.openCases > 1 ? 's' : '' }} en cours que vous pouvez
        consulter{{
          r.openCases > r.cases.length ? ' ; les ' + r.cases.length + ' derniers mis à jour :' : ' :'
        }}
      }
    </p>
    @if (r.cases.length > 0) {
      <div class="fr-table fr-table--sm fr-table--multiline fr-table--no-caption" data-testid="result-cases">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table>
                <caption>
                  Dossiers en cours dans la commune
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Dossier</th>
                    <th scope="col">Statut</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of r.cases; track c.id) {
                    <tr>
                      <th scope="row">
                        <a class="fr-link" [routerLink]="['/dossiers', c.id]">{{ c.reference }}</a>
                        <br />{{ c.title }}
                      </th>
                      <td>{{ c.statusLabel }}</td>
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
})
export class CommuneActivityComponent {
  readonly results = input.required<CommuneResults>();
  protected integer = formatInteger;
}
