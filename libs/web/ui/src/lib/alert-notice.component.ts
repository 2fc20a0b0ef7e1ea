import { ChangeDetectionStrategy, Component, computed, DestroyRef, effect, inject } from '@angular/core';
import { RouterLink } from '@angular/router';
import { LiveAlerts } from '@continuum/web/data-access';
import { severityAlertClass, severityLabel } from './alert-severity';

/** How long the notice stays when nobody points at it: the bell and the centre keep the alert. */
const SHOWN_MS = 12_000;

/**
 * A notice in the corner when an alert arrives while I am on another page: its severity and title,
 * a link to the centre, a close button. The region is always in the page and polite, so screen
 * readers announce the alert without interrupting what is being read. It goes away by itself after
 * a while, so as not to hide the page, except while the pointer or the focus is on it.
 */
@Component({
  selector: 'cnt-alert-notice',
  imports: [RouterLink],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div
      class="cnt-notice-region"
      aria-live="polite"
      aria-atomic="true"
      (mouseenter)="hold()"
      (mouseleave)="release()"
      (focusin)="hold()"
      (focusout)="release()"
    >
      @if (latest(); as item) {
        <div
          class="fr-alert fr-alert--sm cnt-notice"
          [class]="alertClass()"
          data-testid="alert-notice"
          [attr.data-severity]="item.alert.severity"
        >
          <p>
            <span class="fr-text--bold">Nouvelle alerte ({{ severity() }}) :</span>
            {{ item.alert.title }}
          </p>
          <p class="fr-mt-1v">
            <a class="fr-link fr-link--sm" routerLink="/alertes" (click)="dismiss()">Voir mes alertes</a>
          </p>
          <button class="fr-btn--close fr-btn" type="button" title="Masquer l’alerte" (click)="dismiss()">
            Masquer l’alerte
          </button>
        </div>
      }
    </div>
  `,
  styles: `
    .cnt-notice-region {
      position: fixed;
      right: 1rem;
      bottom: 1rem;
      z-index: 1000;
      width: min(26rem, calc(100vw - 2rem));
    }
    .cnt-notice {
      background-color: var(--background-default-grey);
      box-shadow: 0 6px 18px 0 rgba(0, 0, 18, 0.16);
    }
  `,
})
export class AlertNoticeComponent {
  private readonly alerts = inject(LiveAlerts);
  private timer: ReturnType<typeof setTimeout> | undefined;
  private held = false;

  protected readonly latest = this.alerts.latest;
  protected readonly severity = computed(() => severityLabel(this.latest()?.alert.severity ?? ''));
  protected readonly alertClass = computed(() => severityAlertClass(this.latest()?.alert.severity ?? ''));

  constructor() {
    effect(() => {
      if (this.latest()) this.schedule();
    });
    inject(DestroyRef).onDestroy(() => clearTimeout(this.timer));
  }

  protected hold(): void {
    this.held = true;
    clearTimeout(this.timer);
  }

  protected release(): void {
    this.held = false;
    if (this.latest()) this.schedule();
  }

  protected dismiss(): void {
    clearTimeout(this.timer);
    this.alerts.dismissLatest();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    if (this.held) return;
    this.timer = setTimeout(() => this.alerts.dismissLatest(), SHOWN_MS);
  }
}
