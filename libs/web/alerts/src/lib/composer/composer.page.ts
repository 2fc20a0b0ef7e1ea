import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  AlertAudiencePreviewGQL,
  describeProblem,
  FIELDS_MESSAGE,
  liveQuery,
  ManualAlertInput,
  Problem,
  SendAlertGQL,
  Session,
} from '@continuum/web/data-access';
import { AreaMapComponent, AreaPolygon } from '@continuum/web/map';
import {
  debounced,
  DialogComponent,
  FormState,
  plural,
  ProblemAlertComponent,
  severityLabel,
} from '@continuum/web/ui';
import { CommunePickerComponent } from '@continuum/web/ui/forms';
import { firstValueFrom, map, of } from 'rxjs';
import { AUDIENCE_GROUPS, CATEGORY_GROUPS, SEVERITY_OPTIONS } from '../shared/alert-labels';
import { AlertsLookup } from '../shared/alerts-lookup';
import { toggled } from '../settings/subscription-input';
import { AudiencePreviewComponent } from './audience-preview.component';
import { CaseLinkComponent, LinkedCase } from './case-link.component';
import { ComposerValue, manualAlertInput, previewBlocker, previewInput } from './composer-input';

const TERRITORY_MESSAGE =
  'Choisissez le territoire de l’alerte : des communes, des zones ou une zone dessinée.';
const AUDIENCE_MESSAGE = 'Cochez au moins un type d’organisation destinataire.';

/**
 * « Nouvelle alerte » (`/alertes/nouvelle`), for the prefect's cabinet and the secretaries of bodies:
 * the words, the severity, the territory (communes, zones, an area drawn on the map), the audience
 * by type of organisation, a case it is about; beside it, who would receive it, recomputed as the
 * form changes. Sent after a confirmation, then followed on the sender's view.
 */
@Component({
  selector: 'cnt-composer-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ProblemAlertComponent,
    DialogComponent,
    CommunePickerComponent,
    AreaMapComponent,
    AudiencePreviewComponent,
    CaseLinkComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-4w">
      <nav role="navigation" class="fr-breadcrumb fr-mt-0" aria-label="vous êtes ici :">
        <ol class="fr-breadcrumb__list">
          <li><a class="fr-breadcrumb__link" routerLink="/alertes">Mes alertes</a></li>
          <li><a class="fr-breadcrumb__link" aria-current="page">Nouvelle alerte</a></li>
        </ol>
      </nav>
      <h1>Nouvelle alerte</h1>
      <p class="fr-text--lead">
        Les destinataires la reçoivent aussitôt dans Continuum, et par courriel selon leurs réglages. Elle
        porte votre nom : {{ author() }}.
      </p>

      <div class="fr-grid-row fr-grid-row--gutters">
        <div class="fr-col-12 fr-col-lg-8">
          <form
            [formGroup]="form"
            novalidate
            (ngSubmit)="ask()"
            aria-label="Nouvelle alerte"
            data-testid="composer"
          >
            <cnt-problem-alert [problem]="state.problem()" />

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('title')">
              <label class="fr-label" for="composer-title">
                Titre *
                <span class="fr-hint-text"
                  >De 5 à 200 caractères ; il s’affiche dans la cloche et les courriels.</span
                >
              </label>
              <input
                class="fr-input"
                id="composer-title"
                formControlName="title"
                maxlength="200"
                [class.fr-input--error]="state.error('title')"
                aria-describedby="composer-title-messages"
                [attr.aria-invalid]="state.error('title') ? true : null"
              />
              <div class="fr-messages-group" id="composer-title-messages" aria-live="polite">
                @if (state.error('title'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('body')">
              <label class="fr-label" for="composer-body">
                Message *
                <span class="fr-hint-text"
                  >Ce que les destinataires doivent savoir et faire. Aucune donnée nominative : des
                  partenaires privés peuvent le lire.</span
                >
              </label>
              <textarea
                class="fr-input"
                id="composer-body"
                rows="6"
                formControlName="body"
                maxlength="5000"
                [class.fr-input--error]="state.error('body')"
                aria-describedby="composer-body-messages"
                [attr.aria-invalid]="state.error('body') ? true : null"
              ></textarea>
              <div class="fr-messages-group" id="composer-body-messages" aria-live="polite">
                @if (state.error('body'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <div class="fr-grid-row fr-grid-row--gutters">
              <div class="fr-col-12 fr-col-md-6">
                <fieldset
                  class="fr-fieldset"
                  id="composer-severity"
                  aria-labelledby="composer-severity-legend"
                >
                  <legend
                    class="fr-fieldset__legend fr-fieldset__legend--regular"
                    id="composer-severity-legend"
                  >
                    Gravité *
                  </legend>
                  @for (option of severities; track option.value) {
                    <div class="fr-fieldset__element fr-fieldset__element--inline">
                      <div class="fr-radio-group">
                        <input
                          type="radio"
                          [id]="'composer-severity-' + option.value"
                          formControlName="severity"
                          [value]="option.value"
                          name="severity"
                        />
                        <label class="fr-label" [for]="'composer-severity-' + option.value">{{
                          option.label
                        }}</label>
                      </div>
                    </div>
                  }
                </fieldset>
              </div>
              <div class="fr-col-12 fr-col-md-6">
                <div class="fr-select-group" [class.fr-select-group--error]="state.error('category')">
                  <label class="fr-label" for="composer-category">
                    Catégorie
                    <span class="fr-hint-text"
                      >Facultative ; les destinataires qui ne suivent que certaines catégories la recevront si
                      elle en fait partie.</span
                    >
                  </label>
                  <select class="fr-select" id="composer-category" formControlName="category">
                    <option value="">Aucune catégorie</option>
                    @for (group of categoryGroups; track group.label) {
                      <optgroup [label]="group.label">
                        @for (option of group.options; track option.value) {
                          <option [value]="option.value">{{ option.label }}</option>
                        }
                      </optgroup>
                    }
                  </select>
                </div>
              </div>
            </div>

            <fieldset
              class="fr-fieldset fr-mt-2w"
              [class.fr-fieldset--error]="territoryError()"
              id="composer-territory"
              aria-labelledby="composer-territory-legend composer-territory-messages"
            >
              <legend class="fr-fieldset__legend" id="composer-territory-legend">
                Territoire *
                <span class="fr-hint-text"
                  >Des communes, des zones, une zone dessinée, ou plusieurs à la fois. Sont destinataires les
                  organisations compétentes sur ce territoire qui le suivent.</span
                >
              </legend>
              <div class="fr-fieldset__element">
                <cnt-commune-picker
                  formControlName="communeCodes"
                  inputId="composer-communeCodes"
                  label="Communes"
                  [communes]="lookup.communes()"
                  [invalid]="!!territoryError()"
                />
              </div>
              <div class="fr-fieldset__element">
                <p class="fr-label fr-mb-1w" id="composer-zones-label">Zones</p>
                <ul
                  class="cnt-zones"
                  aria-labelledby="composer-zones-label"
                  id="composer-zoneIds"
                  tabindex="-1"
                >
                  @for (zone of lookup.zones(); track zone.id) {
                    <li class="fr-checkbox-group fr-checkbox-group--sm">
                      <input
                        type="checkbox"
                        [id]="'composer-zone-' + zone.id"
                        [checked]="value().zoneIds.includes(zone.id)"
                        (change)="toggle('zoneIds', zone.id, $any($event.target).checked)"
                      />
                      <label class="fr-label" [for]="'composer-zone-' + zone.id">
                        {{ zone.name }} <span class="fr-hint-text">{{ zone.kindLabel }}</span>
                      </label>
                    </li>
                  }
                </ul>
              </div>
              <div class="fr-fieldset__element" id="composer-area" tabindex="-1">
                @if (mapShown()) {
                  <p class="fr-label fr-mb-1w">Zone dessinée</p>
                  <cnt-area-map
                    [zones]="lookup.zones()"
                    [highlighted]="value().zoneIds"
                    [area]="area()"
                    [tileUrl]="tileUrl()"
                    [tileAttribution]="tileAttribution()"
                    label="Carte : la zone de l’alerte"
                    (areaChange)="setArea($event)"
                  />
                } @else {
                  <button
                    type="button"
                    class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-road-map-line fr-btn--icon-left"
                    aria-controls="composer-area"
                    [attr.aria-expanded]="false"
                    (click)="mapShown.set(true)"
                  >
                    Dessiner une zone sur la carte
                  </button>
                }
              </div>
              <div class="fr-messages-group" id="composer-territory-messages" aria-live="polite">
                @if (territoryError(); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </fieldset>

            <fieldset
              class="fr-fieldset"
              [class.fr-fieldset--error]="state.error('audienceTypes')"
              id="composer-audienceTypes"
              tabindex="-1"
              aria-labelledby="composer-audience-legend composer-audience-messages"
            >
              <legend class="fr-fieldset__legend" id="composer-audience-legend">
                Destinataires *
                <span class="fr-hint-text"
                  >Les types d’organisation qui la reçoivent, sur ce territoire.</span
                >
              </legend>
              @for (group of audienceGroups; track group.label) {
                <div class="fr-fieldset__element">
                  <fieldset class="fr-fieldset fr-mb-0" [attr.aria-label]="group.label">
                    <legend class="fr-fieldset__legend fr-fieldset__legend--regular fr-text--bold fr-pb-1w">
                      {{ group.label }}
                    </legend>
                    @for (option of group.options; track option.value) {
                      <div class="fr-fieldset__element fr-fieldset__element--inline cnt-audience">
                        <div class="fr-checkbox-group fr-checkbox-group--sm">
                          <input
                            type="checkbox"
                            [id]="'composer-audience-' + option.value"
                            [checked]="value().audienceTypes.includes(option.value)"
                            (change)="toggle('audienceTypes', option.value, $any($event.target).checked)"
                          />
                          <label class="fr-label" [for]="'composer-audience-' + option.value">{{
                            option.label
                          }}</label>
                        </div>
                      </div>
                    }
                  </fieldset>
                </div>
              }
              <div class="fr-messages-group" id="composer-audience-messages" aria-live="polite">
                @if (state.error('audienceTypes'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </fieldset>

            <div class="fr-mb-4w" id="composer-caseId" tabindex="-1">
              <cnt-case-link [linked]="linked()" (changed)="setCase($event)" />
              @if (state.error('caseId'); as message) {
                <p class="fr-message fr-message--error">{{ message }}</p>
              }
            </div>

            <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
              <li>
                <button class="fr-btn fr-icon-send-plane-line" type="submit" [disabled]="state.busy()">
                  Envoyer l’alerte
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" routerLink="/alertes">Annuler</a>
              </li>
            </ul>
          </form>
        </div>
        <div class="fr-col-12 fr-col-lg-4">
          <div class="cnt-sticky">
            <cnt-audience-preview
              [preview]="preview.value() ?? null"
              [blocker]="blocker()"
              [problem]="previewProblem()"
              [loading]="preview.loading()"
            />
          </div>
        </div>
      </div>

      <cnt-dialog heading="Envoyer l’alerte" [open]="asking()" (closed)="asking.set(false)">
        <cnt-problem-alert [problem]="sendProblem()" />
        <p data-testid="confirm-text">{{ confirmText() }}</p>
        <p>
          Une alerte envoyée ne peut pas être retirée ; vous suivrez qui l’a lue et qui en a accusé réception.
        </p>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right">
          <li>
            <button class="fr-btn fr-btn--secondary" type="button" (click)="asking.set(false)">
              Annuler
            </button>
          </li>
          <li>
            <button class="fr-btn" type="button" [disabled]="state.busy()" (click)="send()">Envoyer</button>
          </li>
        </ul>
      </cnt-dialog>
    </div>
  `,
  styles: `
    .cnt-zones {
      list-style: none;
      padding-left: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      gap: 0.5rem 1.5rem;
    }
    .cnt-audience {
      min-width: 15rem;
    }
    .cnt-sticky {
      position: sticky;
      top: 1rem;
    }
  `,
})
export class ComposerPage {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly previewQuery = inject(AlertAudiencePreviewGQL);
  private readonly sendMutation = inject(SendAlertGQL);
  private readonly router = inject(Router);
  private readonly session = inject(Session);
  protected readonly lookup = inject(AlertsLookup);

  protected readonly severities = SEVERITY_OPTIONS;
  protected readonly categoryGroups = CATEGORY_GROUPS;
  protected readonly audienceGroups = AUDIENCE_GROUPS;
  protected readonly tileUrl = computed(() => this.session.appInfo()?.tileUrl ?? '');
  protected readonly tileAttribution = computed(() => this.session.appInfo()?.tileAttribution ?? '');
  protected readonly author = computed(() => {
    const user = this.session.user();
    return user ? `${user.fullName}, ${user.organization.name}` : '';
  });

  protected readonly form = this.fb.group({
    title: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(200)]],
    body: ['', [Validators.required, Validators.minLength(5), Validators.maxLength(5000)]],
    severity: this.fb.control('VIGILANCE', [Validators.required]),
    category: [''],
    communeCodes: this.fb.control<string[]>([]),
    zoneIds: this.fb.control<string[]>([]),
    area: this.fb.control<AreaPolygon | null>(null),
    audienceTypes: this.fb.control<string[]>([]),
    caseId: this.fb.control<string | null>(null),
  });
  protected readonly state = new FormState(
    this.form,
    {
      title: { what: 'le titre' },
      body: { what: 'le message' },
      severity: { what: 'la gravité', choice: true },
      audienceTypes: { what: 'au moins un type d’organisation destinataire', choice: true },
    },
    'composer',
  );
  protected readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  }) as () => ComposerValue;
  protected readonly area = signal<AreaPolygon | null>(null);
  protected readonly linked = signal<LinkedCase | null>(null);
  protected readonly mapShown = signal(false);
  protected readonly asking = signal(false);
  protected readonly sendProblem = signal<Problem | null>(null);

  private readonly current = computed((): ComposerValue => ({
    ...this.value(),
    area: this.area(),
    caseId: this.linked()?.id ?? null,
  }));
  protected readonly blocker = computed(() => previewBlocker(this.current()));
  private readonly previewArgs = debounced(
    computed(() => previewInput(this.current()), {
      equal: (a, b) => JSON.stringify(a) === JSON.stringify(b),
    }),
    400,
  );
  protected readonly preview = liveQuery(
    () => this.previewArgs(),
    (input) =>
      input
        ? this.previewQuery
            .fetch({ variables: { input: input as ManualAlertInput }, fetchPolicy: 'network-only' })
            .pipe(map((result) => result.data?.alertAudiencePreview ?? null))
        : of(null),
  );
  protected readonly previewProblem = computed(() => {
    const problem = this.preview.problem();
    if (!problem) return null;
    const fields = Object.values(problem.fields);
    return problem.message === FIELDS_MESSAGE && fields.length > 0
      ? { ...problem, message: fields.join(' ') }
      : problem;
  });

  protected readonly confirmText = computed(() => {
    const value = this.current();
    const audience = this.preview.value();
    const who = audience
      ? `${plural(audience.total, 'personne', 'personnes')} de ${plural(audience.organizations.length, 'organisation', 'organisations')}`
      : 'ses destinataires';
    return `Envoyer « ${value.title.trim()} » (${severityLabel(value.severity)}) à ${who} ?`;
  });

  /** The territory's one message: the server names `input.communeCodes`, `input.zoneIds` or `input.area`. */
  protected territoryError(): string | null {
    return this.state.error('communeCodes') ?? this.state.error('zoneIds') ?? this.state.error('area');
  }

  protected toggle(name: 'zoneIds' | 'audienceTypes', value: string, on: boolean): void {
    const control = this.form.controls[name];
    control.setValue(toggled(control.value, value, on));
    control.markAsTouched();
    if (name === 'zoneIds') this.clearTerritoryErrors();
  }

  protected setArea(area: AreaPolygon | null): void {
    this.area.set(area);
    this.form.controls.area.setValue(area);
    this.clearTerritoryErrors();
  }

  protected setCase(linked: LinkedCase | null): void {
    this.linked.set(linked);
    this.form.controls.caseId.setValue(linked?.id ?? null);
  }

  /** The territory is one question: an answer in any of its three fields settles it. */
  private clearTerritoryErrors(): void {
    for (const name of ['communeCodes', 'zoneIds', 'area'] as const) {
      const control = this.form.controls[name];
      if (control.errors) control.updateValueAndValidity();
    }
  }

  /** Checks the form, then asks for confirmation. */
  protected ask(): void {
    const value = this.current();
    if (value.communeCodes.length === 0 && value.zoneIds.length === 0 && !value.area)
      this.form.controls.communeCodes.setErrors({ server: TERRITORY_MESSAGE });
    if (value.audienceTypes.length === 0)
      this.form.controls.audienceTypes.setErrors({ server: AUDIENCE_MESSAGE });
    if (!this.state.check()) return;
    this.sendProblem.set(null);
    this.asking.set(true);
  }

  protected async send(): Promise<void> {
    this.state.busy.set(true);
    this.sendProblem.set(null);
    try {
      const input = manualAlertInput(this.current()) as ManualAlertInput;
      const result = await firstValueFrom(this.sendMutation.mutate({ variables: { input } }));
      const id = result.data?.sendAlert.id;
      if (!id) return;
      this.asking.set(false);
      await this.router.navigate(['/alertes/envoyees', id], {
        state: { notice: `Alerte « ${input.title} » envoyée.` },
      });
    } catch (error) {
      const problem = describeProblem(error);
      // A refused field is corrected in the form: close the dialog and show it there.
      if (Object.keys(problem.fields).length > 0) {
        this.asking.set(false);
        this.state.refused(problem);
      } else {
        this.sendProblem.set(problem);
      }
    } finally {
      this.state.busy.set(false);
    }
  }
}
