import { ChangeDetectionStrategy, Component, computed, DestroyRef, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import {
  AcknowledgeNotificationGQL,
  describeProblem,
  LiveAlerts,
  MarkAllNotificationsReadGQL,
  MarkNotificationsReadGQL,
  NotificationItem,
  NotificationsGQL,
  Problem,
} from '@continuum/web/data-access';
import { plural, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, Subscription } from 'rxjs';
import {
  filterNotifications,
  replaced,
  SEVERITY_OPTIONS,
  TOPIC_OPTIONS,
  withArrival,
} from '../shared/alert-labels';
import { AlertWriters } from '../shared/alert-writers';
import { AlertsLookup } from '../shared/alerts-lookup';
import { NotificationCardComponent } from './notification-card.component';

const PAGE = 20;

/**
 * « Mes alertes » (`/alertes`): my alerts, newest first, twenty at a time; those that arrive while
 * the page is open appear at the top. Unread only (the server's filter), gravity and type (on the
 * alerts loaded); read one or all, acknowledge, open the case or the meeting.
 */
@Component({
  selector: 'cnt-notification-centre-page',
  imports: [RouterLink, ProblemAlertComponent, NotificationCardComponent],
  changeDetection: ChangeDetectionStrategy.OnPush,
  template: `
    <div class="fr-container fr-my-6w">
      <div class="cnt-centre__head fr-mb-3w">
        <div>
          <h1 class="fr-mb-1w">Mes alertes</h1>
          <p class="fr-text--lead fr-mb-0" data-testid="unread-summary">{{ unreadSummary() }}</p>
        </div>
        <ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--right fr-btns-group--icon-left">
          @if (writer()) {
            <li>
              <a class="fr-btn fr-icon-send-plane-line" routerLink="/alertes/nouvelle">Nouvelle alerte</a>
            </li>
            <li>
              <a class="fr-btn fr-btn--secondary" routerLink="/alertes/envoyees">Alertes envoyées</a>
            </li>
          }
          <li>
            <a class="fr-btn fr-btn--secondary fr-icon-settings-5-line" routerLink="/alertes/reglages"
              >Réglages des alertes</a
            >
          </li>
        </ul>
      </div>

      <form
        class="cnt-centre__filters fr-mb-3w"
        role="search"
        aria-label="Filtrer mes alertes"
        (submit)="$event.preventDefault()"
      >
        <div class="fr-checkbox-group cnt-centre__unread">
          <input
            type="checkbox"
            id="centre-unread"
            [checked]="unreadOnly()"
            (change)="setUnreadOnly($any($event.target).checked)"
          />
          <label class="fr-label" for="centre-unread">Non lues seulement</label>
        </div>
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label" for="centre-severity">Gravité</label>
          <select class="fr-select" id="centre-severity" (change)="severity.set($any($event.target).value)">
            <option value="" [selected]="severity() === ''">Toutes</option>
            @for (option of severities; track option.value) {
              <option [value]="option.value" [selected]="severity() === option.value">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label" for="centre-topic">Type</label>
          <select class="fr-select" id="centre-topic" (change)="topic.set($any($event.target).value)">
            <option value="" [selected]="topic() === ''">Tous les types</option>
            @for (option of topics; track option.value) {
              <option [value]="option.value" [selected]="topic() === option.value">{{ option.label }}</option>
            }
          </select>
        </div>
      </form>

      @if (notice(); as message) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
          <p>{{ message }}</p>
        </div>
      }
      <cnt-problem-alert [problem]="problem()" />

      <p class="fr-sr-only" aria-live="polite">{{ arrivalsText() }}</p>
      <div class="cnt-centre__listhead fr-mb-2w">
        <p class="fr-text--sm fr-mb-0" data-testid="notification-count">{{ countText() }}</p>
        <button
          type="button"
          class="fr-btn fr-btn--tertiary fr-btn--sm fr-icon-check-line fr-btn--icon-left"
          [disabled]="busy() || alerts.unread() === 0"
          (click)="markAllRead()"
        >
          Tout marquer comme lu
        </button>
      </div>

      @if (loaded()) {
        <ul class="cnt-centre__list" data-testid="notifications">
          @for (item of shown(); track item.id) {
            <li class="fr-mb-2w">
              <cnt-notification-card
                [item]="item"
                [communeNames]="communeNames()"
                [zoneNames]="zoneNames()"
                [busy]="working().has(item.id)"
                (markRead)="markRead(item)"
                (acknowledge)="acknowledge(item)"
                (opened)="markRead(item, true)"
              />
            </li>
          } @empty {
            <li>
              <p data-testid="no-notification">{{ emptyText() }}</p>
            </li>
          }
        </ul>
        @if (nextCursor()) {
          <button type="button" class="fr-btn fr-btn--secondary" [disabled]="loading()" (click)="more()">
            {{ loading() ? 'Chargement…' : 'Afficher des alertes plus anciennes' }}
          </button>
        }
      } @else if (!problem()) {
        <p>Chargement de vos alertes…</p>
      }
    </div>
  `,
  styles: `
    .cnt-centre__head {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: flex-end;
      gap: 1rem;
    }
    .cnt-centre__head .fr-btns-group {
      margin-bottom: -1rem;
    }
    .cnt-centre__filters {
      display: flex;
      flex-wrap: wrap;
      align-items: flex-end;
      gap: 1rem 2rem;
      padding: 1rem 1.5rem;
      background-color: var(--background-alt-grey);
    }
    .cnt-centre__filters .fr-select {
      min-width: 14rem;
    }
    .cnt-centre__unread {
      align-self: center;
    }
    .cnt-centre__listhead {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    .cnt-centre__list {
      list-style: none;
      padding-left: 0;
    }
  `,
})
export class NotificationCentrePage {
  private readonly notificationsQuery = inject(NotificationsGQL);
  private readonly markReadMutation = inject(MarkNotificationsReadGQL);
  private readonly markAllMutation = inject(MarkAllNotificationsReadGQL);
  private readonly acknowledgeMutation = inject(AcknowledgeNotificationGQL);
  private readonly lookup = inject(AlertsLookup);
  protected readonly alerts = inject(LiveAlerts);

  protected readonly severities = SEVERITY_OPTIONS;
  protected readonly topics = TOPIC_OPTIONS;

  protected readonly unreadOnly = signal(false);
  protected readonly severity = signal('');
  protected readonly topic = signal('');

  protected readonly items = signal<NotificationItem[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly working = signal<ReadonlySet<string>>(new Set());
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly arrivals = signal(0);
  protected readonly writer = signal(false);

  protected readonly shown = computed(() =>
    filterNotifications(this.items(), { severity: this.severity(), topic: this.topic() }),
  );
  protected readonly filtered = computed(() => this.severity() !== '' || this.topic() !== '');
  protected readonly communeNames = computed(
    () => new Map(this.lookup.communes().map((commune) => [commune.code, commune.name])),
  );
  protected readonly zoneNames = computed(
    () => new Map(this.lookup.zones().map((zone) => [zone.id, zone.name])),
  );

  protected readonly unreadSummary = computed(() => {
    const unread = this.alerts.unread();
    return unread === 0
      ? 'Vous avez lu toutes vos alertes.'
      : `${plural(unread, 'alerte non lue', 'alertes non lues')}.`;
  });
  protected readonly countText = computed(() => {
    if (!this.loaded()) return '';
    const shown = this.shown().length;
    const loaded = this.items().length;
    const more = this.nextCursor() ? ' Des alertes plus anciennes restent à afficher.' : '';
    if (!this.filtered())
      return `${plural(loaded, 'alerte affichée', 'alertes affichées', 'Aucune alerte')}.${more}`;
    return `${plural(shown, 'alerte correspond', 'alertes correspondent', 'Aucune alerte ne correspond')} aux filtres, sur ${plural(loaded, 'alerte chargée', 'alertes chargées')}.${more}`;
  });
  protected readonly arrivalsText = computed(() =>
    this.arrivals() === 0
      ? ''
      : `${plural(this.arrivals(), 'nouvelle alerte ajoutée', 'nouvelles alertes ajoutées')} en haut de la liste.`,
  );
  protected readonly emptyText = computed(() => {
    if (this.filtered()) return 'Aucune alerte chargée ne correspond à ces filtres.';
    return this.unreadOnly() ? 'Aucune alerte non lue.' : 'Vous n’avez encore reçu aucune alerte.';
  });

  private page: Subscription | null = null;

  constructor() {
    void inject(AlertWriters)
      .mayWrite()
      .then((writer) => this.writer.set(writer));
    this.load(null);
    // The list says it all: the corner notice would repeat it.
    this.alerts.dismissLatest();

    // Alerts that arrive while the page is open go on top (the bell counts them too).
    this.alerts.arrived.pipe(takeUntilDestroyed()).subscribe((item) => {
      this.items.update((items) => withArrival(items, item));
      this.arrivals.update((count) => count + 1);
      this.alerts.dismissLatest();
    });
    inject(DestroyRef).onDestroy(() => this.page?.unsubscribe());
  }

  protected setUnreadOnly(value: boolean): void {
    this.unreadOnly.set(value);
    this.load(null);
  }

  protected more(): void {
    this.load(this.nextCursor());
  }

  /** The first page (cursor null) replaces the list; the next ones go below. */
  private load(after: string | null): void {
    this.page?.unsubscribe();
    this.loading.set(true);
    this.problem.set(null);
    this.page = this.notificationsQuery
      .fetch({
        variables: { first: PAGE, after, unreadOnly: this.unreadOnly() },
        fetchPolicy: 'network-only',
      })
      .subscribe({
        next: (result) => {
          const page = result.data?.notifications;
          if (!page) return;
          this.items.update((items) => {
            if (!after) return [...page.items];
            const known = new Set(items.map((item) => item.id));
            return [...items, ...page.items.filter((item) => !known.has(item.id))];
          });
          this.nextCursor.set(page.nextCursor);
          this.loaded.set(true);
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.problem.set(describeProblem(error));
          this.loading.set(false);
        },
      });
  }

  protected async markRead(item: NotificationItem, quietly = false): Promise<void> {
    if (item.readAt) return;
    this.setWorking(item.id, true);
    if (!quietly) this.problem.set(null);
    try {
      await firstValueFrom(this.markReadMutation.mutate({ variables: { ids: [item.id] } }));
      this.items.update((items) => replaced(items, { ...item, readAt: new Date().toISOString() }));
      this.alerts.refresh();
    } catch (error) {
      if (!quietly) this.problem.set(describeProblem(error));
    } finally {
      this.setWorking(item.id, false);
    }
  }

  protected async markAllRead(): Promise<void> {
    this.busy.set(true);
    this.problem.set(null);
    this.notice.set(null);
    try {
      const result = await firstValueFrom(this.markAllMutation.mutate());
      const now = new Date().toISOString();
      this.items.update((items) => items.map((item) => (item.readAt ? item : { ...item, readAt: now })));
      const count = result.data?.markAllNotificationsRead ?? 0;
      this.notice.set(
        `${plural(count, 'alerte marquée', 'alertes marquées', 'Aucune alerte marquée')} comme lue${count > 1 ? 's' : ''}.`,
      );
      this.alerts.refresh();
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.busy.set(false);
    }
  }

  protected async acknowledge(item: NotificationItem): Promise<void> {
    this.setWorking(item.id, true);
    this.problem.set(null);
    try {
      const result = await firstValueFrom(this.acknowledgeMutation.mutate({ variables: { id: item.id } }));
      const next = result.data?.acknowledgeNotification;
      if (next) this.items.update((items) => replaced(items, next));
      this.notice.set(`Réception accusée : « ${item.alert.title} ». L’émetteur le voit.`);
      this.alerts.refresh();
    } catch (error) {
      this.problem.set(describeProblem(error));
    } finally {
      this.setWorking(item.id, false);
    }
  }

  private setWorking(id: string, on: boolean): void {
    this.working.update((ids) => {
      const next = new Set(ids);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });
  }
}
