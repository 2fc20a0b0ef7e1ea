import { ChangeDetectionStrategy, Component, effect, inject, input, output, untracked } from '@angular/core';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { describeProblem, RecordMeasurementGQL } from '@continuum/web/data-access';
import { FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom } from 'rxjs';
import { formatNumber, parseFrenchNumber } from '../shared/plan-format';
import type { PlanObjective } from '../shared/plan-types';
import { frenchNumber } from './objective-form-values';

/** Records a value of an indicator entered by hand: the day it stands for, the value, where it comes from. */
@Component({
  selector: 'cnt-measurement-form',
  imports: [ReactiveFormsModule, ProblemAlertComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      novalidate
      (ngSubmit)="save()"
      class="cnt-measure"
      [attr.aria-label]="'Saisir une valeur : ' + objective().indicatorLabel"
      data-testid="measurement-form"
    >
      <h4 class="fr-h6 fr-mb-1w">Saisir une valeur</h4>
      <cnt-problem-alert [problem]="state.problem()" />
      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-md-3">
          <div class="fr-input-group" [class.fr-input-group--error]="state.error('measuredOn')">
            <label class="fr-label" [for]="prefix() + '-measuredOn'">Jour *</label>
            <input
              class="fr-input"
              type="date"
              [id]="prefix() + '-measuredOn'"
              formControlName="measuredOn"
              [attr.aria-describedby]="prefix() + '-measuredOn-messages'"
            />
            <div class="fr-messages-group" [id]="prefix() + '-measuredOn-messages'" aria-live="polite">
              @if (state.error('measuredOn'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-3">
          <div class="fr-input-group" [class.fr-input-group--error]="state.error('value')">
            <label class="fr-label" [for]="prefix() + '-value'">
              Valeur *
              <span class="fr-hint-text">Par exemple 12,5</span>
            </label>
            <input
              class="fr-input"
              inputmode="decimal"
              [id]="prefix() + '-value'"
              formControlName="value"
              [attr.aria-describedby]="prefix() + '-value-messages'"
            />
            <div class="fr-messages-group" [id]="prefix() + '-value-messages'" aria-live="polite">
              @if (state.error('value'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
        <div class="fr-col-12 fr-col-md-6">
          <div class="fr-input-group" [class.fr-input-group--error]="state.error('source')">
            <label class="fr-label" [for]="prefix() + '-source'">Source *</label>
            <input
              class="fr-input"
              [id]="prefix() + '-source'"
              formControlName="source"
              [attr.aria-describedby]="prefix() + '-source-messages'"
            />
            <div class="fr-messages-group" [id]="prefix() + '-source-messages'" aria-live="polite">
              @if (state.error('source'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>
          </div>
        </div>
      </div>
      <button class="fr-btn fr-btn--sm fr-btn--secondary" type="submit" [disabled]="state.busy()">
        Enregistrer la valeur
      </button>
    </form>
  `,
  styles: `
    .cnt-measure {
      margin-top: 1rem;
      padding: 1rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class MeasurementFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly record = inject(RecordMeasurementGQL);

  readonly objective = input.required<PlanObjective>();
  readonly recorded = output<string>();

  protected readonly form = this.fb.group({
    measuredOn: ['', [Validators.required]],
    value: ['', [Validators.required, frenchNumber]],
    source: ['', [Validators.required, Validators.maxLength(300)]],
  });
  private formState?: FormState;
  /** Made once the objective is known: its ids carry the objective's, several forms being on the page. */
  protected get state(): FormState {
    return (this.formState ??= new FormState(
      this.form,
      {
        measuredOn: { what: 'le jour que la valeur représente' },
        value: { what: 'la valeur' },
        source: { what: 'la source de la valeur' },
      },
      this.prefix(),
    ));
  }

  protected prefix(): string {
    return `measure-${this.objective().id}`;
  }

  constructor() {
    effect(() => {
      const source = this.objective().manualSource ?? '';
      untracked(() => {
        if (this.form.pristine) this.form.reset({ measuredOn: '', value: '', source });
      });
    });
  }

  protected async save(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    const number = parseFrenchNumber(value.value) as number;
    this.state.busy.set(true);
    try {
      await firstValueFrom(
        this.record.mutate({
          variables: {
            objectiveId: this.objective().id,
            input: { measuredOn: value.measuredOn, value: number, source: value.source.trim() },
          },
        }),
      );
      this.form.reset({ measuredOn: '', value: '', source: value.source });
      this.state.submitted.set(false);
      this.recorded.emit(`Valeur ${formatNumber(number)} enregistrée pour « ${this.objective().title} ».`);
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }
}
