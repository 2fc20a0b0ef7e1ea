import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import {
  CancelOperationGQL,
  describeProblem,
  liveQuery,
  MarkOperationDoneGQL,
  OperationGQL,
  Problem,
  Session,
} from '@continuum/web/data-access';
import { FrDatePipe, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import {
  forceLabel,
  frEuros,
  frNumber,
  kindLabel,
  statusBadge,
  statusLabel,
} from '../shared/operation-labels';
import { OutcomeFormComponent } from './outcome-form.component';

/** An operation (`/operations/:id`): details, participants, linked cases, outcomes and totals. */
@Component({
  selector: 'cnt-operation-page',
  imports: [RouterLink, FrDatePipe, ProblemAlertComponent, OutcomeFormComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/operations">Opérations coordonnées</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Opération</a></li>
        </ol>
      </nav>
      <cnt-problem-alert [problem]="operation.problem()" />
      @if (operation.value(); as op) {
        <h1>{{ op.reference }} — {{ op.title }}</h1>
        <p>
          <span class="fr-badge" [class]="badge(op.status)" data-testid="operation-status">{{
            statusText(op.status)
          }}</span>
          {{ kindText(op.kind) }}
        </p>
        <p>Du {{ op.startsAt | frDate }} au {{ op.endsAt | frDate }} · {{ places(op) }}</p>
        @if (op.description) {
          <p>{{ op.description }}</p>
        }
        <cnt-problem-alert [problem]="actionProblem()" />
        @if (op.canUpdate && op.status === 'PLANNED') {
          <ul class="fr-btns-group fr-btns-group--inline-md fr-mb-3w">
            <li>
              <a class="fr-btn fr-btn--secondary" [routerLink]="['/operations', op.id, 'modifier']"
                >Modifier</a
              >
            </li>
            <li><button class="fr-btn" type="button" (click)="close('done')">Marquer menée</button></li>
            <li>
              <button class="fr-btn fr-btn--tertiary" type="button" (click)="close('cancel')">
                Annuler l’opération
              </button>
            </li>
          </ul>
        }
        <h2 class="fr-mt-4w">Participants</h2>
        <ul data-testid="participants">
          <li>{{ op.organizer.name }} (organisateur)</li>
          @for (p of op.participants; track p.id) {
            @if (p.id !== op.organizer.id) {
              <li>{{ p.name }}</li>
            }
          }
        </ul>
        <h2 class="fr-mt-4w">Dossiers liés</h2>
        <ul>
          @for (c of op.linkedCases; track c.id) {
            <li>
              <a [routerLink]="['/dossiers', c.id]">{{ c.reference }} — {{ c.title }}</a>
            </li>
          } @empty {
            <li>Aucun dossier lié que vous puissiez consulter.</li>
          }
        </ul>
        @if (op.status === 'DONE') {
          <h2 class="fr-mt-4w">Bilan</h2>
          <div class="fr-table fr-table--no-caption" data-testid="outcomes">
            <div class="fr-table__wrapper">
              <div class="fr-table__container" tabindex="0">
                <div class="fr-table__content">
                  <table>
                    <caption>
                      Bilan par organisation
                    </caption>
                    <thead>
                      <tr>
                        <th scope="col">Organisation</th>
                        <th scope="col">Interpellations</th>
                        <th scope="col">Verbalisations</th>
                        <th scope="col">Fermetures administratives</th>
                        <th scope="col">Montants recouvrés</th>
                        <th scope="col">Saisies</th>
                      </tr>
                    </thead>
                    <tbody>
                      @for (o of op.outcomes; track o.organization.id) {
                        <tr>
                          <th scope="row">{{ o.organization.name }}</th>
                          <td>{{ o.interpellations }}</td>
                          <td>{{ o.verbalisations }}</td>
                          <td>{{ o.fermeturesAdministratives }}</td>
                          <td>{{ euros(o.montantsRecouvres) }}</td>
                          <td>{{ seizures(o.seizures) }}</td>
                        </tr>
                      }
                      <tr data-testid="totals">
                        <th scope="row">Total ({{ op.totals.reported }} sur {{ op.participants.length }})</th>
                        <td>{{ op.totals.interpellations }}</td>
                        <td>{{ op.totals.verbalisations }}</td>
                        <td>{{ op.totals.fermeturesAdministratives }}</td>
                        <td>{{ euros(op.totals.montantsRecouvres) }}</td>
                        <td>{{ seizures(op.totals.seizures) }}</td>
                      </tr>
                    </tbody>
                  </table>
                </div>
              </div>
            </div>
          </div>
          @if (op.canReport) {
            <cnt-outcome-form
              [operationId]="op.id"
              [mine]="mineOf(op.outcomes)"
              (saved)="operation.reload()"
            />
          }
        }
      } @else if (!operation.problem()) {
        <p>Chargement de l’opération…</p>
      }
    </div>
  `,
})
export class OperationPage {
  readonly id = input.required<string>();
  private readonly query = inject(OperationGQL);
  private readonly doneMutation = inject(MarkOperationDoneGQL);
  private readonly cancelMutation = inject(CancelOperationGQL);
  private readonly myOrganization = inject(Session).user()?.organization.id ?? null;
  protected readonly actionProblem = signal<Problem | null>(null);
  protected readonly operation = liveQuery(
    () => this.id(),
    (id) =>
      this.query
        .fetch({ variables: { id }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.operation)),
  );

  protected async close(what: 'done' | 'cancel'): Promise<void> {
    this.actionProblem.set(null);
    try {
      const variables = { id: this.id() };
      if (what === 'done') await firstValueFrom(this.doneMutation.mutate({ variables }));
      else await firstValueFrom(this.cancelMutation.mutate({ variables }));
      this.operation.reload();
    } catch (error) {
      this.actionProblem.set(describeProblem(error));
    }
  }

  protected mineOf<T extends { organization: { id: string } }>(outcomes: readonly T[]): T | null {
    return outcomes.find((o) => o.organization.id === this.myOrganization) ?? null;
  }
  protected kindText = kindLabel;
  protected statusText = statusLabel;
  protected badge = statusBadge;
  protected euros = frEuros;
  protected force = forceLabel;
  protected places(op: { zone: { name: string } | null; communes: { name: string }[] }): string {
    return [op.zone?.name, ...op.communes.map((c) => c.name)].filter(Boolean).join(', ');
  }
  protected seizures(list: readonly { nature: string; quantity: number; unit: string }[]): string {
    return list.map((s) => `${s.nature} : ${frNumber(s.quantity)} ${s.unit}`).join(' ; ') || '—';
  }
}
