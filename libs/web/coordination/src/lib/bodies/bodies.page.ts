import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { BodiesGQL, BodySummaryFragment, liveQuery, Session } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { bodyKindLabel, myRoles } from '../shared/coordination-labels';

/**
 * « Instances » (`/instances`): the coordination bodies I sit in — my organisation is a member, I am
 * named, I keep the secretariat or belong to a restricted group — or, on demand, all of them.
 */
@Component({
  selector: 'cnt-bodies-page',
  imports: [RouterLink, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <h1 class="fr-mb-1w">Instances</h1>
      <p class="fr-text--lead fr-mb-3w">
        Les instances de coordination : CLSPD, CISPD, GPO, états-majors et revue du PADRSQ.
      </p>

      <div class="fr-toggle fr-mb-3w">
        <input
          type="checkbox"
          class="fr-toggle__input"
          id="bodies-all"
          aria-describedby="bodies-all-hint"
          [checked]="all()"
          (change)="all.set($any($event.target).checked)"
        />
        <label class="fr-toggle__label" for="bodies-all">Afficher toutes les instances du département</label>
        <p class="fr-hint-text" id="bodies-all-hint">Sinon, seulement celles où je siège.</p>
      </div>

      <cnt-problem-alert [problem]="bodies.problem()" />
      @if (bodies.value(); as rows) {
        <div class="fr-table fr-table--no-caption fr-table--multiline" data-testid="bodies-table">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table>
                  <caption>
                    {{
                      all() ? 'Toutes les instances' : 'Les instances où je siège'
                    }}
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Instance</th>
                      <th scope="col">Type</th>
                      <th scope="col">Présidence</th>
                      <th scope="col">Secrétariat</th>
                      <th scope="col">Mon rôle</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (body of rows; track body.id) {
                      <tr data-testid="body-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/instances', body.id]">{{ body.name }}</a>
                        </th>
                        <td>
                          {{ kind(body.kind) }}
                          @if (body.theme) {
                            <br /><span class="fr-text--sm">Thème : {{ body.theme }}</span>
                          }
                        </td>
                        <td>{{ body.chairOrganization.name }}</td>
                        <td>{{ body.secretary?.fullName ?? 'non désigné' }}</td>
                        <td>{{ roles(body) }}</td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">
                          {{
                            all()
                              ? 'Aucune instance n’est encore créée.'
                              : 'Vous ne siégez dans aucune instance : affichez toutes les instances pour les consulter.'
                          }}
                        </td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
      } @else if (!bodies.problem()) {
        <p>Chargement des instances…</p>
      }
    </div>
  `,
})
export class BodiesPage {
  private readonly session = inject(Session);
  private readonly bodiesQuery = inject(BodiesGQL);

  protected readonly all = signal(false);
  protected readonly bodies = liveQuery(
    () => this.all(),
    (all) =>
      this.bodiesQuery
        .fetch({ variables: { mine: !all }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.bodies ?? [])),
  );

  protected kind(kind: string): string {
    return bodyKindLabel(kind);
  }

  protected roles(body: BodySummaryFragment): string {
    const roles = myRoles(body, this.session.user());
    return roles.length > 0 ? roles.join(', ') : '—';
  }
}
