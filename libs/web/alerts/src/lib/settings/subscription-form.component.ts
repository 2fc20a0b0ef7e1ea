import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  output,
  signal,
  untracked,
} from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import {
  AlertSubscriptionFieldsFragment,
  AlertSubscriptionInput,
  describeProblem,
  ResetMyAlertSubscriptionGQL,
  SaveMyAlertSubscriptionGQL,
  SaveOrganizationAlertSubscriptionGQL,
  Session,
} from '@continuum/web/data-access';
import { AreaMapComponent, areaPolygon, AreaPolygon, MapZone } from '@continuum/web/map';
import { FormState, ProblemAlertComponent } from '@continuum/web/ui';
import { CommuneOption, CommunePickerComponent } from '@continuum/web/ui/forms';
import { firstValueFrom } from 'rxjs';
import {
  CATEGORY_GROUPS,
  EMAIL_MODE_OPTIONS,
  MIN_SEVERITY_OPTIONS,
  SCOPE_OPTIONS,
  sourceText,
} from '../shared/alert-labels';
import {
  formValueOf,
  missingTerritory,
  subscriptionInput,
  SubscriptionFormValue,
  toggled,
} from './subscription-input';

/** The territory an organisation covers, to say what « compétence » means and offer its communes. */
export interface Competence {
  wholeDepartement: boolean;
  communes: readonly CommuneOption[];
}

/**
 * One subscription: mine (`organizationId` null) or my organisation's defaults. Territory (the
 * organisation's competence, some communes, some zones, or an area drawn on the map), categories,
 * minimum severity, and channels. The server checks the territory against the organisation's
 * competence; its refusal shows under the field it names (`input.zoneIds` → the zones).
 */
@Component({
  selector: 'cnt-subscription-form',
  imports: [ReactiveFormsModule, ProblemAlertComponent, CommunePickerComponent, AreaMapComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <form
      [formGroup]="form"
      novalidate
      (ngSubmit)="save()"
      [attr.aria-label]="heading()"
      data-testid="subscription-form"
    >
      <div class="fr-callout fr-icon-information-line fr-mb-4w" data-testid="subscription-source">
        <p class="fr-callout__text fr-text--md">{{ source() }}</p>
        @if (!organizationId() && subscription().source === 'USER') {
          <button
            type="button"
            class="fr-btn fr-btn--secondary fr-btn--sm fr-mt-2w"
            [disabled]="state.busy()"
            (click)="reset()"
          >
            Revenir aux réglages de mon organisation
          </button>
        }
      </div>

      @if (saved(); as message) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
          <p>{{ message }}</p>
        </div>
      }
      <cnt-problem-alert [problem]="state.problem()" />

      <fieldset class="fr-fieldset" [id]="id('scope')" [attr.aria-labelledby]="id('scope') + '-legend'">
        <legend class="fr-fieldset__legend" [id]="id('scope') + '-legend'">Territoire suivi</legend>
        @for (option of scopes; track option.value) {
          <div class="fr-fieldset__element">
            <div class="fr-radio-group">
              <input
                type="radio"
                [id]="id('scope-' + option.value)"
                formControlName="scope"
                [value]="option.value"
                [name]="id('scope')"
              />
              <label class="fr-label" [for]="id('scope-' + option.value)">
                {{ scopeLabel(option.value, option.label) }}
                @if (option.value === 'COMPETENCE') {
                  <span class="fr-hint-text">{{ competenceText() }}</span>
                }
              </label>
            </div>
          </div>
        }
      </fieldset>

      @switch (value().scope) {
        @case ('COMMUNES') {
          <div class="fr-mb-4w cnt-territory">
            <cnt-commune-picker
              formControlName="communeCodes"
              [inputId]="id('communeCodes')"
              label="Communes suivies *"
              [communes]="communeOptions()"
              [invalid]="!!state.error('communeCodes')"
            >
              <div class="fr-messages-group" [id]="id('communeCodes') + '-messages'" aria-live="polite">
                @if (state.error('communeCodes'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </cnt-commune-picker>
          </div>
        }
        @case ('ZONES') {
          <fieldset
            class="fr-fieldset cnt-territory"
            [class.fr-fieldset--error]="state.error('zoneIds')"
            [id]="id('zoneIds')"
            tabindex="-1"
            [attr.aria-labelledby]="id('zoneIds') + '-legend ' + id('zoneIds') + '-messages'"
          >
            <legend class="fr-fieldset__legend fr-fieldset__legend--regular" [id]="id('zoneIds') + '-legend'">
              Zones suivies *
              <span class="fr-hint-text"
                >Au moins une commune de la zone doit être dans la compétence de l’organisation.</span
              >
            </legend>
            @for (zone of zoneChoices(); track zone.id) {
              <div class="fr-fieldset__element fr-fieldset__element--inline cnt-choice">
                <div class="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    [id]="id('zone-' + zone.id)"
                    [checked]="value().zoneIds.includes(zone.id)"
                    (change)="toggle('zoneIds', zone.id, $any($event.target).checked)"
                  />
                  <label class="fr-label" [for]="id('zone-' + zone.id)">
                    {{ zone.name }}
                    <span class="fr-hint-text">{{ zone.kindLabel }}</span>
                  </label>
                </div>
              </div>
            } @empty {
              <p class="fr-fieldset__element fr-text--sm">
                Aucune zone ne recoupe la compétence de l’organisation.
              </p>
            }
            <div class="fr-messages-group" [id]="id('zoneIds') + '-messages'" aria-live="polite">
              @if (state.error('zoneIds'); as message) {
                <p class="fr-message fr-message--error" data-testid="zone-error">{{ message }}</p>
              }
            </div>
          </fieldset>
        }
        @case ('AREA') {
          <div
            class="fr-input-group fr-mb-4w cnt-territory"
            [class.fr-input-group--error]="state.error('area')"
            [id]="id('area')"
            tabindex="-1"
          >
            <p class="fr-label fr-mb-1w">
              Zone dessinée *
              <span class="fr-hint-text"
                >Les alertes qui la recoupent vous parviennent. Au clavier, choisissez plutôt des communes ou
                des zones.</span
              >
            </p>
            <cnt-area-map
              [zones]="zones()"
              [area]="area()"
              [tileUrl]="tileUrl()"
              [tileAttribution]="tileAttribution()"
              [invalid]="!!state.error('area')"
              label="Carte : la zone suivie"
              (areaChange)="setArea($event)"
            />
            <div class="fr-messages-group" [id]="id('area') + '-messages'" aria-live="polite">
              @if (state.error('area'); as message) {
                <p class="fr-message fr-message--error" data-testid="area-error">{{ message }}</p>
              }
            </div>
          </div>
        }
      }

      <fieldset
        class="fr-fieldset"
        [id]="id('categories')"
        [attr.aria-labelledby]="id('categories') + '-legend'"
      >
        <legend class="fr-fieldset__legend" [id]="id('categories') + '-legend'">
          Catégories
          <span class="fr-hint-text">Aucune case cochée : toutes les catégories.</span>
        </legend>
        @for (group of categoryGroups; track group.label) {
          <div class="fr-fieldset__element">
            <p class="fr-text--sm fr-text--bold fr-mb-1w">{{ group.label }}</p>
            <ul class="cnt-grid" [attr.aria-label]="group.label">
              @for (option of group.options; track option.value) {
                <li class="fr-checkbox-group fr-checkbox-group--sm">
                  <input
                    type="checkbox"
                    [id]="id('category-' + option.value)"
                    [checked]="value().categories.includes(option.value)"
                    (change)="toggle('categories', option.value, $any($event.target).checked)"
                  />
                  <label class="fr-label" [for]="id('category-' + option.value)">{{ option.label }}</label>
                </li>
              }
            </ul>
          </div>
        }
      </fieldset>

      <fieldset
        class="fr-fieldset"
        [id]="id('minSeverity')"
        [attr.aria-labelledby]="id('minSeverity') + '-legend'"
      >
        <legend class="fr-fieldset__legend" [id]="id('minSeverity') + '-legend'">Gravité</legend>
        @for (option of severities; track option.value) {
          <div class="fr-fieldset__element">
            <div class="fr-radio-group">
              <input
                type="radio"
                [id]="id('minSeverity-' + option.value)"
                formControlName="minSeverity"
                [value]="option.value"
                [name]="id('minSeverity')"
              />
              <label class="fr-label" [for]="id('minSeverity-' + option.value)">{{ option.label }}</label>
            </div>
          </div>
        }
      </fieldset>

      <fieldset class="fr-fieldset" [id]="id('channels')" [attr.aria-labelledby]="id('channels') + '-legend'">
        <legend class="fr-fieldset__legend" [id]="id('channels') + '-legend'">Comment les recevoir</legend>
        <div class="fr-fieldset__element">
          <div class="fr-checkbox-group">
            <input type="checkbox" [id]="id('inApp')" formControlName="inApp" />
            <label class="fr-label" [for]="id('inApp')">
              Dans Continuum
              <span class="fr-hint-text">La cloche de l’en-tête et « Mes alertes », en direct.</span>
            </label>
          </div>
        </div>
        <p class="fr-fieldset__element fr-text--sm fr-text--bold fr-mb-1w fr-mt-2w">Par courriel</p>
        @for (option of emailModes; track option.value) {
          <div class="fr-fieldset__element">
            <div class="fr-radio-group">
              <input
                type="radio"
                [id]="id('emailMode-' + option.value)"
                formControlName="emailMode"
                [value]="option.value"
                [name]="id('emailMode')"
              />
              <label class="fr-label" [for]="id('emailMode-' + option.value)">{{ option.label }}</label>
            </div>
          </div>
        }
        @if (!value().inApp && value().emailMode === 'NONE') {
          <div class="fr-fieldset__element">
            <p class="fr-message fr-message--info" data-testid="no-channel">
              Ni dans Continuum ni par courriel : {{ organizationId() ? 'les membres' : 'vous' }} ne
              {{ organizationId() ? 'recevront' : 'recevrez' }} plus ces alertes, sauf celles qui
              {{ organizationId() ? 'les' : 'vous' }} nomment.
            </p>
          </div>
        }
      </fieldset>

      <ul class="fr-btns-group fr-btns-group--inline-md">
        <li>
          <button class="fr-btn" type="submit" [disabled]="state.busy()">
            {{ organizationId() ? 'Enregistrer les réglages de l’organisation' : 'Enregistrer mes réglages' }}
          </button>
        </li>
      </ul>
    </form>
  `,
  styles: `
    .cnt-choice {
      min-width: 18rem;
    }
    .cnt-grid {
      list-style: none;
      padding-left: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr));
      gap: 0.5rem 1.5rem;
    }
    .cnt-territory {
      margin-left: 2rem;
    }
    @media (max-width: 48em) {
      .cnt-territory {
        margin-left: 0;
      }
    }
  `,
})
export class SubscriptionFormComponent {
  private readonly fb = inject(NonNullableFormBuilder);
  private readonly saveMine = inject(SaveMyAlertSubscriptionGQL);
  private readonly resetMine = inject(ResetMyAlertSubscriptionGQL);
  private readonly saveDefaults = inject(SaveOrganizationAlertSubscriptionGQL);
  private readonly session = inject(Session);

  readonly subscription = input.required<AlertSubscriptionFieldsFragment>();
  /** My organisation's defaults; null for my own settings. */
  readonly organizationId = input<string | null>(null);
  readonly competence = input<Competence | null>(null);
  readonly communes = input<readonly CommuneOption[]>([]);
  readonly zones = input<readonly MapZone[]>([]);
  /** Saved or reset: the page reads the settings again, as the server now holds them. */
  readonly changed = output<void>();

  protected readonly scopes = SCOPE_OPTIONS;
  protected readonly categoryGroups = CATEGORY_GROUPS;
  protected readonly severities = MIN_SEVERITY_OPTIONS;
  protected readonly emailModes = EMAIL_MODE_OPTIONS;
  protected readonly tileUrl = computed(() => this.session.appInfo()?.tileUrl ?? '');
  protected readonly tileAttribution = computed(() => this.session.appInfo()?.tileAttribution ?? '');

  protected readonly form = this.fb.group({
    scope: this.fb.control('COMPETENCE', [Validators.required]),
    communeCodes: this.fb.control<string[]>([]),
    zoneIds: this.fb.control<string[]>([]),
    area: this.fb.control<AreaPolygon | null>(null),
    categories: this.fb.control<string[]>([]),
    minSeverity: this.fb.control('INFO', [Validators.required]),
    inApp: this.fb.control(true),
    emailMode: this.fb.control('NONE', [Validators.required]),
  });
  protected readonly state = new FormState(
    this.form,
    {
      communeCodes: { what: 'au moins une commune', choice: true },
      zoneIds: { what: 'au moins une zone', choice: true },
      area: { what: 'la zone sur la carte' },
    },
    'subscription',
  );
  protected readonly value = toSignal(this.form.valueChanges, {
    initialValue: this.form.getRawValue(),
  }) as () => SubscriptionFormValue;
  /** The drawn area lives in a signal too: the map reports it from Leaflet's events. */
  protected readonly area = signal<AreaPolygon | null>(null);
  protected readonly saved = signal<string | null>(null);

  protected readonly heading = computed(() =>
    this.organizationId() ? 'Réglages par défaut de mon organisation' : 'Mes réglages d’alerte',
  );
  protected readonly source = computed(() => sourceText(this.subscription().source, !!this.organizationId()));
  protected readonly competenceText = computed(() => {
    const competence = this.competence();
    if (!competence) return '';
    if (competence.wholeDepartement) return 'Tout le département.';
    const names = competence.communes.map((commune) => commune.name);
    return names.length > 8
      ? `${names.slice(0, 7).join(', ')} et ${names.length - 7} autres communes.`
      : `${names.join(', ')}.`;
  });
  /**
   * The zones offered: those with at least one commune in the competence (the server refuses the
   * others), and any already chosen, so that it can be unticked.
   */
  protected readonly zoneChoices = computed(() => {
    const competence = this.competence();
    if (!competence || competence.wholeDepartement) return this.zones();
    const covered = new Set(competence.communes.map((commune) => commune.code));
    const chosen = new Set(this.value().zoneIds);
    return this.zones().filter(
      (zone) => chosen.has(zone.id) || zone.communes.some((commune) => covered.has(commune.code)),
    );
  });
  /** The communes offered: those of the competence (the server refuses the others). */
  protected readonly communeOptions = computed(() => {
    const competence = this.competence();
    return competence && !competence.wholeDepartement ? competence.communes : this.communes();
  });

  constructor() {
    effect(() => {
      const subscription = this.subscription();
      untracked(() => {
        const area = areaPolygon(subscription.area);
        this.area.set(area);
        this.form.reset(formValueOf(subscription, area));
        this.state.submitted.set(false);
      });
    });
  }

  /** One form is shown at a time (the tabs): the same ids serve both. */
  protected id(name: string): string {
    return `subscription-${name}`;
  }

  protected scopeLabel(scope: string, label: string): string {
    return this.organizationId() && scope === 'COMPETENCE'
      ? 'Tout le territoire de compétence de l’organisation'
      : label;
  }

  protected toggle(name: 'zoneIds' | 'categories', value: string, on: boolean): void {
    const control = this.form.controls[name];
    control.setValue(toggled(control.value, value, on));
    control.markAsTouched();
  }

  protected setArea(area: AreaPolygon | null): void {
    this.area.set(area);
    this.form.controls.area.setValue(area);
    this.form.controls.area.markAsTouched();
  }

  protected async save(): Promise<void> {
    this.saved.set(null);
    const value = this.form.getRawValue() as SubscriptionFormValue;
    const missing = missingTerritory(value);
    if (missing) this.form.get(missing.field)?.setErrors({ server: missing.message });
    if (!this.state.check()) return;
    const input = subscriptionInput(value) as AlertSubscriptionInput;
    this.state.busy.set(true);
    try {
      const organizationId = this.organizationId();
      const result = organizationId
        ? (await firstValueFrom(this.saveDefaults.mutate({ variables: { organizationId, input } }))).data
            ?.saveOrganizationAlertSubscription
        : (await firstValueFrom(this.saveMine.mutate({ variables: { input } }))).data
            ?.saveMyAlertSubscription;
      if (result) {
        this.changed.emit();
        this.saved.set(
          organizationId
            ? 'Réglages par défaut de l’organisation enregistrés.'
            : 'Vos réglages sont enregistrés.',
        );
      }
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  protected async reset(): Promise<void> {
    this.saved.set(null);
    this.state.problem.set(null);
    this.state.busy.set(true);
    try {
      const result = (await firstValueFrom(this.resetMine.mutate())).data?.resetMyAlertSubscription;
      if (result) {
        this.changed.emit();
        this.saved.set('Vous suivez de nouveau les réglages de votre organisation.');
      }
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }
}
