import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { NotificationItem } from '@continuum/web/data-access';
import { FrDatePipe, severityBadgeClass, severityLabel, topicLabel } from '@continuum/web/ui';
import { categoryLabel, territoryText } from '../shared/alert-labels';

/**
 * One alert of the centre: severity, what raised it, when, its text, where it applies, the case
 * (only when the API gives it: I may read it) or the meeting it is about, and what I can do with
 * it — mark it read, acknowledge it.
 */
@Component({
  selector: 'cnt-notification-card',
  imports: [RouterLink, FrDatePipe],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    @let alert = item().alert;
    <article
      class="cnt-notification"
      [class.cnt-notification--unread]="!item().readAt"
      [attr.aria-labelledby]="'notification-' + item().id + '-title'"
      data-testid="notification"
      [attr.data-read]="item().readAt ? 'true' : 'false'"
    >
      <p class="cnt-notification__meta fr-mb-1w">
        <span class="fr-badge fr-badge--sm" [class]="badgeClass()" data-testid="notification-severity">{{
          severity()
        }}</span>
        @if (!item().readAt) {
          <span class="fr-badge fr-badge--sm fr-badge--new fr-ml-1w" data-testid="notification-unread"
            >Non lue</span
          >
        }
        <span class="fr-text--sm fr-mb-0 fr-ml-1w">{{ topic() }} — {{ alert.createdAt | frDate }}</span>
      </p>
      <h2
        class="fr-h6 fr-mb-1w"
        [id]="'notification-' + item().id + '-title'"
        data-testid="notification-title"
      >
        {{ alert.title }}
      </h2>
      <p class="cnt-notification__body fr-mb-1w">{{ alert.body }}</p>
      <ul class="cnt-notification__facts fr-text--sm fr-mb-1w">
        @if (alert.authorLabel) {
          <li>Émise par {{ alert.authorLabel }}</li>
        }
        @if (category()) {
          <li>Catégorie : {{ category() }}</li>
        }
        @if (territory()) {
          <li>Territoire : {{ territory() }}</li>
        }
      </ul>
      <div class="cnt-notification__actions">
        <ul class="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mb-0">
          @if (alert.case; as linked) {
            <li>
              <a
                class="fr-btn fr-btn--secondary"
                [routerLink]="['/dossiers', linked.id]"
                (click)="opened.emit()"
                data-testid="notification-case"
                >Ouvrir le dossier {{ linked.reference }}</a
              >
            </li>
          }
          @if (alert.meetingId) {
            <li>
              <a
                class="fr-btn fr-btn--secondary"
                [routerLink]="['/seances', alert.meetingId]"
                (click)="opened.emit()"
                data-testid="notification-meeting"
                >Ouvrir la séance</a
              >
            </li>
          }
          @if (item().acknowledgedAt) {
            <li>
              <p class="fr-text--sm fr-mb-0 cnt-notification__done" data-testid="notification-acknowledged">
                <span class="fr-icon-checkbox-circle-line fr-icon--sm" aria-hidden="true"></span>
                Réception accusée le {{ item().acknowledgedAt | frDate }}
              </p>
            </li>
          } @else {
            <li>
              <button
                type="button"
                class="fr-btn"
                [disabled]="busy()"
                (click)="acknowledge.emit()"
                [attr.aria-describedby]="'notification-' + item().id + '-title'"
              >
                Accuser réception
              </button>
            </li>
          }
          @if (!item().readAt) {
            <li>
              <button
                type="button"
                class="fr-btn fr-btn--tertiary"
                [disabled]="busy()"
                (click)="markRead.emit()"
                [attr.aria-describedby]="'notification-' + item().id + '-title'"
              >
                Marquer comme lue
              </button>
            </li>
          }
        </ul>
      </div>
    </article>
  `,
  styles: `
    .cnt-notification {
      padding: 1.25rem 1.5rem 0.75rem;
      border: 1px solid var(--border-default-grey);
      border-left: 4px solid var(--border-default-grey);
      background-color: var(--background-default-grey);
    }
    .cnt-notification--unread {
      border-left-color: var(--border-active-blue-france);
      background-color: var(--background-alt-blue-france);
    }
    .cnt-notification__meta {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.25rem 0;
    }
    .cnt-notification__body {
      white-space: pre-line;
    }
    .cnt-notification__facts {
      list-style: none;
      padding-left: 0;
      color: var(--text-mention-grey);
    }
    .cnt-notification__done {
      color: var(--text-default-success);
      padding: 0.25rem 0;
    }
  `,
})
export class NotificationCardComponent {
  readonly item = input.required<NotificationItem>();
  readonly communeNames = input<ReadonlyMap<string, string>>(new Map());
  readonly zoneNames = input<ReadonlyMap<string, string>>(new Map());
  readonly busy = input(false);
  readonly markRead = output<void>();
  readonly acknowledge = output<void>();
  /** The case or the meeting was opened: the alert counts as read. */
  readonly opened = output<void>();

  protected readonly severity = computed(() => severityLabel(this.item().alert.severity));
  protected readonly badgeClass = computed(() => severityBadgeClass(this.item().alert.severity));
  protected readonly topic = computed(() => {
    const alert = this.item().alert;
    return alert.topic === 'MANUAL' ? 'Alerte émise' : topicLabel(alert.topic);
  });
  protected readonly category = computed(() => categoryLabel(this.item().alert.category));
  protected readonly territory = computed(() =>
    territoryText(this.item().alert, this.communeNames(), this.zoneNames()),
  );
}
