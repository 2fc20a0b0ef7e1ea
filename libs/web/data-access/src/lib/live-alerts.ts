import { computed, inject, Injectable, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import { catchError, EMPTY, filter, map, merge, retry, startWith, Subject, switchMap, timer } from 'rxjs';
import {
  NotificationItemFragment,
  NotificationReceivedGQL,
  UnreadNotificationCountGQL,
} from '../generated/graphql';
import { LiveConnection, retryDelay } from './live-link';
import { Session } from './session';

export type NotificationItem = NotificationItemFragment;

/**
 * My alerts as they arrive, while I am signed in: the unread count of the bell, the latest arrival
 * (the notice), and the stream the notification centre puts at the top of its list. One
 * subscription for the whole app, dropped on sign-out; the count is read again from the server
 * after each arrival and after a lost connection comes back (what was published meanwhile).
 */
@Injectable({ providedIn: 'root' })
export class LiveAlerts {
  private readonly countQuery = inject(UnreadNotificationCountGQL);
  private readonly receivedSubscription = inject(NotificationReceivedGQL);
  private readonly live = inject(LiveConnection);

  private readonly count = signal(0);
  private readonly last = signal<NotificationItem | null>(null);
  private readonly arrivals = new Subject<NotificationItem>();
  private readonly refreshes = new Subject<void>();

  /** Unread alerts (the bell). */
  readonly unread = this.count.asReadonly();
  /** The alert that arrived last during this visit, for the notice; null once dismissed. */
  readonly latest = this.last.asReadonly();
  /** Each alert as it arrives. */
  readonly arrived = this.arrivals.asObservable();

  constructor() {
    const session = inject(Session);
    const userId = toObservable(computed(() => session.user()?.id ?? null));

    userId
      .pipe(
        switchMap((id) => {
          if (!id) {
            this.count.set(0);
            this.last.set(null);
            return EMPTY;
          }
          return merge(this.refreshes, this.live.reconnected).pipe(
            startWith(undefined),
            switchMap(() =>
              this.countQuery.fetch({ fetchPolicy: 'network-only' }).pipe(
                map((result) => result.data?.unreadNotificationCount),
                catchError(() => EMPTY),
              ),
            ),
          );
        }),
        filter((value): value is number => typeof value === 'number'),
        takeUntilDestroyed(),
      )
      .subscribe((value) => this.count.set(value));

    userId
      .pipe(
        switchMap((id) =>
          id
            ? this.receivedSubscription.subscribe().pipe(
                map((result) => result.data?.notificationReceived ?? null),
                // A stream that fails (server restarted, refused) is opened again, more slowly each time.
                retry({ delay: (_error, attempt) => timer(retryDelay(attempt)) }),
              )
            : EMPTY,
        ),
        filter((item): item is NotificationItem => item !== null),
        takeUntilDestroyed(),
      )
      .subscribe((item) => {
        if (!item.readAt) this.count.update((value) => value + 1);
        this.last.set(item);
        this.arrivals.next(item);
        this.refresh();
      });
  }

  /** Reads the unread count again (after marking alerts read or acknowledging them). */
  refresh(): void {
    this.refreshes.next();
  }

  /** The notice was closed or its alert opened. */
  dismissLatest(): void {
    this.last.set(null);
  }
}
