import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { Session } from '@continuum/web/data-access';
import { isAdministrator } from './admin-only.guard';

@Component({
  selector: 'cnt-admin-layout',
  imports: [RouterOutlet, RouterLink, RouterLinkActive],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <p class="fr-text--sm fr-mb-1v cnt-kicker">Administration</p>
      <nav class="fr-mb-4w" aria-label="Administration">
        <ul class="cnt-admin-nav">
          <li>
            <a
              class="fr-link fr-icon-user-line fr-link--icon-left"
              routerLink="comptes"
              routerLinkActive="cnt-current"
              ariaCurrentWhenActive="page"
              >Comptes</a
            >
          </li>
          <li>
            <a
              class="fr-link fr-icon-building-line fr-link--icon-left"
              routerLink="organisations"
              routerLinkActive="cnt-current"
              ariaCurrentWhenActive="page"
              >Organisations</a
            >
          </li>
          @if (isAdmin()) {
            <li>
              <a
                class="fr-link fr-icon-mail-line fr-link--icon-left"
                routerLink="envois"
                routerLinkActive="cnt-current"
                ariaCurrentWhenActive="page"
                >Envois en échec</a
              >
            </li>
          }
        </ul>
      </nav>
      <router-outlet />
    </div>
  `,
  styles: `
    .cnt-kicker {
      color: var(--text-mention-grey);
      text-transform: uppercase;
      letter-spacing: 0.05em;
    }
    .cnt-admin-nav {
      display: flex;
      flex-wrap: wrap;
      column-gap: 2rem;
      list-style: none;
      padding: 0;
      margin: 0;
      border-bottom: 1px solid var(--border-default-grey);
    }
    .cnt-admin-nav a {
      display: inline-block;
      padding: 0.5rem 0;
      background-image: none;
    }
    .cnt-admin-nav a.cnt-current {
      font-weight: 700;
      box-shadow: inset 0 -3px 0 0 var(--border-active-blue-france);
    }
  `,
})
export class AdminLayout {
  private readonly session = inject(Session);
  /** The deliveries are the technical administration's: a manager does not see the entry. */
  protected readonly isAdmin = computed(() => isAdministrator(this.session));
}
