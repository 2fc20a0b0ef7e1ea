import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  effect,
  inject,
  signal,
  untracked,
} from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  AcknowledgeNotificationGQL,
  describeProblem,
  LiveAlerts,
  MarkAllNotificationsReadGQL,
  MarkNotificationsReadGQL,
  NotificationItem,
  NotificationsGQL,
  Problem,
  Session,
} from '@continuum/web/data-access';
import { plural, ProblemAlertComponent } from '@continuum/web/ui';
import { firstValueFrom, Subscription } from 'rxjs';
import { replaced, SEVERITY_OPTIONS, TOPIC_OPTIONS, withArrival } from '../shared/alert-labels';
import { AlertWriters } from '../shared/alert-writers';
import { AlertsLookup } from '../shared/alerts-lookup';
import { NotificationCardComponent } from './notification-card.component';
import {
  activeFilterCount,
  CentreFilter,
  filterFromParams,
  filterInput,
  filterParams,
  matchesFilter,
  NO_FILTER,
  receivableTopics,
  sameFilter,
  toggled,
} from './notification-filter';

const PAGE = 20;

/**
 * « Mes alertes » (`/alertes`): my alerts, newest first, twenty at a time; those that arrive while
 * the page is open appear at the top when they match the filters. Unread, unacknowledged, gravity
 * and origin, filtered by the server and kept in the address; read one or all, acknowledge, open
 * the case or the meeting.
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
        data-testid="notification-filters"
      >
        <fieldset class="fr-fieldset fr-mb-0" aria-labelledby="centre-state-legend">
          <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="centre-state-legend">
            Afficher seulement
          </legend>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <div class="fr-checkbox-group">
              <input
                type="checkbox"
                id="centre-unread"
                [checked]="filter().unread"
                (change)="set({ unread: $any($event.target).checked })"
              />
              <label class="fr-label" for="centre-unread">Non lues</label>
            </div>
          </div>
          <div class="fr-fieldset__element fr-fieldset__element--inline">
            <div class="fr-checkbox-group">
              <input
                type="checkbox"
                id="centre-unacknowledged"
                [checked]="filter().unacknowledged"
                (change)="set({ unacknowledged: $any($event.target).checked })"
              />
              <label class="fr-label" for="centre-unacknowledged">
                Non acquittées
                <span class="fr-hint-text">Sans accusé de réception</span>
              </label>
            </div>
          </div>
        </fieldset>
        <fieldset class="fr-fieldset fr-mb-0" aria-labelledby="centre-severity-legend">
          <legend class="fr-fieldset__legend fr-fieldset__legend--regular" id="centre-severity-legend">
            Gravité
          </legend>
          @for (option of severities; track option.value) {
            <div class="fr-fieldset__element fr-fieldset__element--inline">
              <div class="fr-checkbox-group">
                <input
                  type="checkbox"
                  [id]="'centre-severity-' + option.value"
                  [checked]="filter().severities.includes(option.value)"
                  (change)="toggleSeverity(option.value, $any($event.target).checked)"
                />
                <label class="fr-label" [for]="'centre-severity-' + option.value">{{ option.label }}</label>
              </div>
            </div>
          }
        </fieldset>
        <div class="fr-select-group fr-mb-0">
          <label class="fr-label" for="centre-topic">Origine</label>
          <select class="fr-select" id="centre-topic" (change)="set({ topic: $any($event.target).value })">
            <option value="" [selected]="!filter().topic">Toutes les origines</option>
            @for (option of topics(); track option.value) {
              <option [value]="option.value" [selected]="filter().topic === option.value">
                {{ option.label }}
              </option>
            }
          </select>
        </div>
        @if (filterCount() > 0) {
          <button
            type="button"
            class="fr-btn fr-btn--tertiary-no-outline fr-btn--sm fr-icon-close-circle-line fr-btn--icon-left cnt-centre__clear"
            (click)="clear()"
          >
            Effacer les filtres ({{ filterCount() }})
          </button>
        }
      </form>

      @if (notice(); as message) {
        <div class="fr-alert fr-alert--success fr-alert--sm fr-mb-3w" role="status" data-testid="flash">
          <p>{{ message }}</p>
        </div>
      }
      <cnt-problem-alert [problem]="problem()" />

      <p class="fr-sr-only" aria-live="polite">{{ arrivalsText() }}</p>
      <div class="cnt-centre__listhead fr-mb-2w">
        <p
          class="fr-mb-0"
          role="status"
          [class.fr-sr-only]="loaded() && total() === 0"
          data-testid="notification-count"
          [attr.data-total]="loaded() ? total() : null"
        >
          {{ countText() }}
        </p>
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
          @for (item of items(); track item.id) {
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
      align-items: flex-start;
      gap: 1rem 2.5rem;
      padding: 1rem 1.5rem 1.25rem;
      background-color: var(--background-alt-grey);
    }
    /* A label with a hint is two lines tall: its neighbours stay level with its first line
       (the DSFR aligns inline elements on their last line). */
    .cnt-centre__filters .fr-fieldset {
      flex: 0 1 auto;
      align-items: flex-start;
    }
    .cnt-centre__filters .fr-select-group {
      flex: 1 1 16rem;
      max-width: 24rem;
    }
    .cnt-centre__clear {
      align-self: flex-end;
    }
    .cnt-centre__listhead {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      align-items: center;
      gap: 0.5rem 1rem;
    }
    /* Kept on the right when the count is for screen readers only (nothing matches). */
    .cnt-centre__listhead .fr-btn {
      margin-left: auto;
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

  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly params = toSignal(this.route.queryParamMap, { requireSync: true });
  protected readonly filter = computed(
    () => {
      const params = this.params();
      return filterFromParams(
        Object.fromEntries(params.keys.map((key) => [key, params.get(key) ?? undefined])),
      );
    },
    { equal: sameFilter },
  );
  protected readonly filterCount = computed(() => activeFilterCount(this.filter()));
  private readonly session = inject(Session);
  /** Only the origins this person can receive. */
  protected readonly topics = computed(() =>
    receivableTopics(TOPIC_OPTIONS, this.session.user()?.roles ?? [], this.filter().topic),
  );

  protected readonly items = signal<NotificationItem[]>([]);
  /** All the alerts that match the filters, not only those loaded. */
  protected readonly total = signal(0);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly loaded = signal(false);
  protected readonly loading = signal(false);
  protected readonly busy = signal(false);
  protected readonly working = signal<ReadonlySet<string>>(new Set());
  protected readonly problem = signal<Problem | null>(null);
  protected readonly notice = signal<string | null>(null);
  protected readonly arrivals = signal(0);
  protected readonly writer = signal(false);

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
    if (!this.loaded()) return 'Chargement…';
    const total = this.total();
    const shown = this.items().length;
    const suffix = shown < total ? ` — ${plural(shown, 'affichée', 'affichées')}` : '';
    return `${plural(total, 'alerte', 'alertes', 'Aucune alerte')}${suffix}${this.loading() ? ' — mise à jour…' : ''}`;
  });
  protected readonly arrivalsText = computed(() =>
    this.arrivals() === 0
      ? ''
      : `${plural(this.arrivals(), 'nouvelle alerte ajoutée', 'nouvelles alertes ajoutées')} en haut de la liste.`,
  );
  protected readonly emptyText = computed(() =>
    this.filterCount() > 0
      ? 'Aucune alerte ne correspond à ces filtres.'
      : 'Vous n’avez encore reçu aucune alerte.',
  );

  private page: Subscription | null = null;

  constructor() {
    void inject(AlertWriters)
      .mayWrite()
      .then((writer) => this.writer.set(writer));
    // The first page, again each time the filters change (a click, the back button).
    effect(() => {
      this.filter();
      untracked(() => this.load(null));
    });
    // The list says it all: the corner notice would repeat it.
    this.alerts.dismissLatest();

    // Alerts that arrive while the page is open go on top when they match (the bell counts them all).
    this.alerts.arrived.pipe(takeUntilDestroyed()).subscribe((item) => {
      this.alerts.dismissLatest();
      if (!matchesFilter(item, this.filter())) return;
      const known = this.items().some((shown) => shown.id === item.id);
      this.items.update((items) => withArrival(items, item));
      if (!known) this.total.update((count) => count + 1);
      this.arrivals.update((count) => count + 1);
    });
    inject(DestroyRef).onDestroy(() => this.page?.unsubscribe());
  }

  protected set(change: Partial<CentreFilter>): void {
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: filterParams(change),
      queryParamsHandling: 'merge',
    });
  }

  protected toggleSeverity(severity: string, on: boolean): void {
    this.set({ severities: toggled(this.filter().severities, severity, on) });
  }

  protected clear(): void {
    this.set(NO_FILTER);
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
        variables: { first: PAGE, after, filter: filterInput(this.filter()) },
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
          this.total.set(page.totalCount);
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
