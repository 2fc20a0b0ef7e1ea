import { Injectable } from '@angular/core';
import { ApolloLink } from '@apollo/client';
import type { Client } from 'graphql-ws/client';
import { from, mergeMap, Observable, Subject } from 'rxjs';

/** The live endpoint: the same host as the page, `wss:` under `https:`. */
export function liveEndpoint(location: Pick<Location, 'protocol' | 'host'>, path: string): string {
  return `${location.protocol === 'https:' ? 'wss:' : 'ws:'}//${location.host}${path}`;
}

/** Between two attempts to reconnect: 1 s, 2 s, 4 s… up to 30 s, with some jitter. */
export function retryDelay(attempt: number): number {
  return Math.min(30_000, 1000 * 2 ** attempt) + Math.floor(Math.random() * 500);
}

interface Live {
  client: Client;
  link: ApolloLink;
}

/**
 * The WebSocket (graphql-ws) that carries subscriptions, authenticated by the session cookie the
 * browser sends with the upgrade. Loaded on the first subscription (graphql-ws stays out of the
 * initial bundle), opened lazily, retried for ever while signed in; `close()` on sign-out so the
 * next user gets a socket of their own.
 */
@Injectable({ providedIn: 'root' })
export class LiveConnection {
  private live: Promise<Live> | null = null;
  private readonly reconnections = new Subject<void>();

  /** Fires when the socket comes back after a loss: what was published meanwhile was missed. */
  readonly reconnected = this.reconnections.asObservable();

  /** The terminating link for subscription operations. */
  readonly link = new ApolloLink((operation) =>
    from(this.open()).pipe(mergeMap((live) => live.link.request(operation, () => new Observable()))),
  );

  /** Closes the socket (sign-out, expired session); the next subscription opens a new one. */
  close(): void {
    const live = this.live;
    this.live = null;
    void live?.then(({ client }) => client.dispose()).catch(() => undefined);
  }

  private open(): Promise<Live> {
    this.live ??= Promise.all([
      import('graphql-ws/client'),
      import('@apollo/client/link/subscriptions'),
    ]).then(([{ createClient }, { GraphQLWsLink }]) => {
      let connections = 0;
      const client = createClient({
        url: liveEndpoint(window.location, '/graphql'),
        lazy: true,
        retryAttempts: Number.POSITIVE_INFINITY,
        shouldRetry: () => true,
        retryWait: (retries) => new Promise((resolve) => setTimeout(resolve, retryDelay(retries))),
        on: {
          connected: () => {
            connections += 1;
            if (connections > 1) this.reconnections.next();
          },
        },
      });
      return { client, link: new GraphQLWsLink(client) };
    });
    return this.live;
  }
}
