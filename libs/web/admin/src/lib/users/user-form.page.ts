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
import {
  CreateUserGQL,
  describeProblem,
  liveQuery,
  ManagedOrganizationsGQL,
  ManagedUserFragment,
  ManagedUserGQL,
  Role,
  Session,
  UpdateUserGQL,
} from '@continuum/web/data-access';
import { blankToNull, FormState, FrDatePipe, phoneError, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, map, of } from 'rxjs';
import { Flash } from '../flash';
import { PendingGrantsComponent } from './pending-grants.component';
import { RoleChoiceComponent, waitingRoles } from './role-choice.component';
import { UserDisableComponent } from './user-disable.component';
import { blankToOmitted } from '../form-messages';

const ALL_ROLES: Role[] = ['AGENT', 'MANAGER', 'COORDINATOR', 'ADMIN'];

const MANAGER_ROLES: Role[] = ['AGENT', 'MANAGER'];
function atLeastOneRole(control: AbstractControl<Role[]>): ValidationErrors | null {
  return control.value.length > 0 ? null : { atLeastOne: 'Choisissez au moins un rôle.' };
}

/** Create an account, or edit one (`/administration/comptes/:id`), and disable or re-enable it. */
@Component({
  selector: 'cnt-user-form-page',
  imports: [
    ReactiveFormsModule,
    RouterLink,
    ProblemAlertComponent,
    FrDatePipe,
    PendingGrantsComponent,
    UserDisableComponent,
    RoleChoiceComponent,
  ],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <p>
      <a class="fr-link fr-icon-arrow-left-line fr-link--icon-left" routerLink="/administration/comptes"
        >Retour aux comptes</a
      >
    </p>
    <h1>{{ heading() }}</h1>

    @if (editing() && !existing.value()) {
      <cnt-problem-alert [problem]="existing.problem()" />
      @if (!existing.problem()) {
        <p>Chargement du compte…</p>
      }
    } @else {
      <div class="fr-grid-row">
        <div class="fr-col-12 fr-col-lg-8">
          <cnt-problem-alert [problem]="state.problem()" />
          <form [formGroup]="form" novalidate (ngSubmit)="save()" aria-label="Compte">
            <p class="fr-text--sm">Les champs marqués d’un astérisque (*) sont obligatoires.</p>

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('fullName')">
              <label class="fr-label" for="user-fullName">Nom complet *</label>
              <input
                class="fr-input"
                id="user-fullName"
                formControlName="fullName"
                autocomplete="off"
                [class.fr-input--error]="state.error('fullName')"
                aria-describedby="user-fullName-messages"
                [attr.aria-invalid]="state.error('fullName') ? true : null"
              />
              <div class="fr-messages-group" id="user-fullName-messages" aria-live="polite">
                @if (state.error('fullName'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('title')">
              <label class="fr-label" for="user-title">
                Fonction
                <span class="fr-hint-text">Par exemple : coordonnatrice du CLSPD</span>
              </label>
              <input
                class="fr-input"
                id="user-title"
                formControlName="title"
                autocomplete="off"
                [class.fr-input--error]="state.error('title')"
                aria-describedby="user-title-messages"
              />
              <div class="fr-messages-group" id="user-title-messages" aria-live="polite">
                @if (state.error('title'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            @if (editing()) {
              <p class="fr-mb-3w">
                <span class="fr-text--bold">Adresse électronique :</span> {{ existing.value()?.email }}<br />
                <span class="fr-text--bold">Organisation :</span> {{ existing.value()?.organization?.name
                }}<br />
                <span class="fr-text--bold">Dernière connexion :</span>
                {{ (existing.value()?.lastLoginAt | frDate) || 'jamais' }}
              </p>
            } @else {
              <div class="fr-input-group" [class.fr-input-group--error]="state.error('email')">
                <label class="fr-label" for="user-email">
                  Adresse électronique *
                  <span class="fr-hint-text"
                    >Elle sert d’identifiant de connexion. Format attendu : prenom.nom&#64;exemple.fr</span
                  >
                </label>
                <input
                  class="fr-input"
                  id="user-email"
                  type="email"
                  formControlName="email"
                  autocomplete="off"
                  spellcheck="false"
                  [class.fr-input--error]="state.error('email')"
                  aria-describedby="user-email-messages"
                  [attr.aria-invalid]="state.error('email') ? true : null"
                />
                <div class="fr-messages-group" id="user-email-messages" aria-live="polite">
                  @if (state.error('email'); as message) {
                    <p class="fr-message fr-message--error" data-testid="error-email">{{ message }}</p>
                  }
                </div>
              </div>

              @if (isAdmin()) {
                <div class="fr-select-group" [class.fr-select-group--error]="state.error('organizationId')">
                  <label class="fr-label" for="user-organizationId">Organisation *</label>
                  <select
                    class="fr-select"
                    id="user-organizationId"
                    formControlName="organizationId"
                    [class.fr-select--error]="state.error('organizationId')"
                    aria-describedby="user-organizationId-messages"
                    [attr.aria-invalid]="state.error('organizationId') ? true : null"
                  >
                    <option value="" disabled>Choisir une organisation</option>
                    @for (org of organizations.value() ?? []; track org.id) {
                      <option [value]="org.id">{{ org.name }}</option>
                    }
                  </select>
                  <div class="fr-messages-group" id="user-organizationId-messages" aria-live="polite">
                    @if (state.error('organizationId'); as message) {
                      <p class="fr-message fr-message--error">{{ message }}</p>
                    }
                  </div>
                </div>
              } @else {
                <p class="fr-mb-3w">
                  <span class="fr-text--bold">Organisation :</span> {{ session.user()?.organization?.name }}
                </p>
              }
            }

            <div class="fr-input-group" [class.fr-input-group--error]="state.error('phone')">
              <label class="fr-label" for="user-phone">
                Téléphone
                <span class="fr-hint-text">Par exemple : 02 38 00 00 00</span>
              </label>
              <input
                class="fr-input"
                id="user-phone"
                type="tel"
                formControlName="phone"
                autocomplete="off"
                [class.fr-input--error]="state.error('phone')"
                aria-describedby="user-phone-messages"
                [attr.aria-invalid]="state.error('phone') ? true : null"
              />
              <div class="fr-messages-group" id="user-phone-messages" aria-live="polite">
                @if (state.error('phone'); as message) {
                  <p class="fr-message fr-message--error">{{ message }}</p>
                }
              </div>
            </div>

            <cnt-role-choice
              [options]="roleOptions()"
              [chosen]="rolesChosen()"
              [error]="state.error('roles')"
              [inviting]="!editing()"
              (toggle)="toggleRole($event.role, $event.checked)"
            />

            <ul class="fr-btns-group fr-btns-group--inline-md fr-mt-4w">
              <li>
                <button class="fr-btn" type="submit" [disabled]="state.busy()">
                  {{ editing() ? 'Enregistrer les modifications' : 'Créer le compte' }}
                </button>
              </li>
              <li><a class="fr-btn fr-btn--secondary" routerLink="/administration/comptes">Annuler</a></li>
            </ul>
          </form>

          @if (editing()) {
            <cnt-pending-grants [userId]="id() ?? null" (changed)="existing.reload()" />
          }
          @if (editing() && canDisable()) {
            <cnt-user-disable [user]="existing.value()!" />
          }
        </div>
      </div>
    }
  `,
})
export class UserFormPage {
  protected readonly session = inject(Session);
  private readonly router = inject(Router);
  private readonly flash = inject(Flash);
  private readonly userQuery = inject(ManagedUserGQL);
  private readonly organizationsQuery = inject(ManagedOrganizationsGQL);
  private readonly createUser = inject(CreateUserGQL);
  private readonly updateUser = inject(UpdateUserGQL);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Route parameter: absent when creating. */
  readonly id = input<string>();
  protected readonly editing = computed(() => !!this.id());

  protected readonly form = this.fb.group({
    fullName: ['', [Validators.required, Validators.maxLength(200)]],
    title: ['', [Validators.maxLength(200)]],
    email: ['', [Validators.required, Validators.email, Validators.maxLength(254)]],
    organizationId: ['', [Validators.required]],
    phone: ['', [(control: AbstractControl) => phoneError(control.value)]],
    roles: this.fb.control<Role[]>(['AGENT'], [atLeastOneRole]),
  });
  protected readonly state = new FormState(
    this.form,
    {
      fullName: { what: 'le nom complet' },
      title: { what: 'la fonction' },
      email: { what: 'l’adresse électronique' },
      organizationId: { what: 'l’organisation', choice: true },
      phone: { what: 'le téléphone' },
      roles: { what: 'au moins un rôle', choice: true },
    },
    'user',
  );

  protected readonly isAdmin = computed(() => this.session.user()?.roles.includes('ADMIN') ?? false);
  protected readonly roleOptions = computed(() => (this.isAdmin() ? ALL_ROLES : MANAGER_ROLES));

  protected readonly existing = liveQuery(
    () => this.id(),
    (id) =>
      id
        ? this.userQuery
            .fetch({ variables: { id }, fetchPolicy: 'network-only' })
            .pipe(map((r) => r.data?.user ?? null))
        : of(null),
  );
  protected readonly organizations = liveQuery(
    () => this.isAdmin() && !this.editing(),
    (load) =>
      load
        ? this.organizationsQuery
            .fetch()
            .pipe(map((r) => r.data?.organizations.filter((o) => !o.disabled) ?? []))
        : of([]),
  );

  protected readonly heading = computed(() => {
    const user = this.existing.value();
    if (!this.editing()) return 'Créer un compte';
    return user ? `Compte de ${user.fullName}` : 'Compte';
  });
  protected readonly canDisable = computed(() => {
    const user = this.existing.value();
    if (!user || user.id === this.session.user()?.id) return false;
    return this.session.can('disable', { __typename: 'User', organizationId: user.organization.id });
  });

  constructor() {
    effect(() => {
      const editing = this.editing();
      const admin = this.isAdmin();
      untracked(() => this.configure(editing, admin));
    });
    effect(() => {
      const user = this.existing.value();
      if (user) untracked(() => this.fill(user));
    });
  }

  protected readonly rolesChosen = signal<Role[]>(['AGENT']);

  protected toggleRole(role: Role, checked: boolean): void {
    const roles = this.form.controls.roles.value.filter((r) => r !== role);
    this.form.controls.roles.setValue(checked ? [...roles, role] : roles);
    this.rolesChosen.set(this.form.controls.roles.value);
    this.form.controls.roles.markAsTouched();
  }

  protected async save(): Promise<void> {
    if (!this.state.check()) return;
    const value = this.form.getRawValue();
    this.state.busy.set(true);
    try {
      const id = this.id();
      if (id) {
        await firstValueFrom(
          this.updateUser.mutate({
            variables: {
              id,
              input: {
                fullName: value.fullName.trim(),
                // An empty title clears it (the server stores null); see blankToOmitted for the phone.
                title: value.title.trim(),
                phone: blankToOmitted(value.phone),
                roles: value.roles,
              },
            },
          }),
        );
        this.flash.set(
          `Le compte de ${value.fullName.trim()} a été modifié.${waitingRoles(value.roles, this.existing.value()?.roles ?? [])}`,
        );
      } else {
        await firstValueFrom(
          this.createUser.mutate({
            variables: {
              input: {
                email: value.email.trim(),
                fullName: value.fullName.trim(),
                title: blankToNull(value.title),
                phone: blankToNull(value.phone),
                organizationId: value.organizationId,
                roles: value.roles,
              },
            },
          }),
        );
        this.flash.set(
          `Le compte de ${value.fullName.trim()} a été créé : une invitation à choisir son mot de passe lui est envoyée à ${value.email.trim()}.${waitingRoles(value.roles, [])}`,
        );
      }
      await this.router.navigate(['/administration/comptes']);
    } catch (error) {
      this.state.refused(describeProblem(error));
    } finally {
      this.state.busy.set(false);
    }
  }

  /** Creating asks for e-mail and organisation; editing cannot change them. */
  private configure(editing: boolean, admin: boolean): void {
    const { email, organizationId } = this.form.controls;
    if (editing) {
      email.disable();
      organizationId.disable();
    } else {
      email.enable();
      organizationId.enable();
      if (!admin) organizationId.setValue(this.session.user()?.organization.id ?? '');
    }
  }

  private fill(user: ManagedUserFragment): void {
    this.form.patchValue({
      fullName: user.fullName,
      title: user.title ?? '',
      phone: user.phone ?? '',
      roles: [...user.roles],
    });
    this.rolesChosen.set([...user.roles]);
    this.form.markAsPristine();
  }
}
