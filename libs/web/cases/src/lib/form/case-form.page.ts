import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { isPublicAuthority, OrganizationType } from '@continuum/domain';
import {
  CaseDetailFragment,
  CaseDetailGQL,
  CommuneNamesGQL,
  CreateCaseGQL,
  describeProblem,
  liveQuery,
  PossibleDuplicatesGQL,
  Session,
  UpdateCaseGQL,
  ZoneNamesGQL,
} from '@continuum/web/data-access';
import { debounced, FormState, FrCoordinatesPipe, ProblemAlertComponent } from '@continuum/web/ui';
import { CommunePickerComponent } from '@continuum/web/ui/forms';
import { firstValueFrom, map, of } from 'rxjs';
import { dateError, notPastDate } from '../case/case-rules';
import { CATEGORY_OPTIONS, parisToday, PRIORITY_OPTIONS, SENSITIVITY_OPTIONS } from '../shared/case-labels';
import { CaseLineComponent } from '../shared/case-line.component';
import { CaseMapComponent } from '../shared/case-map.component';
import { MapPoint } from '../shared/case-map-style';
import { CaseFormValue, createInputOf, duplicateQueryOf, updateInputOf } from './case-form-values';

/**
 * Open a case (`/dossiers/nouveau`) or edit one (`/dossiers/:id/modifier`). French messages under
 * each field, the server's own next to the field it names; while opening, « Dossiers similaires »
 * lists open cases of the same category near the point or in the zone, to avoid opening one twice.
 */
@Component({
  selector: 'cnt-case-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ProblemAlertComponent,
    CommunePickerComponent,
    CaseLineComponent,
    CaseMapComponent,
    FrCoordinatesPipe,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <p>
        @if (editing()) {
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" [routerLink]="['/dossiers', id()]"
            >Retour au dossier</a
          >
        } @else {
          <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/dossiers"
            >Retour aux dossiers</a
          >
        }
      </p>
      <h1>{{ heading() }}</h1>

      @if (editing() && !existing.value()) {
        <cnt-problem-alert [problem]="existing.problem()" />
        @if (!existing.problem()) {
          <p>Chargement du dossier…</p>
        }
      } @else if (editing() && !mayEdit()) {
        <div class="fr-alert fr-alert--info">
          <p>Seule l’organisation qui porte ce dossier peut le modifier.</p>
        </div>
      } @else {
        <div class="fr-grid-row fr-grid-row--gutters">
          <div class="fr-col-12" [class.fr-col-lg-8]="!editing()">
            <cnt-problem-alert [problem]="state.problem()" />
            <form [formGroup]="form" novalidate (ngSubmit)="save()" aria-label="Dossier">
              <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>

              <div class="fr-input-group" [class.fr-input-group--error]="state.error('title')">
                <label class="fr-label" for="case-title">
                  Titre *
                  <span class="fr-hint-text"
                    >Le problème en quelques mots, par exemple : rodéos urbains rue de la Fonderie</span
                  >
                </label>
                <input
                  class="fr-input"
                  id="case-title"
                  formControlName="title"
                  autocomplete="off"
                  [class.fr-input--error]="state.error('title')"
                  aria-describedby="case-title-messages"
                  [attr.aria-invalid]="state.error('title') ? true : null"
                />
                <div class="fr-messages-group" id="case-title-messages" aria-live="polite">
                  @if (state.error('title'); as message) {
                    <p class="fr-message fr-message--error" data-testid="error-title">{{ message }}</p>
                  }
                </div>
              </div>

              <div class="fr-select-group" [class.fr-select-group--error]="state.error('category')">
                <label class="fr-label" for="case-category">Catégorie *</label>
                <select
                  class="fr-select"
                  id="case-category"
                  formControlName="category"
                  [class.fr-select--error]="state.error('category')"
                  aria-describedby="case-category-messages"
                  [attr.aria-invalid]="state.error('category') ? true : null"
                >
                  <option value="" disabled>Choisir une catégorie</option>
                  <optgroup label="Indicateurs de la délinquance enregistrée (SSMSI)">
                    @for (option of ssmsiCategories; track option.value) {
                      <option [value]="option.value">{{ option.label }}</option>
                    }
                  </optgroup>
                  <optgroup label="Tranquillité publique">
                    @for (option of tranquilityCategories; track option.value) {
                      <option [value]="option.value">{{ option.label }}</option>
                    }
                  </optgroup>
                </select>
                <div class="fr-messages-group" id="case-category-messages" aria-live="polite">
                  @if (state.error('category'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>

              <div class="fr-input-group" [class.fr-input-group--error]="state.error('description')">
                <label class="fr-label" for="case-description">
                  Description
                  <span class="fr-hint-text"
                    >Les faits, leur fréquence, ce qui a déjà été tenté ; pas de nom de personne ici</span
                  >
                </label>
                <textarea
                  class="fr-input"
                  id="case-description"
                  rows="5"
                  formControlName="description"
                  [class.fr-input--error]="state.error('description')"
                  aria-describedby="case-description-messages"
                ></textarea>
                <div class="fr-messages-group" id="case-description-messages" aria-live="polite">
                  @if (state.error('description'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>

              <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-6">
                  <cnt-commune-picker
                    formControlName="communeCode"
                    inputId="case-communeCode"
                    label="Commune *"
                    [single]="true"
                    [communes]="communeOptions()"
                    [invalid]="!!state.error('communeCode')"
                  >
                    <div class="fr-messages-group" id="case-communeCode-messages" aria-live="polite">
                      @if (state.error('communeCode'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </cnt-commune-picker>
                </div>
                <div class="fr-col-12 fr-col-md-6">
                  <div class="fr-select-group" [class.fr-select-group--error]="state.error('zoneId')">
                    <label class="fr-label" for="case-zoneId">
                      Zone
                      <span class="fr-hint-text">Les zones suivies qui couvrent la commune</span>
                    </label>
                    <select
                      class="fr-select"
                      id="case-zoneId"
                      formControlName="zoneId"
                      [class.fr-select--error]="state.error('zoneId')"
                      aria-describedby="case-zoneId-messages"
                    >
                      <option value="">
                        {{ zoneOptions().length ? 'Aucune zone' : 'Aucune zone sur cette commune' }}
                      </option>
                      @for (zone of zoneOptions(); track zone.id) {
                        <option [value]="zone.id">{{ zone.name }} ({{ zone.kindLabel }})</option>
                      }
                    </select>
                    <div class="fr-messages-group" id="case-zoneId-messages" aria-live="polite">
                      @if (state.error('zoneId'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                </div>
              </div>

              <div
                class="fr-input-group"
                [class.fr-input-group--error]="state.error('point')"
                id="case-point"
                tabindex="-1"
              >
                <p class="fr-label fr-mb-1w">
                  Point sur la carte
                  <span class="fr-hint-text"
                    >Cliquez sur la carte pour placer le lieu des faits (facultatif)</span
                  >
                </p>
                <cnt-case-map
                  [pick]="true"
                  [point]="values().point"
                  [cases]="duplicates.value() ?? []"
                  [tileUrl]="session.appInfo()?.tileUrl ?? ''"
                  [tileAttribution]="session.appInfo()?.tileAttribution ?? ''"
                  label="Carte : cliquez pour placer le point du dossier"
                  (pointChange)="setPoint($event)"
                />
                <p class="fr-text--sm fr-mt-1w fr-mb-0" data-testid="case-point">
                  @if (values().point; as point) {
                    Point placé : {{ point | frCoordinates }}
                    <button
                      type="button"
                      class="fr-btn fr-btn--sm fr-btn--tertiary-no-outline fr-ml-1w"
                      (click)="setPoint(null)"
                    >
                      Retirer le point
                    </button>
                  } @else {
                    Aucun point placé.
                  }
                </p>
                <div class="fr-messages-group" id="case-point-messages" aria-live="polite">
                  @if (state.error('point'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>

              <div class="fr-grid-row fr-grid-row--gutters">
                <div class="fr-col-12 fr-col-md-6">
                  <div class="fr-select-group">
                    <label class="fr-label" for="case-priority">Priorité</label>
                    <select class="fr-select" id="case-priority" formControlName="priority">
                      @for (option of priorities; track option.value) {
                        <option [value]="option.value">{{ option.label }}</option>
                      }
                    </select>
                  </div>
                </div>
                <div class="fr-col-12 fr-col-md-6">
                  <div class="fr-input-group" [class.fr-input-group--error]="state.error('assessmentDueOn')">
                    <label class="fr-label" for="case-assessmentDueOn">
                      Évaluation prévue le
                      <span class="fr-hint-text"
                        >Quand mesurer l’effet de la réponse (étape « Évaluation »)</span
                      >
                    </label>
                    <input
                      class="fr-input"
                      id="case-assessmentDueOn"
                      type="date"
                      formControlName="assessmentDueOn"
                      [min]="today"
                      [class.fr-input--error]="state.error('assessmentDueOn')"
                      aria-describedby="case-assessmentDueOn-messages"
                    />
                    <div class="fr-messages-group" id="case-assessmentDueOn-messages" aria-live="polite">
                      @if (state.error('assessmentDueOn'); as message) {
                        <p class="fr-message fr-message--error">{{ message }}</p>
                      }
                    </div>
                  </div>
                </div>
              </div>

              @if (!editing()) {
                <fieldset
                  class="fr-fieldset"
                  [class.fr-fieldset--error]="state.error('sensitivity')"
                  id="case-sensitivity"
                  tabindex="-1"
                  aria-labelledby="case-sensitivity-legend case-sensitivity-messages"
                >
                  <legend
                    class="fr-fieldset__legend fr-fieldset__legend--regular"
                    id="case-sensitivity-legend"
                  >
                    Niveau de diffusion (TLP) *
                    <span class="fr-hint-text"
                      >Qui pourra lire le dossier ; vous pourrez le changer ensuite</span
                    >
                  </legend>
                  @for (option of sensitivityOptions(); track option.value) {
                    <div class="fr-fieldset__element">
                      <div class="fr-radio-group">
                        <input
                          type="radio"
                          [id]="'case-sensitivity-' + option.value"
                          name="sensitivity"
                          [value]="option.value"
                          formControlName="sensitivity"
                        />
                        <label class="fr-label" [for]="'case-sensitivity-' + option.value">{{
                          option.label
                        }}</label>
                      </div>
                    </div>
                  }
                  @if (!publicAuthority()) {
                    <p class="fr-fieldset__element fr-text--sm">
                      TLP:AMBER+STRICT est réservé aux dossiers portés par une autorité publique.
                    </p>
                  }
                  <div class="fr-messages-group" id="case-sensitivity-messages" aria-live="polite">
                    @if (state.error('sensitivity'); as message) {
                      <p class="fr-message fr-message--error">{{ message }}</p>
                    }
                  </div>
                </fieldset>
              }

              <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
                <li>
                  <button class="fr-btn" type="submit" [disabled]="state.busy()">
                    {{ editing() ? 'Enregistrer les modifications' : 'Ouvrir le dossier' }}
                  </button>
                </li>
                <li>
                  <a
                    class="fr-btn fr-btn--secondary"
                    [routerLink]="editing() ? ['/dossiers', id()] : ['/dossiers']"
                    >Annuler</a
                  >
                </li>
              </ul>
            </form>
          </div>

          @if (!editing()) {
            <aside class="fr-col-12 fr-col-lg-4" aria-labelledby="duplicates-title" data-testid="duplicates">
              <div class="cnt-duplicates fr-p-3w">
                <h2 id="duplicates-title" class="fr-h5">Dossiers similaires</h2>
                @if (!duplicateQuery()) {
                  <p class="fr-text--sm fr-mb-0">
                    Choisissez une catégorie et une zone, ou placez le point : les dossiers ouverts semblables
                    apparaîtront ici, pour éviter d’ouvrir deux fois le même.
                  </p>
                } @else if (duplicates.value(); as list) {
                  @if (list.length > 0) {
                    <p class="fr-text--sm" role="status">
                      {{ list.length }} dossier{{ list.length > 1 ? 's' : '' }} ouvert{{
                        list.length > 1 ? 's' : ''
                      }}
                      de même catégorie {{ values().zoneId ? 'dans la zone' : ''
                      }}{{ values().zoneId && values().point ? ' ou ' : ''
                      }}{{ values().point ? 'à moins de 400 m' : '' }} : vérifiez que le vôtre n’y figure pas
                      déjà.
                    </p>
                    @for (item of list; track item.id) {
                      <cnt-case-line [case]="item" />
                    }
                  } @else {
                    <p class="fr-text--sm fr-mb-0" role="status">Aucun dossier ouvert semblable.</p>
                  }
                } @else {
                  <p class="fr-text--sm fr-mb-0">Recherche des dossiers similaires…</p>
                }
              </div>
            </aside>
          }
        </div>
      }
    </div>
  `,
  styles: `
    .cnt-duplicates {
      background: var(--background-alt-blue-france);
      position: sticky;
      top: 1rem;
    }
  `,
})
export class CaseFormPage {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly caseQuery = inject(CaseDetailGQL);
  private readonly communeNames = inject(CommuneNamesGQL);
  private readonly zoneNames = inject(ZoneNamesGQL);
  private readonly possibleDuplicates = inject(PossibleDuplicatesGQL);
  private readonly createCase = inject(CreateCaseGQL);
  private readonly updateCase = inject(UpdateCaseGQL);

  /** Route parameter: absent when opening a case. */
  readonly id = input<string>();
  protected readonly editing = computed(() => !!this.id());

  protected readonly ssmsiCategories = CATEGORY_OPTIONS.filter((option) => option.group === 'SSMSI');
  protected readonly tranquilityCategories = CATEGORY_OPTIONS.filter((option) => option.group !== 'SSMSI');
  protected readonly priorities = PRIORITY_OPTIONS;

  protected readonly today = parisToday();
  /** The assessment date as saved: kept unchanged, it may stay past. */
  private savedAssessment: string | null = null;

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(3), Validators.maxLength(200)]],
    description: ['', [Validators.maxLength(20000)]],
    category: ['', [Validators.required]],
    communeCode: ['', [Validators.required]],
    zoneId: [''],
    point: this.fb.control<MapPoint | null>(null),
    priority: ['NORMAL'],
    sensitivity: ['', [Validators.required]],
    assessmentDueOn: [
      '',
      [
        dateError,
        notPastDate(
          () => this.today,
          () => this.savedAssessment,
        ),
      ],
    ],
  });
  protected readonly state = new FormState(
    this.form,
    {
      title: { what: 'le titre du dossier' },
      description: { what: 'la description' },
      category: { what: 'la catégorie', choice: true },
      communeCode: { what: 'la commune', choice: true },
      zoneId: { what: 'la zone', choice: true },
      sensitivity: { what: 'le niveau de diffusion', choice: true },
      assessmentDueOn: { what: 'la date d’évaluation' },
    },
    'case',
  );

  protected readonly values = toSignal(this.form.valueChanges.pipe(map(() => this.form.getRawValue())), {
    initialValue: this.form.getRawValue(),
  });

  protected readonly publicAuthority = computed(() => {
    const type = this.session.user()?.organization.type;
    return type ? isPublicAuthority(type as OrganizationType) : false;
  });

  /** AMBER+STRICT only for public authorities: a private owner could not read its own case. */
  protected readonly sensitivityOptions = computed(() =>
    SENSITIVITY_OPTIONS.filter((option) => option.value !== 'AMBER_STRICT' || this.publicAuthority()),
  );

  protected readonly mayEdit = computed(() => this.existing.value()?.viewerCan.update ?? false);

  protected readonly heading = computed(() => {
    if (!this.editing()) return 'Ouvrir un dossier';
    const item = this.existing.value();
    return item ? `Modifier le dossier ${item.reference}` : 'Modifier le dossier';
  });

  protected readonly existing = liveQuery(
    () => this.id(),
    (id) =>
      id
        ? this.caseQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.case ?? null))
        : of(null),
  );
  protected readonly communes = liveQuery(
    () => null,
    () => this.communeNames.fetch().pipe(map((result) => result.data?.communes ?? [])),
  );
  protected readonly communeOptions = computed(() => this.communes.value() ?? []);
  private readonly zones = liveQuery(
    () => null,
    () => this.zoneNames.fetch().pipe(map((result) => result.data?.zones ?? [])),
  );
  protected readonly zoneOptions = computed(() => {
    const commune = this.values().communeCode;
    if (!commune) return [];
    return (this.zones.value() ?? []).filter((zone) => zone.communes.some((c) => c.code === commune));
  });

  protected readonly duplicateQuery = computed(() =>
    this.editing() ? null : duplicateQueryOf(this.values()),
  );
  private readonly duplicateParams = debounced(
    computed(() => JSON.stringify(this.duplicateQuery())),
    300,
  );
  protected readonly duplicates = liveQuery(
    () => this.duplicateParams(),
    (json) => {
      const query = JSON.parse(json) as ReturnType<typeof duplicateQueryOf>;
      return query
        ? this.possibleDuplicates
            .fetch({ variables: query, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.possibleDuplicates ?? []))
        : of([]);
    },
  );

  constructor() {
    effect(() => {
      const editing = this.editing();
      untracked(() => {
        const control = this.form.controls.sensitivity;
        if (editing) control.disable();
        else control.enable();
      });
    });
    effect(() => {
      const item = this.existing.value();
      if (item) untracked(() => this.fill(item));
    });
    // A zone that does not cover the chosen commune is dropped (the server would refuse it).
    effect(() => {
      const zoneId = this.values().zoneId;
      const options = this.zoneOptions();
      const loaded = this.zones.value() !== undefined;
      if (zoneId && loaded && !options.some((zone) => zone.id === zoneId))
        untracked(() => this.form.controls.zoneId.setValue(''));
    });
  }

  protected setPoint(point: MapPoint | null): void {
    this.form.controls.point.setValue(point);
    this.form.controls.point.markAsTouched();
  }

  protected async save(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue() as CaseFormValue;
    this.state.busy.set(true);
    try {
      const id = this.id();
      const existing = this.existing.value();
      if (id && existing) {
        await firstValueFrom(
          this.updateCase.mutate({ variables: { id, input: updateInputOf(value, existing) } }),
        );
        await this.router.navigate(['/dossiers', id], { state: { notice: 'Dossier modifié.' } });
      } else {
        const result = await firstValueFrom(
          this.createCase.mutate({ variables: { input: createInputOf(value) } }),
        );
        const created = result.data?.createCase;
        if (!created) throw new Error('Réponse de création vide.');
        await this.router.navigate(['/dossiers', created.id], {
          state: {
            notice: `Dossier ${created.reference} ouvert. Vous pouvez maintenant saisir des partenaires et planifier des actions.`,
          },
        });
      }
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  private fill(item: CaseDetailFragment): void {
    this.form.patchValue({
      title: item.title,
      description: item.description,
      category: item.category,
      communeCode: item.commune.code,
      zoneId: item.zone?.id ?? '',
      point: item.point ? { latitude: item.point.latitude, longitude: item.point.longitude } : null,
      priority: item.priority,
      sensitivity: item.sensitivity,
      assessmentDueOn: (this.savedAssessment = item.assessmentDueOn ?? null) ?? '',
    });
    this.form.markAsPristine();
  }
}
