import { ChangeDetectionStrategy, Component, inject, input, output } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { AddFreeAgendaItemGQL, describeProblem } from '@continuum/web/data-access';
import { FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';

const MIN_ITEM = 1;
const MAX_ITEM = 240;

/** « Ajouter un point divers »: a free item, with its duration, at the end of the agenda. */
@Component({
  selector: 'cnt-free-item-form',
  imports: [ReactiveFormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      class="cnt-free fr-mt-3w"
      [formGroup]="freeForm"
      novalidate
      (ngSubmit)="addFree()"
      aria-labelledby="free-title"
      data-testid="free-item-form"
    >
      <h3 id="free-title" class="fr-h6 fr-mb-1w">Ajouter un point divers</h3>
      <cnt-problem-alert [problem]="freeState.problem()" />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-8">
          <div class="fr-input-group fr-mb-0" [class.fr-input-group--error]="freeState.error('title')">
            <label class="fr-label" for="free-title-input">Intitulé du point *</label>
            <input
              class="fr-input"
              id="free-title-input"
              formControlName="title"
              [class.fr-input--error]="freeState.error('title')"
              aria-describedby="free-title-messages"
              [attr.aria-invalid]="freeState.error('title') ? true : null"
            />
            <div class="fr-messages-group" id="free-title-messages" aria-live="polite">
              @if (freeState.error('title'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-4">
          <div
            class="fr-input-group fr-mb-0"
            [class.fr-input-group--error]="freeState.error('durationMinutes')"
          >
            <label class="fr-label" for="free-durationMinutes">Durée (minutes)</label>
            <input
              class="fr-input"
              id="free-durationMinutes"
              type="number"
              inputmode="numeric"
              min="1"
              max="240"
              formControlName="durationMinutes"
              [class.fr-input--error]="freeState.error('durationMinutes')"
              aria-describedby="free-durationMinutes-messages"
            />
            <div class="fr-messages-group" id="free-durationMinutes-messages" aria-live="polite">
              @if (freeState.error('durationMinutes'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
      </div>
      <button
        class="fr-btn fr-btn--sm fr-btn--secondary fr-icon-add-line fr-btn--icon-left fr-mt-2w"
        type="submit"
        [disabled]="freeState.busy()"
      >
        Ajouter le point divers
      </button>
    </form>
  `,
  styles: `
    .cnt-free {
      padding: 1rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class FreeItemFormComponent {
  private readonly addFreeItem = inject(AddFreeAgendaItemGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly meetingId = input.required<string>();
  readonly changed = output<string>();

  protected readonly freeForm = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    durationMinutes: this.fb.control<number | null>(10, [Validators.min(MIN_ITEM), Validators.max(MAX_ITEM)]),
  });
  protected readonly freeState = new FormState(
    this.freeForm,
    {
      title: { what: 'l’intitulé du point divers' },
      durationMinutes: { what: 'la durée du point, en minutes' },
    },
    'free',
  );

  protected async addFree(): Promise<void> {
    if (!this.freeState.check()) return;
    const value = this.freeForm.getRawValue();
    const title = value.title.trim();
    this.freeState.busy.set(true);
    try {
      await firstValueFrom(
        this.addFreeItem.mutate({
          variables: {
            meetingId: this.meetingId(),
            title,
            durationMinutes: value.durationMinutes == null ? null : Number(value.durationMinutes),
          },
        }),
      );
      this.freeForm.reset({ title: '', durationMinutes: 10 });
      this.freeState.submitted.set(false);
      this.changed.emit(`Point divers « ${title} » ajouté à l’ordre du jour.`);
    } catch (error) {
      this.freeState.refused(describeProblem(error));
    } finally {
      this.freeState.busy.set(false);
    }
  }
}
