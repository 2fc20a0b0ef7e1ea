import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, OperationsGQL, Session } from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { map } from 'rxjs';
import { KINDS, kindLabel, STATUSES, statusBadge, statusLabel } from '../shared/operation-labels';

/** « Opérations coordonnées » (`/operations`): those I may read, by date of start, with filters. */
@Component({
  selector: 'cnt-operations-list-page',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <div class="cnt-head">
        <h1>Opérations coordonnées</h1>
        @if (mayCreate) {
          <a class="fr-btn fr-icon-add-line fr-btn--icon-left" routerLink="/operations/nouvelle"
            >Nouvelle opération</a
          >
        }
      </div>
      <p class="fr-text--lead">
        Une opération prévue n’est visible que de ses participants ; une fois menée, du cabinet et des
        services compétents sur son territoire.
      </p>
      <div class="fr-grid-row fr-grid-row--gutters fr-mb-2w">
        <div class="fr-col-12 fr-col-md-4 fr-select-group">
          <label class="fr-label" for="f-status">Statut</label>
          <select class="fr-select" id="f-status" (change)="status.set(value($event))">
            <option value="">Tous</option>
            @for (s of statuses; track s) {
              <option [value]="s">{{ statusText(s) }}</option>
            }
          </select>
        </div>
        <div class="fr-col-12 fr-col-md-4 fr-select-group">
          <label class="fr-label" for="f-kind">Type</label>
          <select class="fr-select" id="f-kind" (change)="kind.set(value($event))">
            <option value="">Tous</option>
            @for (k of kinds; track k) {
              <option [value]="k">{{ kindText(k) }}</option>
            }
          </select>
        </div>
        <div class="fr-col-12 fr-col-md-4 fr-input-group">
          <label class="fr-label" for="f-commune">Commune (code INSEE)</label>
          <input
            class="fr-input"
            id="f-commune"
            inputmode="numeric"
            maxlength="5"
            (change)="commune.set(value($event))"
          />
        </div>
      </div>
      <cnt-problem-alert [problem]="operations.problem()" />
      @if (operations.value(); as page) {
        <p data-testid="operations-count">
          {{ page.totalCount }} opération{{ page.totalCount > 1 ? 's' : '' }}
        </p>
        <div class="fr-table fr-table--no-caption fr-table--multiline">
          <div class="fr-table__wrapper">
            <div class="fr-table__container" tabindex="0">
              <div class="fr-table__content">
                <table data-testid="operations">
                  <caption>
                    Opérations coordonnées
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Opération</th>
                      <th scope="col">Début</th>
                      <th scope="col">Type</th>
                      <th scope="col">Lieu</th>
                      <th scope="col">Statut</th>
                    </tr>
                  </thead>
                  <tbody>
                    @for (edge of page.edges; track edge.node.id) {
                      @let op = edge.node;
                      <tr data-testid="operation-row">
                        <th scope="row">
                          <a class="fr-link" [routerLink]="['/operations', op.id]">{{ op.reference }}</a>
                          <br />{{ op.title }}
                        </th>
                        <td>{{ op.startsAt | frDate: 'short' }}</td>
                        <td>{{ kindText(op.kind) }}</td>
                        <td>{{ places(op) }}</td>
                        <td>
                          <span class="fr-badge fr-badge--sm" [class]="badge(op.status)">{{
                            statusText(op.status)
                          }}</span>
                        </td>
                      </tr>
                    } @empty {
                      <tr>
                        <td colspan="5">Aucune opération à afficher.</td>
                      </tr>
                    }
                  </tbody>
                </table>
              </div>
            </div>
          </div>
        </div>
        @if (page.pageInfo.hasNextPage) {
          <button class="fr-btn fr-btn--secondary" type="button" (click)="more(page.pageInfo.endCursor)">
            Opérations suivantes
          </button>
        }
      } @else if (!operations.problem()) {
        <p>Chargement des opérations…</p>
      }
    </div>
  `,
  styles: `
    .cnt-head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: baseline;
      gap: 1rem;
    }
  `,
})
export class OperationsListPage {
  private readonly query = inject(OperationsGQL);
  protected readonly mayCreate = inject(Session).can('create', 'Operation');
  protected readonly kinds = KINDS;
  protected readonly statuses = STATUSES;
  protected readonly status = signal('');
  protected readonly kind = signal('');
  protected readonly commune = signal('');
  protected readonly after = signal<string | null>(null);

  protected readonly operations = liveQuery(
    () => ({ status: this.status(), kind: this.kind(), commune: this.commune(), after: this.after() }),
    (p) =>
      this.query
        .fetch({
          variables: {
            first: 30,
            after: p.after,
            filter: {
              ...(p.status && { status: [p.status as never] }),
              ...(p.kind && { kind: [p.kind as never] }),
              ...(/^\d[\dAB]\d{3}$/.test(p.commune) && { communeCode: p.commune }),
            },
          },
          fetchPolicy: 'network-only',
        })
        .pipe(map((result) => result.data?.operations)),
  );

  protected value(event: Event): string {
    this.after.set(null);
    return (event.target as HTMLInputElement).value.trim();
  }
  protected more(cursor: string | null): void {
    this.after.set(cursor);
  }
  protected kindText = kindLabel;
  protected statusText = statusLabel;
  protected badge = statusBadge;
  protected places(op: { zone: { name: string } | null; communes: { name: string }[] }): string {
    return [op.zone?.name, ...op.communes.map((c) => c.name)].filter(Boolean).join(', ');
  }
}
