import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
} from '@angular/core';
import {
  AbstractControl,
  NonNullableFormBuilder,
  ReactiveFormsModule,
  ValidationErrors,
  Validators,
} from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import { ORGANIZATION_TYPES } from '@continuum/domain';
import {
  CommuneNamesGQL,
  CreateOrganizationGQL,
  describeProblem,
  liveQuery,
  ManagedOrganizationFragment,
  ManagedOrganizationGQL,
  OrganizationType,
  Session,
  SetOrganizationDisabledGQL,
  UpdateOrganizationGQL,
} from '@continuum/web/data-access';
import { blankToNull, FormState, phoneError, ProblemAlertComponent } from '@continuum/web/ui';
import { CommunePickerComponent } from '@continuum/web/ui/forms';
import { firstValueFrom, map, of } from 'rxjs';
import { Flash } from '../flash';
import { blankToOmitted } from '../form-messages';

/** Competence: the whole département, or at least one commune. */
function competenceRequired(group: AbstractControl): ValidationErrors | null {
  const whole = group.get('wholeDepartement')?.value as boolean;
  const codes = group.get('competenceCommuneCodes');
  if (!codes) return null;
  const missing = !whole && (codes.value as string[]).length === 0;
  const errors = { ...(codes.errors ?? {}) };
  delete errors['atLeastOne'];
  if (missing)
    errors['atLeastOne'] = 'Choisissez au moins une commune de compétence, ou « tout le département ».';
  codes.setErrors(Object.keys(errors).length > 0 ? errors : null, { emitEvent: false });
  return null;
}

/** Create an organisation, or edit one (`/administration/organisations/:id`), disable or re-enable it. */
@Component({
  selector: 'cnt-organization-form-page',
  imports: [ReactiveFormsModule, RouterLink, ProblemAlertComponent, CommunePickerComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/administration/organisations"
        >Retour aux organisations</a
      >
    </p>
    <h1>{{ heading() }}</h1>

    @if (editing() && !existing.value()) {
      <cnt-problem-alert [problem]="existing.problem()" />
      @if (!existing.problem()) {
        <p>Chargement de l’organisation…</p>
      }
    } @else {
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-lg-8">
          <cnt-problem-alert [problem]="state.problem()" />
          <form [formGroup]="form" novalidate (ngSubmit)="save()" aria-label="Organisation">
            <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('name')">
              <label class="fr-label" for="org-name">Nom *</label>
              <input
                class="fr-input"
                id="org-name"
                formControlName="name"
                autocomplete="off"
                [class.fr-input--error]="state.error('name')"
                aria-describedby="org-name-messages"
                [attr.aria-invalid]="state.error('name') ? true : null"
              />
              <div class="fr-messages-group" id="org-name-messages" aria-live="polite">
                @if (state.error('name'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            @if (editing()) {
              <p class="fr-mb-3w">
                <span class="fr-text--bold">Type :</span> {{ existing.value()?.typeLabel }}
              </p>
            } @else {
              <div class="fr-select-group" [class.fr-select-group--error]="state.error('type')">
                <label class="fr-label" for="org-type">Type d’acteur *</label>
                <select
                  class="fr-select"
                  id="org-type"
                  formControlName="type"
                  [class.fr-select--error]="state.error('type')"
                  aria-describedby="org-type-messages"
                  [attr.aria-invalid]="state.error('type') ? true : null"
                >
                  <option value="" disabled>Choisir un type</option>
                  @for (option of typeOptions; track option.value) {
                    <option [value]="option.value">{{ option.label }}</option>
                  }
                </select>
                <div class="fr-messages-group" id="org-type-messages" aria-live="polite">
                  @if (state.error('type'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </div>
            }

            <fieldset class="fr-fieldset" id="org-wholeDepartement" aria-labelledby="org-competence-legend">
              <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="org-competence-legend">
                Compétence territoriale *
              </legend>
              <div class="fr-fieldset__element">
                <div class="fr-radio-group">
                  <input
                    type="radio"
                    id="org-whole-yes"
                    name="wholeDepartement"
                    [value]="true"
                    formControlName="wholeDepartement"
                  />
                  <label class="fr-label" for="org-whole-yes">Tout le département</label>
                </div>
              </div>
              <div class="fr-fieldset__element">
                <div class="fr-radio-group">
                  <input
                    type="radio"
                    id="org-whole-no"
                    name="wholeDepartement"
                    [value]="false"
                    formControlName="wholeDepartement"
                  />
                  <label class="fr-label" for="org-whole-no">Certaines communes</label>
                </div>
              </div>
            </fieldset>

            @if (!form.controls.wholeDepartement.value) {
              <cnt-commune-picker
                formControlName="competenceCommuneCodes"
                inputId="org-competenceCommuneCodes"
                label="Communes de compétence *"
                [communes]="communes.value() ?? []"
                [invalid]="!!state.error('competenceCommuneCodes')"
              >
                <div class="fr-messages-group" id="org-competenceCommuneCodes-messages" aria-live="polite">
                  @if (state.error('competenceCommuneCodes'); as message) {
                    <p class="fr-message fr-message--error">{{ message }}</p>
                  }
                </div>
              </cnt-commune-picker>
            }

            <div
              class="fr-select-group fr-mt-3w"
              [class.fr-select-group--error]="state.error('seatCommuneCode')"
            >
              <label class="fr-label" for="org-seatCommuneCode">Commune du siège</label>
              <select
                class="fr-select"
                id="org-seatCommuneCode"
                formControlName="seatCommuneCode"
                [class.fr-select--error]="state.error('seatCommuneCode')"
                aria-describedby="org-seatCommuneCode-messages"
              >
                <option value="">Non renseignée</option>
                @for (commune of communes.value() ?? []; track commune.code) {
                  <option [value]="commune.code">{{ commune.name }}</option>
                }
              </select>
              <div class="fr-messages-group" id="org-seatCommuneCode-messages" aria-live="polite">
                @if (state.error('seatCommuneCode'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('email')">
              <label class="fr-label" for="org-email">
                Adresse électronique de contact
                <span class="fr-hint-text">Une adresse fonctionnelle de préférence</span>
              </label>
              <input
                class="fr-input"
                id="org-email"
                type="email"
                formControlName="email"
                autocomplete="off"
                [class.fr-input--error]="state.error('email')"
                aria-describedby="org-email-messages"
                [attr.aria-invalid]="state.error('email') ? true : null"
              />
              <div class="fr-messages-group" id="org-email-messages" aria-live="polite">
                @if (state.error('email'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('phone')">
              <label class="fr-label" for="org-phone">Téléphone</label>
              <input
                class="fr-input"
                id="org-phone"
                type="tel"
                formControlName="phone"
                autocomplete="off"
                [class.fr-input--error]="state.error('phone')"
                aria-describedby="org-phone-messages"
                [attr.aria-invalid]="state.error('phone') ? true : null"
              />
              <div class="fr-messages-group" id="org-phone-messages" aria-live="polite">
                @if (state.error('phone'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
              <li>
                <button class="fr-btn" type="submit" [disabled]="state.busy()">
                  {{ editing() ? 'Enregistrer les modifications' : 'Créer l’organisation' }}
                </button>
              </li>
              <li>
                <a class="fr-btn fr-btn--secondary" routerLink="/administration/organisations">Annuler</a>
              </li>
            </ul>
          </form>

          @if (editing() && canDisable()) {
            @let org = existing.value();
            <section class="fr-mt-6w fr-p-3w cnt-danger" aria-labelledby="org-disable-title">
              @if (org?.disabled) {
                <h2 class="fr-h5" id="org-disable-title">Organisation désactivée</h2>
                <p>Ses membres ne peuvent plus se connecter. La réactivation leur rend l’accès.</p>
                <button
                  class="fr-btn fr-btn--secondary"
                  type="button"
                  [disabled]="state.busy()"
                  (click)="setDisabled(false)"
                >
                  Réactiver l’organisation
                </button>
              } @else {
                <h2 class="fr-h5" id="org-disable-title">Désactiver l’organisation</h2>
                <p>
                  Les sessions de tous ses membres sont fermées aussitôt et ils ne peuvent plus se connecter.
                </p>
                <div class="fr-input-group">
                  <label class="fr-label" for="org-disable-reason">
                    Motif
                    <span class="fr-hint-text">Inscrit au journal d’audit</span>
                  </label>
                  <input
                    class="fr-input"
                    id="org-disable-reason"
                    [value]="reason()"
                    (input)="reason.set($any($event.target).value)"
                  />
                </div>
                <button
                  class="fr-btn fr-btn--tertiary cnt-danger__button"
                  type="button"
                  [disabled]="state.busy()"
                  (click)="setDisabled(true)"
                >
                  Désactiver l’organisation
                </button>
              }
            </section>
          }
        </div>
      </div>
    }
  `,
  styles: `
    .cnt-danger {
      border: 1px solid var(--border-default-grey);
      border-left: 4px solid var(--border-plain-error);
    }
    .cnt-danger__button {
      color: var(--text-default-error);
    }
  `,
})
export class OrganizationFormPage {
  private readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly organizationQuery = inject(ManagedOrganizationGQL);
  private readonly communeNamesQuery = inject(CommuneNamesGQL);
  private readonly createOrganization = inject(CreateOrganizationGQL);
  private readonly updateOrganization = inject(UpdateOrganizationGQL);
  private readonly setOrganizationDisabled = inject(SetOrganizationDisabledGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  readonly id = input<string>();
  protected readonly editing = computed(() => !!this.id());
  protected readonly reason = signal('');
  protected readonly typeOptions = Object.entries(ORGANIZATION_TYPES).map(([value, info]) => ({
    value,
    label: info.label,
  }));

  protected readonly form = this.fb.group(
    {
      name: ['', [Validators.required, Validators.maxLength(200)]],
      type: ['' as OrganizationType | '', [Validators.required]],
      wholeDepartement: [false],
      competenceCommuneCodes: this.fb.control<string[]>([]),
      seatCommuneCode: [''],
      email: ['', [Validators.email, Validators.maxLength(254)]],
      phone: ['', [(control: AbstractControl) => phoneError(control.value)]],
    },
    { validators: [competenceRequired] },
  );
  protected readonly state = new FormState(
    this.form,
    {
      name: { what: 'le nom de l’organisation' },
      type: { what: 'le type d’acteur', choice: true },
      competenceCommuneCodes: { what: 'au moins une commune', choice: true },
      seatCommuneCode: { what: 'la commune du siège', choice: true },
      email: { what: 'l’adresse électronique' },
      phone: { what: 'le téléphone' },
    },
    'org',
  );

  protected readonly existing = liveQuery(
    () => this.id(),
    (id) =>
      id
        ? this.organizationQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.organization ?? null))
        : of(null),
  );
  protected readonly communes = liveQuery(
    () => null,
    () => this.communeNamesQuery.fetch().pipe(map((r) => r.data?.communes ?? [])),
  );

  protected readonly heading = computed(() => {
    if (!this.editing()) return 'Créer une organisation';
    return this.existing.value()?.name ?? 'Organisation';
  });
  protected readonly canDisable = computed(() => {
    const org = this.existing.value();
    return !!org && this.session.can('disable', { __typename: 'Organization', id: org.id });
  });

  constructor() {
    effect(() => {
      const editing = this.editing();
      untracked(() => (editing ? this.form.controls.type.disable() : this.form.controls.type.enable()));
    });
    effect(() => {
      const org = this.existing.value();
      if (org) untracked(() => this.fill(org));
    });
  }

  protected async save(): Promise<void> {
    this.form.updateValueAndValidity();
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    const common = {
      name: value.name.trim(),
      wholeDepartement: value.wholeDepartement,
      competenceCommuneCodes: value.wholeDepartement ? [] : value.competenceCommuneCodes,
      seatCommuneCode: blankToNull(value.seatCommuneCode),
    };
    this.state.busy.set(true);
    try {
      const id = this.id();
      if (id) {
        const contact = { email: blankToOmitted(value.email), phone: blankToOmitted(value.phone) };
        await firstValueFrom(
          this.updateOrganization.mutate({ variables: { id, input: { ...common, ...contact } } }),
        );
        this.flash.set(`L’organisation « ${common.name} » a été modifiée.`);
      } else {
        await firstValueFrom(
          this.createOrganization.mutate({
            variables: { input: { ...common, type: value.type as OrganizationType } },
          }),
        );
        this.flash.set(`L’organisation « ${common.name} » a été créée.`);
      }
      await this.router.navigate(['/administration/organisations']);
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  protected async setDisabled(disabled: boolean): Promise<void> {
    const org = this.existing.value();
    if (!org) return;
    this.state.busy.set(true);
    this.state.problem.set(null);
    try {
      await firstValueFrom(
        this.setOrganizationDisabled.mutate({
          variables: { id: org.id, disabled, reason: blankToNull(this.reason()) },
        }),
      );
      this.flash.set(`L’organisation « ${org.name} » a été ${disabled ? 'désactivée' : 'réactivée'}.`);
      await this.router.navigate(['/administration/organisations']);
    } catch (error) {
      this.state.problem.set(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  private fill(org: ManagedOrganizationFragment): void {
    this.form.patchValue({
      name: org.name,
      type: org.type,
      wholeDepartement: org.wholeDepartement,
      competenceCommuneCodes: org.competenceCommunes.map((c) => c.code),
      seatCommuneCode: org.seat?.code ?? '',
      email: org.email ?? '',
      phone: org.phone ?? '',
    });
    this.form.markAsPristine();
  }
}
