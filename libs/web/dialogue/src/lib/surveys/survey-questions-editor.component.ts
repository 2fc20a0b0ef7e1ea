import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';

export interface QuestionDraft {
  kind: 'SCALE' | 'TEXT' | string;
  label: string;
  required: boolean;
}

/**
 * The questionnaire of a wave being prepared: each question's wording, kind (a note from 1 to 5,
 * or a free text) and whether an answer is required; added, removed, moved. Twelve at most.
 */
@Component({
  selector: 'cnt-survey-questions-editor',
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="fr-fieldset"
      [class.fr-fieldset--error]="error()"
      aria-labelledby="wave-questions-legend"
      id="wave-questions"
    >
      <legend class="fr-fieldset__legend" id="wave-questions-legend">Questionnaire</legend>
      @for (question of questions(); track $index; let i = $index) {
        <div
          class="fr-fieldset__element fr-p-2w fr-mb-2w"
          style="border: 1px solid var(--border-default-grey)"
          data-testid="question-editor"
        >
          <div class="fr-input-group">
            <label class="fr-label" [for]="'question-label-' + i">Question {{ i + 1 }}</label>
            <input
              class="fr-input"
              [id]="'question-label-' + i"
              [value]="question.label"
              maxlength="300"
              (input)="change(i, { label: value($event) })"
            />
          </div>
          <div class="fr-grid-row fr-grid-row--gutters">
            <div class="fr-col-12 fr-col-md-6">
              <div class="fr-select-group">
                <label class="fr-label" [for]="'question-kind-' + i">Réponse attendue</label>
                <select
                  class="fr-select"
                  [id]="'question-kind-' + i"
                  (change)="change(i, { kind: value($event) })"
                >
                  <option value="SCALE" [selected]="question.kind === 'SCALE'">Une note de 1 à 5</option>
                  <option value="TEXT" [selected]="question.kind === 'TEXT'">Un texte libre</option>
                </select>
              </div>
            </div>
            <div class="fr-col-12 fr-col-md-6">
              <div class="fr-checkbox-group fr-mt-md-4w">
                <input
                  type="checkbox"
                  [id]="'question-required-' + i"
                  [checked]="question.required"
                  (change)="change(i, { required: checked($event) })"
                />
                <label class="fr-label" [for]="'question-required-' + i">Réponse obligatoire</label>
              </div>
            </div>
          </div>
          <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-1w">
            <li>
              <button
                type="button"
                class="fr-btn fr-btn--tertiary"
                [disabled]="i === 0"
                (click)="move(i, -1)"
              >
                Monter la question {{ i + 1 }}
              </button>
            </li>
            <li>
              <button type="button" class="fr-btn fr-btn--tertiary" (click)="remove(i)">
                Retirer la question {{ i + 1 }}
              </button>
            </li>
          </ul>
        </div>
      }
      @if (questions().length < 12) {
        <div class="fr-fieldset__element">
          <button type="button" class="fr-btn fr-btn--sm fr-btn--secondary" (click)="add()">
            Ajouter une question
          </button>
        </div>
      }
      @if (error(); as message) {
        <p class="fr-error-text fr-fieldset__element">{{ message }}</p>
      }
    </fieldset>
  `,
})
export class SurveyQuestionsEditorComponent {
  readonly questions = input.required<QuestionDraft[]>();
  readonly error = input<string | null>(null);
  readonly questionsChange = output<QuestionDraft[]>();

  protected value(event: Event): string {
    return (event.target as HTMLInputElement).value;
  }
  protected checked(event: Event): boolean {
    return (event.target as HTMLInputElement).checked;
  }
  protected change(index: number, patch: Partial<QuestionDraft>): void {
    this.questionsChange.emit(
      this.questions().map((question, i) => (i === index ? { ...question, ...patch } : question)),
    );
  }
  protected add(): void {
    this.questionsChange.emit([...this.questions(), { kind: 'SCALE', label: '', required: true }]);
  }
  protected remove(index: number): void {
    this.questionsChange.emit(this.questions().filter((_, i) => i !== index));
  }
  protected move(index: number, by: number): void {
    const next = [...this.questions()];
    [next[index + by], next[index]] = [next[index], next[index + by]];
    this.questionsChange.emit(next);
  }
}
