import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { liveQuery, ManagedOrganizationsGQL, ManagedUsersGQL, Session } from '@continuum/web/data-access';
import { debounced, FrDatePipe, plural, ProblemAlertComponent, roleLabels } from '@continuum/web/ui';
import { map, of } from 'rxjs';
import { Flash } from '../flash';
import { AccessRequestsComponent } from './access-requests.component';
import { PendingGrantsComponent } from './pending-grants.component';

/**
 * Accounts: an administrator sees everyone and may filter by organisation; a manager sees the
 * accounts of their own organisation. Actions follow the rules `me` carries.
 */
@Component({
  selector: 'cnt-users-page',
  imports: [RouterLink, ProblemAlertComponent, FrDatePipe, PendingGrantsComponent, AccessRequestsComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="cnt-title-row">
      <h1>Comptes</h1>
      @if (canCreate()) {
        <a class="fr-btn fr-icon-add-line fr-btn--icon-left" routerLink="nouveau">Créer un compte</a>
      }
    </div>
    @if (!isAdmin()) {
      <p>Les comptes de votre organisation : {{ session.user()?.organization?.name }}.</p>
    }
    @if (flash) {
      <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
        <p>{{ flash }}</p>
      </div>
    }

    @if (isAdmin()) {
      <cnt-pending-grants (changed)="users.reload()" />
    } @else {
      <cnt-access-requests (changed)="users.reload()" />
    }

    <form
      class="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom fr-mb-2w"
      role="search"
      (submit)="$event.preventDefault()"
    >
      <div class="fr-col-12 fr-col-md-5">
        <div class="fr-input-group fr-mb-0">
          <label class="fr-label" for="users-search">Rechercher un nom ou une adresse</label>
          <input
            class="fr-input"
            id="users-search"
            type="search"
            autocomplete="off"
            [value]="search()"
            (input)="search.set($any($event.target).value)"
          />
        </div>
      </div>
      @if (isAdmin()) {
        <div class="fr-col-12 fr-col-md-4">
          <div class="fr-select-group fr-mb-0">
            <label class="fr-label" for="users-organization">Organisation</label>
            <select
              class="fr-select"
              id="users-organization"
              (change)="organizationId.set($any($event.target).value)"
            >
              <option value="">Toutes les organisations</option>
              @for (org of organizations.value() ?? []; track org.id) {
                <option [value]="org.id" [selected]="organizationId() === org.id">{{ org.name }}</option>
              }
            </select>
          </div>
        </div>
      }
      <div class="fr-col-12 fr-col-md-3">
        <div class="fr-checkbox-group fr-checkbox-group--sm fr-mb-1w">
          <input
            type="checkbox"
            id="users-disabled"
            [checked]="includeDisabled()"
            (change)="includeDisabled.set($any($event.target).checked)"
          />
          <label class="fr-label" for="users-disabled">Inclure les comptes désactivés</label>
        </div>
      </div>
    </form>

    <cnt-problem-alert [problem]="users.problem()" />
    <p class="fr-text--sm" role="status" aria-live="polite">{{ count() }}</p>

    @if (users.value(); as list) {
      <div class="fr-table fr-table--sm fr-table--no-caption">
        <div class="fr-table__wrapper">
          <div class="fr-table__container" tabindex="0">
            <div class="fr-table__content">
              <table data-testid="users-table">
                <caption>
                  Comptes
                </caption>
                <thead>
                  <tr>
                    <th scope="col">Nom</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Rôles</th>
                    <th scope="col">Dernière connexion</th>
                    <th scope="col">État</th>
                  </tr>
                </thead>
                <tbody>
                  @for (user of list; track user.id) {
                    <tr>
                      <th scope="row">
                        @if (canUpdate(user.organization.id)) {
                          <a class="fr-link" [routerLink]="user.id">{{ user.fullName }}</a>
                        } @else {
                          {{ user.fullName }}
                        }
                        @if (user.title) {
                          <br /><span class="fr-text--xs">{{ user.title }}</span>
                        }
                        <br /><span class="fr-text--xs cnt-email">{{ user.email }}</span>
                      </th>
                      <td>{{ user.organization.name }}</td>
                      <td>{{ roles(user.roles) }}</td>
                      <td>{{ (user.lastLoginAt | frDate: 'short') || 'Jamais' }}</td>
                      <td>
                        @if (user.disabled) {
                          <p class="fr-badge fr-badge--sm fr-badge--error">Désactivé</p>
                        } @else {
                          <p class="fr-badge fr-badge--sm fr-badge--success">Actif</p>
                        }
                      </td>
                    </tr>
                  } @empty {
                    <tr>
                      <td colspan="5">Aucun compte ne correspond à cette recherche.</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
    }
  `,
  styles: `
    .cnt-email {
      font-weight: 400;
    }
    .cnt-title-row {
      display: flex;
      flex-wrap: wrap;
      gap: 1rem;
      justify-content: space-between;
      align-items: baseline;
    }
  `,
})
export class UsersPage {
  protected readonly session = inject(Session);
  private readonly usersQuery = inject(ManagedUsersGQL);
  private readonly organizationsQuery = inject(ManagedOrganizationsGQL);
  protected readonly flash = inject(Flash).take();

  protected readonly search = signal('');
  protected readonly organizationId = signal('');
  protected readonly includeDisabled = signal(false);
  private readonly searchTerm = debounced(this.search, 250);

  protected readonly isAdmin = computed(() => this.session.user()?.roles.includes('ADMIN') ?? false);
  private readonly ownOrganizationId = computed(() => this.session.user()?.organization.id ?? '');

  protected readonly organizations = liveQuery(
    () => this.isAdmin(),
    (admin) =>
      admin
        ? this.organizationsQuery
            .fetch({ variables: { filter: { includeDisabled: true } } })
            .pipe(map((r) => r.data?.organizations ?? []))
        : of([]),
  );
  protected readonly users = liveQuery(
    () => ({
      search: this.searchTerm().trim() || null,
      organizationId: (this.isAdmin() ? this.organizationId() : this.ownOrganizationId()) || null,
      includeDisabled: this.includeDisabled(),
    }),
    (filter) =>
      this.usersQuery
        .fetch({ variables: { filter }, fetchPolicy: 'network-only' })
        .pipe(map((r) => r.data?.users ?? [])),
  );

  protected readonly count = computed(() => {
    const list = this.users.value();
    return list ? plural(list.length, 'compte', 'comptes', 'Aucun compte') : 'Chargement des comptes…';
  });
  protected readonly canCreate = computed(() =>
    this.session.can('create', { __typename: 'User', organizationId: this.ownOrganizationId() }),
  );

  protected canUpdate(organizationId: string): boolean {
    return this.session.can('update', { __typename: 'User', organizationId });
  }

  protected roles(roles: readonly string[]): string {
    return roleLabels(roles);
  }
}
