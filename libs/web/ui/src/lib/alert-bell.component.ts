import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LiveAlerts } from '@continuum/web/data-access';
import { bellCount, bellLabel } from './alert-severity';

/**
 * The bell: my unread alerts, live, linking to the notification centre. Its accessible name says
 * the count (« Alertes, 3 non lues », which contains the visible « Alertes »); the badge shows it to
 * the eye only.
 *
 * `compact` is the icon-only version of the mobile header bar. The full one sits in the header's
 * tools, which DSFR copies once into the mobile menu, without Angular: the copy's count would go
 * stale, so the copy is hidden there: the menu's « Alertes » entry of the navigation shows the count.
 */
@Component({
  selector: 'cnt-alert-bell',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @if (compact()) {
      <a
        class="fr-btn fr-icon-notification-3-line cnt-bell cnt-bell--compact"
        routerLink="/alertes"
        [attr.title]="label()"
        data-action="alerts"
      >
        <span class="fr-sr-only">{{ label() }}</span>
        @if (unread() > 0) {
          <span class="cnt-bell__count" aria-hidden="true">{{ count() }}</span>
        }
      </a>
    } @else {
      <a
        class="fr-btn fr-icon-notification-3-line cnt-bell"
        routerLink="/alertes"
        data-action="alerts"
        data-testid="alert-bell"
        [attr.aria-label]="label()"
        [attr.data-unread]="unread()"
      >
        Alertes
        @if (unread() > 0) {
          <span class="cnt-bell__count cnt-bell__live" aria-hidden="true" data-testid="alert-bell-count">{{
            count()
          }}</span>
        }
      </a>
    }
  `,
  styles: `
    .cnt-bell {
      position: relative;
    }
    .cnt-bell__count {
      display: inline-block;
      min-width: 1.25rem;
      margin-left: 0.375rem;
      padding: 0 0.3rem;
      border-radius: 0.75rem;
      background-color: var(--background-action-high-red-marianne);
      color: var(--text-inverted-red-marianne);
      font-size: 0.75rem;
      font-weight: 700;
      line-height: 1.25rem;
      text-align: center;
    }
    .cnt-bell--compact {
      overflow: visible !important;
    }
    .cnt-bell--compact .cnt-bell__count {
      position: absolute;
      top: -0.375rem;
      right: -0.375rem;
      margin-left: 0;
    }
    /* DSFR's copy of the tools in the mobile menu is never updated: the navigation's entry counts. */
    :host-context(.fr-header__menu-links) .cnt-bell {
      display: none;
    }
  `,
})
export class AlertBellComponent {
  private readonly alerts = inject(LiveAlerts);

  /** Icon only, for the mobile header bar. */
  readonly compact = input(false);

  protected readonly unread = this.alerts.unread;
  protected readonly label = computed(() => bellLabel(this.unread()));
  protected readonly count = computed(() => bellCount(this.unread()));
}
