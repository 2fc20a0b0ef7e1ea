import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  AdvanceContractGQL,
  ContractDetailFragment,
  ContractGQL,
  ContractStatus,
  describeProblem,
  liveQuery,
  Problem,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import { CommitmentFormComponent } from './commitment-form.component';
import { CommitmentStatusComponent } from './commitment-status.component';
import { commitmentBadgeClass, contractBadgeClass, frDay, nextContractStatuses } from './contract-labels';

/**
 * One contract (`/contrats/:id`): its parties and dates, its progress (commitments by state, the
 * overdue ones first), its documents (DOCX, PDF); its editors move its status forward and add
 * commitments, each owner organisation moves its own commitments.
 */
@Component({
  selector: 'cnt-contract-page',
  imports: [
    RouterLink,
    FormsModule,
    ProblemAlertComponent,
    CommitmentFormComponent,
    CommitmentStatusComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <p>
        <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/contrats"
          >Retour aux contrats</a
        >
      </p>
      <cnt-problem-alert [problem]="contract.problem()" />
      @if (current(); as item) {
        <h1>{{ item.title }}</h1>
        <p>
          <span class="fr-badge fr-badge--sm fr-mr-1w">{{ item.kindLabel }}</span>
          <span class="fr-badge" [class]="contractBadge(item.status)" data-testid="contract-status">{{
            item.statusLabel
          }}</span>
          <span class="fr-text--sm fr-ml-1w">{{ item.reference }}</span>
        </p>
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12 fr-col-md-6">
            <h2 class="fr-h5">Le contrat</h2>
            <dl>
              <dt class="fr-text--bold">Territoire</dt>
              <dd>{{ item.epci ? item.epci.name + ' — ' : '' }}{{ communes(item) }}</dd>
              <dt class="fr-text--bold">Signature</dt>
              <dd>{{ day(item.signedOn) }}</dd>
              <dt class="fr-text--bold">Période</dt>
              <dd>du {{ day(item.startsOn) }} au {{ day(item.endsOn) }}</dd>
              @if (item.documentReference) {
                <dt class="fr-text--bold">Document de référence</dt>
                <dd>{{ item.documentReference }}</dd>
              }
            </dl>
            <h2 class="fr-h5">Parties</h2>
            <ul data-testid="contract-parties">
              @for (party of item.parties; track party.organizationId) {
                <li>{{ party.roleLabel }} : {{ party.name }}</li>
              }
            </ul>
          </div>
          <div class="fr-col-12 fr-col-md-6">
            <h2 class="fr-h5">Avancement</h2>
            <ul class="fr-badges-group" data-testid="contract-progress">
              <li>
                <span class="fr-badge fr-badge--success"
                  >{{ item.progress.kept }} tenu{{ plural(item.progress.kept) }}</span
                >
              </li>
              <li>
                <span class="fr-badge fr-badge--info">{{ item.progress.inProgress }} en cours</span>
              </li>
              <li>
                <span class="fr-badge fr-badge--new">{{ item.progress.todo }} à faire</span>
              </li>
              <li>
                <span class="fr-badge fr-badge--warning"
                  >{{ item.progress.notKept }} non tenu{{ plural(item.progress.notKept) }}</span
                >
              </li>
              <li>
                <span class="fr-badge fr-badge--error">{{ item.progress.overdue }} en retard</span>
              </li>
            </ul>
            <p class="fr-text--sm" data-testid="contract-share">{{ shareLine(item.progress) }}</p>
            @if (item.mayExport) {
              <ul class="fr-raw-list" aria-label="Documents du contrat">
                <li>
                  <a
                    class="fr-link fr-link--download"
                    [href]="exportUrl(item.id, 'pdf')"
                    download
                    data-testid="export-pdf"
                    >Télécharger le contrat <span class="fr-link__detail">PDF</span></a
                  >
                </li>
                <li>
                  <a class="fr-link fr-link--download" [href]="exportUrl(item.id, 'docx')" download
                    >Télécharger le contrat, modifiable <span class="fr-link__detail">DOCX</span></a
                  >
                </li>
              </ul>
            }
            @if (item.mayUpdate) {
              <p>
                <a class="fr-link" [routerLink]="['/contrats', item.id, 'modifier']">Modifier le contrat</a>
              </p>
              @if (nextStatuses().length) {
                <form (submit)="advance($event)" aria-label="Statut du contrat">
                  <cnt-problem-alert [problem]="problem()" />
                  <div class="fr-select-group">
                    <label class="fr-label" for="contract-next">Faire passer le contrat à</label>
                    <select
                      class="fr-select"
                      id="contract-next"
                      name="next"
                      [ngModel]="next || nextStatuses()[0]?.value"
                      (ngModelChange)="next = $event"
                    >
                      @for (option of nextStatuses(); track option.value) {
                        <option [value]="option.value">{{ option.label }}</option>
                      }
                    </select>
                  </div>
                  <button class="fr-btn fr-btn--sm" type="submit" [disabled]="busy()">
                    Changer le statut
                  </button>
                </form>
              }
            }
          </div>
        </div>

        <h2 class="fr-h4 fr-mt-4w">Engagements</h2>
        <ul class="fr-raw-list" data-testid="commitments">
          @for (commitment of item.commitments; track commitment.id) {
            <li class="fr-p-2w fr-mb-2w commitment" data-testid="commitment">
              <p class="fr-mb-1w">
                <span
                  class="fr-badge fr-badge--sm"
                  [class]="commitmentBadge(commitment.status, commitment.overdue)"
                  data-testid="commitment-status"
                  >{{ commitment.statusLabel }}</span
                >
                @if (commitment.overdue) {
                  <span class="fr-badge fr-badge--sm fr-badge--error fr-ml-1w">En retard</span>
                }
              </p>
              <p class="fr-text--bold fr-mb-1w">{{ commitment.text }}</p>
              <p class="fr-text--sm fr-mb-1w">
                {{ commitment.ownerName }} — échéance le {{ day(commitment.dueOn) }}
              </p>
              @if (commitment.statusNote) {
                <p class="fr-text--sm fr-mb-1w">« {{ commitment.statusNote }} »</p>
              }
              @if (commitment.actions.length || commitment.operations.length) {
                <ul class="fr-text--sm">
                  @for (action of commitment.actions; track action.id) {
                    <li>
                      <a class="fr-link fr-link--sm" [routerLink]="['/dossiers', action.caseId]">{{
                        action.caseReference
                      }}</a>
                      — {{ action.title }}
                    </li>
                  }
                  @for (operation of commitment.operations; track operation.id) {
                    <li>
                      <a class="fr-link fr-link--sm" [routerLink]="['/operations', operation.id]">{{
                        operation.title
                      }}</a>
                    </li>
                  }
                </ul>
              }
              @if (commitment.mayUpdateStatus) {
                <cnt-commitment-status [commitment]="commitment" (changed)="replace($event)" />
              }
            </li>
          } @empty {
            <li>Aucun engagement pour l’instant.</li>
          }
        </ul>
        @if (item.mayUpdate) {
          <cnt-commitment-form [contract]="item" (changed)="replace($event)" />
        }
        @if (item.documentText) {
          <h2 class="fr-h4 fr-mt-4w">Texte du contrat</h2>
          <p style="white-space: pre-line">{{ item.documentText }}</p>
        }
      } @else if (!contract.problem()) {
        <p>Chargement du contrat…</p>
      }
    </div>
  `,
  styles: [
    `
      .commitment {
        border: 1px solid var(--border-default-grey);
      }
    `,
  ],
})
export class ContractPage {
  readonly id = input.required<string>();
  private readonly query = inject(ContractGQL);
  private readonly advanceGql = inject(AdvanceContractGQL);

  protected readonly contract = liveQuery(
    () => this.id(),
    (id) =>
      this.query.fetch({ variables: { id }, fetchPolicy: 'network-only' }).pipe(map((r) => r.data!.contract)),
  );
  private readonly updated = signal<ContractDetailFragment | null>(null);
  protected readonly current = computed(() => {
    const fresh = this.updated();
    return fresh && fresh.id === this.id() ? fresh : this.contract.value();
  });
  protected readonly nextStatuses = computed(() => nextContractStatuses(this.current()?.status ?? 'EXPIRED'));
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected next = '';

  protected replace(contract: ContractDetailFragment): void {
    this.updated.set(contract);
  }

  protected async advance(event: Event): Promise<void> {
    event.preventDefault();
    const item = this.current();
    if (!item) return;
    const to = (this.next || this.nextStatuses()[0]?.value) as ContractStatus;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.advanceGql.mutate({ variables: { id: item.id, from: item.status, to } }),
      );
      this.next = '';
      this.replace(result.data!.advanceContract);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected communes(item: ContractDetailFragment): string {
    return item.communes.map((commune) => commune.name).join(', ');
  }
  protected exportUrl(id: string, format: 'pdf' | 'docx'): string {
    return `/exports/contracts/${id}/contrat.${format}`;
  }
  protected plural(count: number): string {
    return count > 1 ? 's' : '';
  }
  protected shareLine(progress: { total: number; keptShare?: number | null }): string {
    const count = `${progress.total} engagement${progress.total > 1 ? 's' : ''}`;
    if (progress.keptShare === null || progress.keptShare === undefined) return `${count}.`;
    return `${count} ; ${String(progress.keptShare).replace('.', ',')}\u00a0% des engagements échus ou clos sont tenus.`;
  }
  protected day = frDay;
  protected contractBadge = contractBadgeClass;
  protected commitmentBadge = commitmentBadgeClass;
}
