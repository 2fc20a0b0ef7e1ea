import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { PublicResultPagesQuery } from '@continuum/web/data-access';
import { FrDatePipe } from '@continuum/web/ui';

/** The communes whose public results page is open (the cabinet's view). */
@Component({
  selector: 'cnt-public-pages-list',
  imports: [RouterLink, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <h2 class="fr-mt-6w">Pages publiques ouvertes</h2>
    <div class="fr-table fr-table--sm fr-table--multiline fr-table--no-caption" data-testid="public-pages">
      <div class="fr-table__wrapper">
        <div class="fr-table__container" tabindex="0">
          <div class="fr-table__content">
            <table>
              <caption>
                Communes dont la page publique des résultats est ouverte
              </caption>
              <thead>
                <tr>
                  <th scope="col">Commune</th>
                  <th scope="col">Ouverte par</th>
                  <th scope="col">Depuis le</th>
                  <th scope="col">Page publique</th>
                </tr>
              </thead>
              <tbody>
                @for (p of pages(); track p.communeCode) {
                  <tr>
                    <th scope="row">
                      <a class="fr-link" [routerLink]="['/resultats', p.communeCode]">{{ p.communeName }}</a>
                    </th>
                    <td>{{ p.enabledByLabel }}</td>
                    <td>{{ p.enabledAt | frDate: 'date' }}</td>
                    <td>
                      <a [href]="'/public/resultats/' + p.communeCode"
                        >/public/resultats/{{ p.communeCode }}</a
                      >
                    </td>
                  </tr>
                } @empty {
                  <tr>
                    <td colspan="4">Aucune page publique n’est ouverte.</td>
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
export class PublicPagesListComponent {
  readonly pages = input.required<PublicResultPagesQuery['publicResultPages']>();
}
