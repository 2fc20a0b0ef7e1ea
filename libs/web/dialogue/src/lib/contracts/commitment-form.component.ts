import { ChangeDetectionStrategy, Component, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  AddCommitmentGQL,
  CommitmentLinkCandidatesGQL,
  ContractDetailFragment,
  describeProblem,
  Problem,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

interface Candidate {
  id: string;
  kind: string;
  label: string;
}

/**
 * A new commitment of the contract: its owner (one of the parties), its text, its deadline (within
 * the contract's dates) and, if any, the case actions or operations it rests on — found among what
 * the writer may read.
 */
@Component({
  selector: 'cnt-commitment-form',
  imports: [FormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form (submit)="send($event)" aria-labelledby="commitment-form-title" data-testid="commitment-form">
      <h3 id="commitment-form-title" class="fr-h5">Ajouter un engagement</h3>
      <cnt-problem-alert [problem]="problem()" />
      <div
        class="fr-select-group"
        [class.fr-select-group--error]="problem()?.fields?.['ownerOrganizationId']"
      >
        <label class="fr-label" for="commitment-owner">Organisation qui porte l’engagement</label>
        <select class="fr-select" id="commitment-owner" name="owner" [(ngModel)]="owner">
          <option value="" disabled>Choisir une partie</option>
          @for (party of contract().parties; track party.organizationId) {
            <option [value]="party.organizationId">{{ party.name }}</option>
          }
        </select>
        @if (problem()?.fields?.['ownerOrganizationId']; as message) {
          <p class="fr-error-text">{{ message }}</p>
        }
      </div>
      <div class="fr-input-group" [class.fr-input-group--error]="problem()?.fields?.['text']">
        <label class="fr-label" for="commitment-text">Engagement</label>
        <textarea class="fr-input" id="commitment-text" name="text" rows="3" [(ngModel)]="text"></textarea>
      </div>
      <div class="fr-input-group" [class.fr-input-group--error]="problem()?.fields?.['dueOn']">
        <label class="fr-label" for="commitment-due">Échéance</label>
        <input class="fr-input" id="commitment-due" name="dueOn" type="date" [(ngModel)]="dueOn" />
        @if (problem()?.fields?.['dueOn']; as message) {
          <p class="fr-error-text">{{ message }}</p>
        }
      </div>
      <div class="fr-input-group">
        <label class="fr-label" for="commitment-search"
          >Adosser à des actions de dossiers ou des opérations (facultatif)
          <span class="fr-hint-text">Référence, titre ; parmi ce que vous pouvez lire.</span></label
        >
        <div class="fr-search-bar" role="search">
          <input
            class="fr-input"
            id="commitment-search"
            name="search"
            type="search"
            [(ngModel)]="search"
            (keydown.enter)="find($event)"
          />
          <button class="fr-btn" type="button" (click)="find()">Chercher</button>
        </div>
      </div>
      @if (candidates().length) {
        <fieldset class="fr-fieldset" aria-labelledby="commitment-links-legend">
          <legend class="fr-fieldset__legend" id="commitment-links-legend">Liens possibles</legend>
          @for (item of candidates(); track item.id) {
            <div class="fr-fieldset__element">
              <div class="fr-checkbox-group">
                <input
                  type="checkbox"
                  [id]="'link-' + item.id"
                  [checked]="chosen().has(item.id)"
                  (change)="toggle(item)"
                />
                <label class="fr-label" [for]="'link-' + item.id"
                  >{{ item.kind === 'ACTION' ? 'Action' : 'Opération' }} : {{ item.label }}</label
                >
              </div>
            </div>
          }
        </fieldset>
      }
      <button class="fr-btn" type="submit" [disabled]="busy()">Ajouter l’engagement</button>
    </form>
  `,
})
export class CommitmentFormComponent {
  readonly contract = input.required<ContractDetailFragment>();
  readonly changed = output<ContractDetailFragment>();
  private readonly add = inject(AddCommitmentGQL);
  private readonly candidatesGql = inject(CommitmentLinkCandidatesGQL);

  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected readonly candidates = signal<Candidate[]>([]);
  protected readonly chosen = signal<Map<string, Candidate>>(new Map());
  protected owner = '';
  protected text = '';
  protected dueOn = '';
  protected search = '';

  protected toggle(item: Candidate): void {
    const next = new Map(this.chosen());
    if (next.has(item.id)) next.delete(item.id);
    else next.set(item.id, item);
    this.chosen.set(next);
  }

  protected async find(event?: Event): Promise<void> {
    event?.preventDefault();
    if (this.search.trim().length < 2) return;
    try {
      const result = await firstValueFrom(
        this.candidatesGql.fetch({ variables: { search: this.search.trim() }, fetchPolicy: 'network-only' }),
      );
      this.candidates.set([
        ...this.chosen().values(),
        ...result.data!.commitmentLinkCandidates.filter((c) => !this.chosen().has(c.id)),
      ]);
    } catch (error) {
      this.problem.set(describeProblem(error));
    }
  }

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const links = [...this.chosen().values()];
    this.busy.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.add.mutate({
          variables: {
            contractId: this.contract().id,
            input: {
              ownerOrganizationId: this.owner || null,
              text: this.text,
              dueOn: this.dueOn,
              actionIds: links.filter((link) => link.kind === 'ACTION').map((link) => link.id),
              operationIds: links.filter((link) => link.kind === 'OPERATION').map((link) => link.id),
            },
          },
        }),
      );
      this.owner = '';
      this.text = '';
      this.dueOn = '';
      this.search = '';
      this.candidates.set([]);
      this.chosen.set(new Map());
      this.changed.emit(result.data!.addCommitment);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
