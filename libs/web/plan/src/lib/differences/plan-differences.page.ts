import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, PlanDifferencesGQL, PlanVersionGQL } from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { differenceLabel } from '../shared/plan-format';
import { PlanHeaderComponent } from '../page/plan-header.component';

/**
 * What changed from the previous version of the plan to this one (`/plan/:id/differences`): the
 * title, the sections' texts, the objectives added, removed and changed field by field.
 */
@Component({
  selector: 'cnt-plan-differences-page',
  imports: [RouterLink, ProblemAlertComponent, PlanHeaderComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li>
            <a class="fr-breadcrumb__link" routerLink="/plan" [queryParams]="backParams()">Plan d’action</a>
          </li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Différences</a></li>
        </ol>
      </nav>
      <cnt-problem-alert [problem]="version.problem() ?? differences.problem()" />
      @if (version.value(); as plan) {
        <h1>Plan d’action {{ plan.year }} : ce qui change dans la version {{ plan.version }}</h1>
        <cnt-plan-header [plan]="plan" />
        @if (!plan.previousVersionId) {
          <p>
            C’est la première version du plan : elle n’a pas de version précédente à laquelle se comparer.
          </p>
        } @else if (differences.value(); as result) {
          <p class="fr-text--lead">
            Par rapport à la version {{ result.from.version }} ({{ result.from.statusLabel.toLowerCase() }}) :
            {{
              result.planDifferences.length === 0
                ? 'aucune différence.'
                : result.planDifferences.length +
                  (result.planDifferences.length > 1 ? ' différences.' : ' différence.')
            }}
          </p>
          @if (result.planDifferences.length > 0) {
            <div class="fr-table" data-testid="plan-differences">
              <div class="fr-table__wrapper">
                <div class="fr-table__container" tabindex="0">
                  <div class="fr-table__content">
                    <table>
                      <caption>
                        Différences de la version
                        {{
                          result.from.version
                        }}
                        à la version
                        {{
                          result.to.version
                        }}
                      </caption>
                      <thead>
                        <tr>
                          <th scope="col">Élément</th>
                          <th scope="col">Changement</th>
                          <th scope="col">Avant</th>
                          <th scope="col">Après</th>
                        </tr>
                      </thead>
                      <tbody>
                        @for (row of result.planDifferences; track $index) {
                          <tr>
                            <th scope="row">{{ row.subject }}</th>
                            <td>{{ label(row.kind, row.field) }}</td>
                            <td class="cnt-text">{{ row.before ?? '—' }}</td>
                            <td class="cnt-text">{{ row.after ?? '—' }}</td>
                          </tr>
                        }
                      </tbody>
                    </table>
                  </div>
                </div>
              </div>
            </div>
          }
        } @else if (!differences.problem()) {
          <p>Comparaison en cours…</p>
        }
        <p>
          <a
            class="fr-link fr-icon-arrow-left-line fr-link--icon-left"
            routerLink="/plan"
            [queryParams]="backParams()"
            >Retour à la version {{ plan.version }}</a
          >
        </p>
      } @else if (!version.problem()) {
        <p>Chargement…</p>
      }
    </div>
  `,
  styles: `
    .cnt-text {
      white-space: pre-line;
      min-width: 12rem;
    }
  `,
})
export class PlanDifferencesPage {
  private readonly versionQuery = inject(PlanVersionGQL);
  private readonly differencesQuery = inject(PlanDifferencesGQL);

  /** Route parameter: the version compared with the one before it. */
  readonly id = input.required<string>();

  protected readonly version = liveQuery(
    () => this.id(),
    (id) =>
      this.versionQuery
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.plan ?? null)),
  );
  protected readonly differences = liveQuery(
    () => {
      const plan = this.version.value();
      return plan?.previousVersionId ? { fromId: plan.previousVersionId, toId: plan.id } : null;
    },
    (ids) =>
      ids
        ? this.differencesQuery
            .fetch({ variables: ids, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data ?? null))
        : of(null),
  );
  protected readonly backParams = computed(() => {
    const plan = this.version.value();
    return plan ? { annee: plan.year, version: plan.id } : {};
  });

  protected label(kind: string, field: string | null): string {
    return differenceLabel(kind, field);
  }
}
