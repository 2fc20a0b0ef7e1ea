import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { Router, RouterLink, RouterLinkActive } from '@angular/router';
import { LiveAlerts, Session } from '@continuum/web/data-access';
import { AlertBellComponent } from './alert-bell.component';
import { bellCount, bellLabel } from './alert-severity';
import { resultsPageLabel } from './labels';

interface NavItem {
  label: string;
  link: string;
  /** The alerts entry carries the unread count: on a phone, the opened menu shows it there. */
  unread?: boolean;
}

/**
 * The DSFR header: the service, my alerts (the bell), who is signed in and for which organisation,
 * logout, and the main navigation (the administration entry only for those whose rules allow
 * managing accounts).
 *
 * DSFR's script copies the tools links into the mobile menu, without Angular's listeners: the
 * logout and alerts clicks are therefore caught by delegation on the header (`data-action`). That
 * copy cannot stay live, so the opened mobile menu shows the unread count on its own « Alertes »
 * entry of the navigation, which Angular renders (the bell's dead copy is hidden there).
 */
@Component({
  selector: 'cnt-header',
  imports: [RouterLink, RouterLinkActive, AlertBellComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <header role="banner" class="fr-header" (click)="onClick($event)">
      <div class="fr-header__body">
        <div class="fr-container">
          <div class="fr-header__body-row">
            <div class="fr-header__brand fr-enlarge-link">
              <div class="fr-header__brand-top">
                <div class="fr-header__logo">
                  <p class="fr-logo">République<br />Française</p>
                </div>
                @if (user()) {
                  <div class="fr-header__navbar">
                    <cnt-alert-bell [compact]="true" />
                    <button
                      class="fr-btn--menu fr-btn"
                      type="button"
                      data-fr-opened="false"
                      aria-controls="cnt-header-menu"
                      aria-haspopup="menu"
                      id="cnt-header-menu-button"
                      title="Menu"
                    >
                      Menu
                    </button>
                  </div>
                }
              </div>
              <div class="fr-header__service">
                <a routerLink="/" title="Accueil — Continuum">
                  <p class="fr-header__service-title">Continuum</p>
                </a>
                <p class="fr-header__service-tagline">{{ tagline() }}</p>
              </div>
            </div>
            @if (user(); as user) {
              <div class="fr-header__tools">
                <div class="fr-header__tools-links">
                  <ul class="fr-btns-group">
                    <li>
                      <cnt-alert-bell />
                    </li>
                    <li>
                      <a
                        class="fr-btn fr-icon-account-circle-line cnt-header__user"
                        data-testid="current-user"
                        routerLink="/mon-compte"
                      >
                        <span class="fr-sr-only">Mon compte : </span>
                        <span>
                          <span class="cnt-header__name">{{ user.fullName }}</span>
                          <span class="cnt-header__organization">{{ user.organization.name }}</span>
                        </span>
                      </a>
                    </li>
                    <li>
                      <button class="fr-btn fr-icon-logout-box-r-line" type="button" data-action="logout">
                        Se déconnecter
                      </button>
                    </li>
                  </ul>
                </div>
              </div>
            }
          </div>
        </div>
      </div>
      @if (user()) {
        <div class="fr-header__menu fr-modal" id="cnt-header-menu" aria-labelledby="cnt-header-menu-button">
          <div class="fr-container">
            <button class="fr-btn--close fr-btn" type="button" aria-controls="cnt-header-menu" title="Fermer">
              Fermer
            </button>
            <div class="fr-header__menu-links"></div>
            <nav class="fr-nav" id="cnt-navigation" role="navigation" aria-label="Menu principal">
              <ul class="fr-nav__list">
                @for (item of navigation(); track item.link) {
                  <li class="fr-nav__item">
                    <a
                      class="fr-nav__link"
                      [routerLink]="item.link"
                      routerLinkActive
                      ariaCurrentWhenActive="page"
                      [attr.aria-label]="item.unread ? unreadLabel() : null"
                      >{{ item.label }}
                      @if (item.unread && unread() > 0) {
                        <span class="cnt-nav__count" aria-hidden="true" data-testid="nav-alert-count">{{
                          unreadCount()
                        }}</span>
                      }
                    </a>
                  </li>
                }
              </ul>
            </nav>
          </div>
        </div>
      }
    </header>
  `,
  styles: `
    .cnt-header__user {
      max-width: 28rem;
    }
    .cnt-header__user > span {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      line-height: 1.25rem;
    }
    .cnt-header__organization {
      font-size: 0.75rem;
      color: var(--text-mention-grey);
    }
    .cnt-nav__count {
      display: inline-block;
      min-width: 1.25rem;
      margin-left: 0.5rem;
      padding: 0 0.3rem;
      border-radius: 0.75rem;
      background-color: var(--background-action-high-red-marianne);
      color: var(--text-inverted-red-marianne);
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.25rem;
      text-align: center;
    }
    /* On a wide screen the bell beside the navigation already shows the count; the entries the
       plan and the dialogue brought wrap onto a second line rather than widen the page. */
    @media (min-width: 62em) {
      .cnt-nav__count {
        display: none;
      }
      .fr-nav__list {
        flex-wrap: wrap;
      }
      .fr-nav__link {
        padding-left: 0.75rem;
        padding-right: 0.75rem;
      }
    }
  `,
})
export class HeaderComponent {
  private readonly session = inject(Session);
  private readonly router = inject(Router);

  private readonly alerts = inject(LiveAlerts);

  protected readonly user = this.session.user;
  protected readonly unread = this.alerts.unread;
  protected readonly unreadLabel = computed(() => bellLabel(this.unread()));
  protected readonly unreadCount = computed(() => bellCount(this.unread()));
  protected readonly tagline = computed(() => {
    const departement = this.session.appInfo()?.departement;
    const place = departement ? ` — ${departement.name} (${departement.code})` : '';
    return `Coordination du continuum de sécurité${place}`;
  });
  protected readonly navigation = computed<NavItem[]>(() => {
    if (!this.user()) return [];
    const items: NavItem[] = [
      { label: 'Mes dossiers', link: '/mes-dossiers' },
      { label: 'Dossiers', link: '/dossiers' },
      { label: 'Instances', link: '/instances' },
      { label: 'Alertes', link: '/alertes', unread: true },
      { label: 'Annuaire des partenaires', link: '/annuaire' },
      { label: 'Territoire', link: '/territoire' },
    ];
    // The diagnostic's data (recorded incidents) are the prefect's cabinet's alone; its figures are
    // also read by mayors and partners, for their territory.
    if (this.session.can('read', 'Incident')) items.push({ label: 'Diagnostic', link: '/diagnostic' });
    if (this.session.can('read', 'IncidentAggregate')) {
      items.push({ label: 'Analyse de la délinquance', link: '/diagnostic/analyse' });
    }
    // The plan: adopted versions for everyone who works in the département, drafts for the cabinet.
    if (this.session.can('read', 'Plan')) items.push({ label: 'Plan d’action', link: '/plan' });
    if (this.session.can('read', 'Operation')) items.push({ label: 'Opérations', link: '/operations' });
    if (this.session.can('read', 'ResultAggregate'))
      items.push({ label: 'Présence visible', link: '/presence' });
    // Proposals from the population and the mayors: the cabinet and the mairies.
    if (this.session.can('read', 'Proposal')) items.push({ label: 'Propositions', link: '/propositions' });
    if (this.session.can('read', 'SurveyWave')) items.push({ label: 'Enquêtes', link: '/enquetes' });
    if (this.session.can('read', 'Contract')) items.push({ label: 'Contrats', link: '/contrats' });
    if (this.session.can('read', 'VideoProject'))
      items.push({ label: 'Vidéoprotection', link: '/videoprotection' });
    // A mayor reads their commune's results; the cabinet any commune's, and opens its public page.
    if (this.session.can('read', 'ResultAggregate')) {
      const cabinet = this.session.can('update', 'Plan');
      items.push({ label: resultsPageLabel(this.user()?.organization.type, cabinet), link: '/resultats' });
    }
    if (this.session.can('create', 'User') || this.session.can('create', 'Organization')) {
      items.push({ label: 'Administration', link: '/administration' });
    }
    if (this.session.can('answer', 'SubjectAccess'))
      items.push({ label: 'Protection des données', link: '/protection-des-donnees' });
    return items;
  });

  protected onClick(event: MouseEvent): void {
    const target = event.target as HTMLElement | null;
    if (target?.closest('[data-action="logout"]')) {
      event.preventDefault();
      void this.session.logout();
    } else if (target?.closest('[data-action="alerts"]') && !event.defaultPrevented) {
      // DSFR's copy of the bell in the mobile menu: navigate in the app rather than reload it.
      event.preventDefault();
      void this.router.navigateByUrl('/alertes');
    }
  }
}
