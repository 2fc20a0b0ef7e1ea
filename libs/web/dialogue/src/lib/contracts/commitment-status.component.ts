import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import {
  CommitmentFieldsFragment,
  CommitmentStatus,
  ContractDetailFragment,
  describeProblem,
  Problem,
  SetCommitmentStatusGQL,
} from '@continuum/web/data-access';
import { ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { nextCommitmentStatuses } from './contract-labels';

/**
 * The owner organisation moves its commitment forward (« à faire » → « en cours » → « tenu » or
 * « non tenu »), with a word on where it stands; the server refuses a step back and tells the loser
 * of two updates at once.
 */
@Component({
  selector: 'cnt-commitment-status',
  imports: [FormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (choices().length) {
      <form
        class="fr-mt-2w"
        (submit)="send($event)"
        [attr.aria-label]="'Avancement de l’engagement ' + commitment().position"
      >
        <cnt-problem-alert [problem]="problem()" />
        <div class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          <div class="fr-col-12 fr-col-md-4">
            <div class="fr-select-group">
              <label class="fr-label" [for]="'status-' + commitment().id">Nouvel état</label>
              <select
                class="fr-select"
                [id]="'status-' + commitment().id"
                name="status"
                [ngModel]="status || choices()[0]?.value"
                (ngModelChange)="status = $event"
              >
                @for (option of choices(); track option.value) {
                  <option [value]="option.value">{{ option.label }}</option>
                }
              </select>
            </div>
          </div>
          <div class="fr-col-12 fr-col-md-5">
            <div class="fr-input-group">
              <label class="fr-label" [for]="'note-' + commitment().id">Où en est-on ? (facultatif)</label>
              <input
                class="fr-input"
                [id]="'note-' + commitment().id"
                name="note"
                [(ngModel)]="note"
                maxlength="1000"
              />
            </div>
          </div>
          <div class="fr-col-12 fr-col-md-3">
            <button class="fr-btn fr-btn--secondary fr-mb-3v" type="submit" [disabled]="busy()">
              Enregistrer l’état
            </button>
          </div>
        </div>
      </form>
    }
  `,
})
export class CommitmentStatusComponent {
  readonly commitment = input.required<CommitmentFieldsFragment>();
  readonly changed = output<ContractDetailFragment>();
  private readonly gql = inject(SetCommitmentStatusGQL);

  protected readonly choices = computed(() => nextCommitmentStatuses(this.commitment().status));
  protected readonly busy = signal(false);
  protected readonly problem = signal<Problem | null>(null);
  protected status = '';
  protected note = '';

  protected async send(event: Event): Promise<void> {
    event.preventDefault();
    const to = (this.status || this.choices()[0]?.value) as CommitmentStatus;
    this.busy.set(true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(
        this.gql.mutate({
          variables: {
            id: this.commitment().id,
            from: this.commitment().status,
            to,
            note: this.note.trim() || null,
          },
        }),
      );
      this.status = '';
      this.note = '';
      this.changed.emit(result.data!.setCommitmentStatus);
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }
}
