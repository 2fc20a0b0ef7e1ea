import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  ElementRef,
  inject,
  input,
  output,
  untracked,
  viewChild,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  INDICATOR_DIRECTION_LABELS,
  INDICATOR_SOURCE_LABELS,
  IndicatorSource,
  PLAN_SECTION_LABELS,
  PLAN_SECTIONS,
} from '@continuum/domain/plan';
import {
  AddObjectiveGQL,
  CommuneNamesGQL,
  describeProblem,
  liveQuery,
  OrganizationNamesGQL,
  UpdateObjectiveGQL,
  ZoneNamesGQL,
} from '@continuum/web/data-access';
import { FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map } from 'rxjs';
import type { PlanObjective } from '../shared/plan-types';
import { ObjectiveFieldComponent } from './objective-field.component';
import {
  frenchNumber,
  newObjectiveValue,
  OBJECTIVE_WORDING,
  objectiveFormValue,
  objectiveInput,
} from './objective-form-values';
import { ObjectiveParametersComponent } from './objective-parameters.component';

const P = 'objective';

/**
 * Adds an objective to a draft, or changes one (sending the version read: a change made meanwhile
 * is refused, not overwritten). The indicator's parameters follow its source; a computed
 * indicator's baseline may be left empty, the server computing it from the data on the baseline
 * day. Each refusal of the server lands under the field it names.
 */
@Component({
  selector: 'cnt-objective-form',
  imports: [
    ReactiveFormsModule,
    ProblemAlertComponent,
    ObjectiveParametersComponent,
    ObjectiveFieldComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      novalidate
      (ngSubmit)="save()"
      class="cnt-panel"
      [attr.aria-labelledby]="p + '-heading'"
      data-testid="objective-form"
    >
      <h3 class="fr-h5" [id]="p + '-heading'">
        {{ existing() ? 'Modifier l’objectif' : 'Nouvel objectif' }}
      </h3>
      <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>
      <div class="fr-grid-row fr-grid-row--gutters">
        <cnt-objective-field
          class="fr-col-12 fr-col-md-5"
          [p]="p"
          name="section"
          [select]="true"
          label="Partie du plan *"
          [error]="state.error('section')"
        >
          <select
            class="fr-select"
            [id]="p + '-section'"
            formControlName="section"
            [attr.aria-describedby]="p + '-section-messages'"
          >
            @for (section of sections; track section) {
              <option [value]="section">{{ sectionLabels[section] }}</option>
            }
          </select>
        </cnt-objective-field>
        <cnt-objective-field
          class="fr-col-12 fr-col-md-7"
          [p]="p"
          name="title"
          label="Intitulé de l’objectif *"
          [error]="state.error('title')"
        >
          <input
            class="fr-input"
            [id]="p + '-title'"
            formControlName="title"
            [attr.aria-describedby]="p + '-title-messages'"
          />
        </cnt-objective-field>
      </div>
      <cnt-objective-field
        [p]="p"
        name="description"
        label="Description"
        [error]="state.error('description')"
      >
        <textarea
          class="fr-input"
          rows="3"
          [id]="p + '-description'"
          formControlName="description"
          [attr.aria-describedby]="p + '-description-messages'"
        ></textarea>
      </cnt-objective-field>
      <div class="fr-grid-row fr-grid-row--gutters">
        <cnt-objective-field
          class="fr-col-12 fr-col-md-6"
          [p]="p"
          name="indicatorLabel"
          label="Nom de l’indicateur *"
          hint="Par exemple : cambriolages de logements sur douze mois"
          [error]="state.error('indicatorLabel')"
        >
          <input
            class="fr-input"
            [id]="p + '-indicatorLabel'"
            formControlName="indicatorLabel"
            [attr.aria-describedby]="p + '-indicatorLabel-messages'"
          />
        </cnt-objective-field>
        <cnt-objective-field
          class="fr-col-12 fr-col-md-6"
          [p]="p"
          name="indicatorSource"
          [select]="true"
          label="Source de l’indicateur *"
          [error]="state.error('indicatorSource')"
        >
          <select
            class="fr-select"
            [id]="p + '-indicatorSource'"
            formControlName="indicatorSource"
            [attr.aria-describedby]="p + '-indicatorSource-messages'"
          >
            @for (source of sources; track source[0]) {
              <option [value]="source[0]">{{ source[1] }}</option>
            }
          </select>
        </cnt-objective-field>
      </div>
      @if (manual()) {
        <cnt-objective-field
          [p]="p"
          name="manualSource"
          label="D’où viennent les valeurs *"
          hint="Par exemple : enquête de victimation, rapport du bailleur"
          [error]="state.error('manualSource')"
        >
          <input
            class="fr-input"
            [id]="p + '-manualSource'"
            formControlName="manualSource"
            [attr.aria-describedby]="p + '-manualSource-messages'"
          />
        </cnt-objective-field>
      } @else {
        <cnt-objective-parameters
          [group]="form.controls.indicatorParameters"
          [source]="source()"
          [prefix]="p"
          [communes]="communes.value() ?? []"
          [zones]="zones.value() ?? []"
          [error]="state.error('indicatorParameters')"
        />
      }
      <fieldset class="fr-fieldset" [id]="p + '-direction'" [attr.aria-labelledby]="p + '-direction-legend'">
        <legend class="fr-fieldset__legend fr-fieldset__legend--regular" [id]="p + '-direction-legend'">
          Sens de l’objectif *
        </legend>
        @for (direction of directions; track direction[0]) {
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <div class="fr-radio-group">
              <input
                type="radio"
                [id]="p + '-direction-' + direction[0]"
                formControlName="direction"
                [value]="direction[0]"
                name="direction"
              />
              <label class="fr-label" [for]="p + '-direction-' + direction[0]"
                >Atteint {{ direction[1] }}</label
              >
            </div>
          </div>
        }
      </fieldset>
      <div class="fr-grid-row fr-grid-row--gutters">
        <cnt-objective-field
          class="fr-col-12 fr-col-md-6"
          [p]="p"
          name="baselineValue"
          [label]="manual() ? 'Valeur de référence *' : 'Valeur de référence'"
          [hint]="
            manual()
              ? 'Par exemple 12,5'
              : 'Laissez vide pour la calculer à partir des données à la date de référence'
          "
          [error]="state.error('baselineValue')"
        >
          <input
            class="fr-input"
            inputmode="decimal"
            [id]="p + '-baselineValue'"
            formControlName="baselineValue"
            [attr.aria-describedby]="p + '-baselineValue-messages'"
          />
        </cnt-objective-field>
        <cnt-objective-field
          class="fr-col-12 fr-col-md-6"
          [p]="p"
          name="baselineDate"
          label="Date de référence *"
          [error]="state.error('baselineDate')"
        >
          <input
            class="fr-input"
            type="date"
            [id]="p + '-baselineDate'"
            formControlName="baselineDate"
            [attr.aria-describedby]="p + '-baselineDate-messages'"
          />
        </cnt-objective-field>
        <cnt-objective-field
          class="fr-col-12 fr-col-md-6"
          [p]="p"
          name="targetValue"
          label="Cible *"
          hint="La valeur à atteindre, par exemple 1 000 ou 12,5"
          [error]="state.error('targetValue')"
        >
          <input
            class="fr-input"
            inputmode="decimal"
            [id]="p + '-targetValue'"
            formControlName="targetValue"
            [attr.aria-describedby]="p + '-targetValue-messages'"
          />
        </cnt-objective-field>
        <cnt-objective-field
          class="fr-col-12 fr-col-md-6"
          [p]="p"
          name="deadline"
          label="Échéance *"
          [error]="state.error('deadline')"
        >
          <input
            class="fr-input"
            type="date"
            [id]="p + '-deadline'"
            formControlName="deadline"
            [attr.aria-describedby]="p + '-deadline-messages'"
          />
        </cnt-objective-field>
      </div>
      <cnt-objective-field
        [p]="p"
        name="pilotOrganizationId"
        [select]="true"
        label="Organisation pilote"
        [error]="state.error('pilotOrganizationId')"
      >
        <select
          class="fr-select"
          [id]="p + '-pilotOrganizationId'"
          formControlName="pilotOrganizationId"
          [attr.aria-describedby]="p + '-pilotOrganizationId-messages'"
        >
          <option value="">Aucune en particulier</option>
          @for (organization of organizations.value() ?? []; track organization.id) {
            <option [value]="organization.id">{{ organization.name }}</option>
          }
        </select>
      </cnt-objective-field>
      <div #problemBox tabindex="-1">
        <cnt-problem-alert [problem]="state.problem()" />
      </div>
      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button class="fr-btn" type="submit" [disabled]="state.busy()">
            {{ existing() ? 'Enregistrer l’objectif' : 'Ajouter l’objectif' }}
          </button>
        </li>
        <li>
          <button class="fr-btn fr-btn--secondary" type="button" (click)="cancelled.emit()">Annuler</button>
        </li>
      </ul>
    </form>
  `,
  styles: `
    .cnt-panel {
      padding: 1.5rem;
      background: var(--background-alt-grey);
    }
  `,
})
export class ObjectiveFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly addObjective = inject(AddObjectiveGQL);
  private readonly updateObjective = inject(UpdateObjectiveGQL);
  private readonly communeNames = inject(CommuneNamesGQL);
  private readonly zoneNames = inject(ZoneNamesGQL);
  private readonly organizationNames = inject(OrganizationNamesGQL);

  readonly planId = input.required<string>();
  readonly planYear = input.required<number>();
  /** The objective to change; none to add one. */
  readonly existing = input<PlanObjective | null>(null);
  readonly saved = output<string>();
  readonly cancelled = output<void>();

  protected readonly p = P;
  protected readonly sections = PLAN_SECTIONS;
  protected readonly sectionLabels = PLAN_SECTION_LABELS;
  protected readonly sources = Object.entries(INDICATOR_SOURCE_LABELS);
  protected readonly directions = Object.entries(INDICATOR_DIRECTION_LABELS);

  protected readonly communes = liveQuery(
    () => null,
    () => this.communeNames.fetch().pipe(map((result) => result.data?.communes ?? [])),
  );
  protected readonly zones = liveQuery(
    () => null,
    () => this.zoneNames.fetch().pipe(map((result) => result.data?.zones ?? [])),
  );
  protected readonly organizations = liveQuery(
    () => null,
    () => this.organizationNames.fetch().pipe(map((result) => result.data?.organizations ?? [])),
  );

  protected readonly form = this.fb.group({
    section: ['', [Validators.required]],
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(300)]],
    description: ['', [Validators.maxLength(5000)]],
    indicatorLabel: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    indicatorSource: ['', [Validators.required]],
    indicatorParameters: this.fb.group({
      categories: this.fb.control<string[]>([]),
      communeCodes: this.fb.control<string[]>([]),
      zoneId: [''],
      operationKinds: this.fb.control<string[]>([]),
      outcome: [''],
      setting: [''],
    }),
    direction: ['', [Validators.required]],
    baselineValue: ['', [frenchNumber]],
    baselineDate: ['', [Validators.required]],
    targetValue: ['', [Validators.required, frenchNumber]],
    deadline: ['', [Validators.required]],
    pilotOrganizationId: [''],
    manualSource: ['', [Validators.maxLength(300)]],
  });
  protected readonly state = new FormState(this.form, OBJECTIVE_WORDING, P);

  protected readonly source = toSignal(this.form.controls.indicatorSource.valueChanges, { initialValue: '' });
  protected readonly manual = computed(() => this.source() === IndicatorSource.MANUAL);
  private readonly problemBox = viewChild.required<ElementRef<HTMLElement>>('problemBox');

  constructor() {
    effect(() => {
      const existing = this.existing();
      const year = this.planYear();
      untracked(() =>
        this.form.reset(existing ? objectiveFormValue(existing) : newObjectiveValue(year, new Date())),
      );
    });
  }

  protected async save(): Promise<void> {
    const value = this.form.getRawValue();
    const manual = value.indicatorSource === IndicatorSource.MANUAL;
    if (manual && value.baselineValue.trim() === '')
      this.form.controls.baselineValue.setErrors({ required: true });
    if (manual && value.manualSource.trim() === '')
      this.form.controls.manualSource.setErrors({ required: true });
    if (value.baselineDate && value.deadline && value.deadline <= value.baselineDate)
      this.form.controls.deadline.setErrors({
        invalid: 'L’échéance doit être postérieure à la date de référence.',
      });
    if (!this.state.check()) return;
    const input = objectiveInput(value);
    this.state.busy.set(true);
    try {
      const existing = this.existing();
      if (existing) {
        await firstValueFrom(
          this.updateObjective.mutate({
            variables: { id: existing.id, input, expectedUpdatedAt: existing.updatedAt },
          }),
        );
        this.saved.emit(`Objectif « ${input.title} » enregistré.`);
      } else {
        await firstValueFrom(this.addObjective.mutate({ variables: { planId: this.planId(), input } }));
        this.saved.emit(
          input.baselineValue === null
            ? `Objectif « ${input.title} » ajouté : sa valeur de référence a été calculée à partir des données.`
            : `Objectif « ${input.title} » ajouté.`,
        );
      }
    } catch (error) {
      this.state.refused(describeProblem(error));
      if (!Object.values(this.form.controls).some((control) => control.invalid))
        setTimeout(() => this.problemBox().nativeElement.focus());
    } finally {
      this.state.busy.set(false);
    }
  }
}
