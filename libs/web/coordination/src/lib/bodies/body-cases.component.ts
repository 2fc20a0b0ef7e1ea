import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { CASE_STATUS_LABELS, CaseStatus } from '@continuum/domain';
import { BodyCasesGQL, liveQuery } from '@continuum/web/data-access';
import { FrDatePipe, plural, ProblemAlertComponent, SensitivityBadgeComponent } from '@continuum/web/ui';
import { map } from 'rxjs';

const FIRST = 100;
/** Shown before « Afficher tous »: the body's page stays readable with a long list. */
const SHORT = 15;

/** The cases attached to the body that I may read, the latest updated first, each a link to its page. */
@Component({
  selector: 'cnt-body-cases',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent, SensitivityBadgeComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <section class="fr-mb-6w" aria-labelledby="body-cases-title" data-testid="body-cases">
      <h2 id="body-cases-title" class="fr-h4">Dossiers rattachés</h2>
      <cnt-problem-alert [problem]="cases.problem()" />
      @if (cases.value(); as page) {
        <p class="fr-text--sm" role="status" data-testid="body-cases-count">
          {{ count(page.totalCount) }}
          @if (page.totalCount > shown().length) {
            — les {{ shown().length }} plus récemment mis à jour sont affichés
          }
        </p>
        @if (page.edges.length > 0) {
          <div class="fr-table fr-table--sm fr-table--no-caption fr-table--multiline">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table>
                    <caption>
                      Dossiers rattachés à l’instance
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Dossier</th>
                        <th scope="col">Diffusion</th>
                        <th scope="col">Statut</th>
                        <th scope="col">Porteur</th>
                        <th scope="col">Groupe restreint</th>
                        <th scope="col">Mis à jour</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (edge of shown(); track edge.node.id) {
                        @let item = edge.node;
                        <tr data-testid="body-case">
                          <th scope="row">
                            <span class="cnt-ref">{{ item.reference }}</span>
                            <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', item.id]">{{
                              item.title
                            }}</a>
                          </th>
                          <td><cnt-sensitivity-badge [sensitivity]="item.sensitivity" [small]="true" /></td>
                          <td>{{ status(item.status) }}</td>
                          <td>{{ item.owner.name }}</td>
                          <td>{{ item.workingGroup?.name ?? '—' }}</td>
                          <td>{{ item.updatedAt | frDate: 'date' }}</td>
                        </tr>
                      }
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          @if (!all() && page.edges.length > shown().length) {
            <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="all.set(true)">
              Afficher les {{ page.edges.length }} dossiers
            </button>
          }
        }
      } @else if (!cases.problem()) {
        <p>Chargement des dossiers…</p>
      }
    </section>
  `,
  styles: `
    .cnt-ref {
      display: block;
      font-size: 0.75rem;
      font-weight: 400;
      color: var(--text-mention-grey);
      font-variant-numeric: tabular-nums;
    }
  `,
})
export class BodyCasesComponent {
  private readonly bodyCases = inject(BodyCasesGQL);

  readonly bodyId = input.required<string>();

  protected readonly cases = liveQuery(
    () => this.bodyId(),
    (bodyId) =>
      this.bodyCases
        .fetch({ variables: { bodyId, first: FIRST }, fetchPolicy: 'network-only' })
        .pipe(map((result) => result.data?.cases ?? null)),
  );

  protected readonly all = signal(false);
  protected readonly shown = computed(() => {
    const edges = this.cases.value()?.edges ?? [];
    return this.all() ? edges : edges.slice(0, SHORT);
  });

  protected count(total: number): string {
    return `${plural(total, 'dossier rattaché', 'dossiers rattachés', 'Aucun dossier rattaché')} que vous pouvez lire`;
  }

  protected status(status: string): string {
    return CASE_STATUS_LABELS[status as CaseStatus] ?? status;
  }
}
