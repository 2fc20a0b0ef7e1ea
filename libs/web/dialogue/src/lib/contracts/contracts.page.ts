import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ContractsGQL, liveQuery, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { contractBadgeClass, frDay, progressLine } from './contract-labels';

/**
 * « Contrats » (`/contrats`): the CSI and PVD conventions the reader may read — the cabinet all,
 * a mairie its communes', a partner those it is party to — with their progress.
 */
@Component({
  selector: 'cnt-contracts-page',
  imports: [RouterLink, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1>Contrats</h1>
      <p class="fr-text--lead">
        Contrats de sécurité intégrée et volets « sécurité » des conventions Petites villes de demain :
        parties, engagements et leur avancement.
      </p>
      @if (mayCreate()) {
        <p>
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" routerLink="/contrats/nouveau"
            >Nouveau contrat</a
          >
        </p>
      }
      <cnt-problem-alert [problem]="list.problem()" />
      @if (list.value(); as items) {
        <div class="fr-table fr-table--sm fr-table--multiline" data-testid="contracts">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    {{
                      items.length
                    }}
                    contrat{{
                      items.length > 1 ? 's' : ''
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Contrat</th>
                      <th scope="col">Territoire</th>
                      <th scope="col">Période</th>
                      <th scope="col">Statut</th>
                      <th scope="col">Engagements</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (item of items; track item.id) {
                      <tr data-testid="contract-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/contrats', item.id]">{{ item.title }}</a>
                          <br /><span class="fr-text--xs">{{ item.reference }} · {{ item.kindLabel }}</span>
                        </th>
                        <td>{{ item.epci?.name ?? names(item.communes) }}</td>
                        <td>{{ day(item.startsOn) }} → {{ day(item.endsOn) }}</td>
                        <td>
                          <span class="fr-badge fr-badge--sm" [class]="badge(item.status)">{{
                            item.statusLabel
                          }}</span>
                        </td>
                        <td>
                          {{ progress(item.progress) }}
                          @if (item.progress.overdue) {
                            <br /><span class="fr-badge fr-badge--sm fr-badge--error fr-mt-1v"
                              >En retard</span
                            >
                          }
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">Aucun contrat à afficher.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else if (!list.problem()) {
        <p>Chargement des contrats…</p>
      }
    </div>
  `,
})
export class ContractsPage {
  private readonly session = inject(Session);
  private readonly query = inject(ContractsGQL);

  protected readonly mayCreate = computed(() => this.session.can('create', 'Contract'));
  protected readonly list = liveQuery(
    () => null,
    () => this.query.fetch({ fetchPolicy: 'network-only' }).pipe(map((result) => result.data!.contracts)),
  );

  protected names(communes: { name: string }[]): string {
    return communes.length > 3
      ? `${communes
          .slice(0, 3)
          .map((c) => c.name)
          .join(', ')} et ${communes.length - 3} autres`
      : communes.map((c) => c.name).join(', ');
  }
  protected day = frDay;
  protected progress = progressLine;
  protected badge = contractBadgeClass;
}
