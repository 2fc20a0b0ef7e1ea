import { ChangeDetectionStrategy, Component, computed, input, signal } from '@angular/core';
import { FormControl, FormGroup, ReactiveFormsModule } from '@angular/forms';
import { CASE_CATEGORIES, type CaseCategory } from '@continuum/domain';
import {
  OPERATION_KIND_LABELS,
  type OperationKind,
  OUTCOME_MEASURE_LABELS,
  PRESENCE_SETTING_LABELS,
} from '@continuum/domain/plan';
import { CommunePickerComponent, type CommuneOption } from '@continuum/web/ui/forms';
import { parametersOf } from './objective-form-values';

export type ParametersGroup = FormGroup<{
  categories: FormControl<string[]>;
  communeCodes: FormControl<string[]>;
  zoneId: FormControl<string>;
  operationKinds: FormControl<string[]>;
  outcome: FormControl<string>;
  setting: FormControl<string>;
}>;

const CATEGORIES = Object.entries(CASE_CATEGORIES) as [CaseCategory, { label: string; group: string }][];
const OPERATION_KINDS = Object.entries(OPERATION_KIND_LABELS) as [OperationKind, string][];

/**
 * What an indicator counts: only the parameters its source accepts are shown (categories of facts
 * or cases in a fieldset that opens, communes with the shared picker, a zone, kinds of operations,
 * the outcome counted, where presence is counted). Left empty, a parameter counts everything.
 */
@Component({
  selector: 'cnt-objective-parameters',
  imports: [ReactiveFormsModule, CommunePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <fieldset
      class="fr-fieldset cnt-parameters"
      [class.fr-fieldset--error]="error()"
      [id]="prefix() + '-indicatorParameters'"
      tabindex="-1"
      [formGroup]="group()"
      [attr.aria-labelledby]="prefix() + '-parameters-legend ' + prefix() + '-parameters-messages'"
    >
      <legend class="fr-fieldset__legend" [id]="prefix() + '-parameters-legend'">
        Ce que compte l’indicateur
        <span class="fr-hint-text"
          >Laissé vide, un critère compte tout (toutes catégories, tout le département)</span
        >
      </legend>
      <div
        class="fr-messages-group fr-fieldset__element"
        [id]="prefix() + '-parameters-messages'"
        aria-live="polite"
      >
        @if (error(); as message) {
          <p class="fr-message fr-message--error">{{ message }}</p>
        }
      </div>

      @if (accepts('categories')) {
        <div class="fr-fieldset__element">
          <button
            type="button"
            class="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-right"
            [class.fr-icon-arrow-down-s-line]="!categoriesOpen()"
            [class.fr-icon-arrow-up-s-line]="categoriesOpen()"
            [attr.aria-expanded]="categoriesOpen()"
            [attr.aria-controls]="prefix() + '-categories'"
            (click)="categoriesOpen.set(!categoriesOpen())"
          >
            Catégories : {{ categoriesSummary() }}
          </button>
          @if (categoriesOpen()) {
            <fieldset
              class="fr-fieldset fr-mt-1w"
              [id]="prefix() + '-categories'"
              [attr.aria-labelledby]="prefix() + '-categories-legend'"
            >
              <legend
                class="fr-fieldset__legend fr-fieldset__legend--regular fr-sr-only"
                [id]="prefix() + '-categories-legend'"
              >
                Catégories comptées
              </legend>
              <div class="fr-fieldset__element cnt-choices">
                @for (category of categories; track category[0]) {
                  <div class="cnt-choice">
                    <div class="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        [id]="prefix() + '-category-' + category[0]"
                        [checked]="has('categories', category[0])"
                        (change)="toggle('categories', category[0])"
                      />
                      <label class="fr-label" [for]="prefix() + '-category-' + category[0]">{{
                        category[1].label
                      }}</label>
                    </div>
                  </div>
                }
              </div>
            </fieldset>
          }
        </div>
      }

      @if (accepts('operationKinds')) {
        <fieldset
          class="fr-fieldset fr-fieldset__element"
          [attr.aria-labelledby]="prefix() + '-kinds-legend'"
        >
          <legend class="fr-fieldset__legend fr-fieldset__legend--regular" [id]="prefix() + '-kinds-legend'">
            Types d’opération
          </legend>
          @for (kind of operationKinds; track kind[0]) {
            <div class="fr-fieldset__element">
              <div class="fr-checkbox-group fr-checkbox-group--sm">
                <input
                  type="checkbox"
                  [id]="prefix() + '-kind-' + kind[0]"
                  [checked]="has('operationKinds', kind[0])"
                  (change)="toggle('operationKinds', kind[0])"
                />
                <label class="fr-label" [for]="prefix() + '-kind-' + kind[0]">{{ kind[1] }}</label>
              </div>
            </div>
          }
        </fieldset>
      }

      @if (accepts('outcome')) {
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" [for]="prefix() + '-outcome'">Résultat compté *</label>
            <select class="fr-select" [id]="prefix() + '-outcome'" formControlName="outcome">
              <option value="" disabled>Choisissez le résultat des opérations</option>
              @for (outcome of outcomes; track outcome[0]) {
                <option [value]="outcome[0]">{{ outcome[1] }}</option>
              }
            </select>
          </div>
        </div>
      }

      @if (accepts('setting')) {
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" [for]="prefix() + '-setting'">Lieu de présence</label>
            <select class="fr-select" [id]="prefix() + '-setting'" formControlName="setting">
              <option value="">Voie publique et transports</option>
              @for (setting of settings; track setting[0]) {
                <option [value]="setting[0]">{{ setting[1] }}</option>
              }
            </select>
          </div>
        </div>
      }

      @if (accepts('communeCodes')) {
        <div class="fr-fieldset__element">
          <cnt-commune-picker
            formControlName="communeCodes"
            [inputId]="prefix() + '-communeCodes'"
            label="Communes (facultatif)"
            [communes]="communes()"
          />
        </div>
      }

      @if (accepts('zoneId')) {
        <div class="fr-fieldset__element">
          <div class="fr-select-group">
            <label class="fr-label" [for]="prefix() + '-zoneId'">Zone suivie</label>
            <select class="fr-select" [id]="prefix() + '-zoneId'" formControlName="zoneId">
              <option value="">Aucune zone en particulier</option>
              @for (zone of zones(); track zone.id) {
                <option [value]="zone.id">{{ zone.name }} ({{ zone.kindLabel }})</option>
              }
            </select>
          </div>
        </div>
      }
    </fieldset>
  `,
  styles: `
    .cnt-parameters {
      padding-top: 0.5rem;
      border-left: 2px solid var(--border-default-blue-france);
      margin-left: 0;
    }
    .cnt-choices {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
      gap: 0.5rem 1.5rem;
    }
  `,
})
export class ObjectiveParametersComponent {
  readonly group = input.required<ParametersGroup>();
  readonly source = input.required<string>();
  readonly prefix = input.required<string>();
  readonly communes = input.required<readonly CommuneOption[]>();
  readonly zones = input.required<readonly { id: string; name: string; kindLabel: string }[]>();
  /** The server's refusal of one of the parameters (`input.indicatorParameters.…`). */
  readonly error = input<string | null>(null);

  protected readonly categories = CATEGORIES;
  protected readonly operationKinds = OPERATION_KINDS;
  protected readonly outcomes = Object.entries(OUTCOME_MEASURE_LABELS);
  protected readonly settings = Object.entries(PRESENCE_SETTING_LABELS);
  protected readonly categoriesOpen = signal(false);

  private readonly accepted = computed(() => parametersOf(this.source()));
  protected categoriesSummary(): string {
    const chosen = this.group().controls.categories.value;
    if (chosen.length === 0) return 'toutes';
    const labels = chosen.map((code) => CASE_CATEGORIES[code as CaseCategory]?.label ?? code);
    return labels.length <= 2 ? labels.join(', ') : `${labels.length} choisies`;
  }

  protected accepts(name: string): boolean {
    return (this.accepted() as readonly string[]).includes(name);
  }

  protected has(name: 'categories' | 'operationKinds', value: string): boolean {
    return this.group().controls[name].value.includes(value);
  }

  protected toggle(name: 'categories' | 'operationKinds', value: string): void {
    const control = this.group().controls[name];
    const current = control.value;
    control.setValue(
      current.includes(value) ? current.filter((item) => item !== value) : [...current, value],
    );
    control.markAsDirty();
  }
}
