import { request as httpRequest } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP } from 'node:net';
import { guardedLookup, isForbiddenAddress } from './webhook-address';

export interface WebhookPost {
  url: string;
  body: string;
  headers: Record<string, string>;
  timeoutMs: number;
  /** Refuse private and reserved addresses, at the connection itself (production). */
  guarded: boolean;
}

/** A failed attempt, with the HTTP status when the partner answered. */
export class WebhookAttemptError extends Error {
  constructor(
    message: string,
    readonly responseStatus: number | null = null,
  ) {
    super(message);
  }
}

/**
 * POSTs one delivery and resolves with the answer's status (2xx), or rejects with a
 * `WebhookAttemptError` saying why in French.
 *
 * `node:http(s)` rather than `fetch`: its `lookup` hook lets the address check run on the very
 * addresses the socket connects to (`fetch` resolves the name again on its own), and it follows
 * no redirect (a 3xx to an internal address would otherwise be followed).
 */
export function postWebhook(post: WebhookPost): Promise<number> {
  const url = new URL(post.url);
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (post.guarded && url.protocol !== 'https:')
    return Promise.reject(new WebhookAttemptError('Adresse refusée : le webhook doit être en https://.'));
  // A literal address is never looked up: judge it here.
  if (post.guarded && isIP(host) && isForbiddenAddress(host))
    return Promise.reject(
      new WebhookAttemptError(`Adresse refusée : ${host} est une adresse privée, locale ou réservée.`),
    );
  const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise<number>((resolve, reject) => {
    const fail = (message: string, status: number | null = null) =>
      reject(new WebhookAttemptError(message, status));
    const request = send(
      url,
      {
        method: 'POST',
        headers: { ...post.headers, 'Content-Length': String(Buffer.byteLength(post.body)) },
        agent: false,
        lookup: post.guarded ? guardedLookup : undefined,
        signal: AbortSignal.timeout(post.timeoutMs),
      },
      (response) => {
        const status = response.statusCode ?? 0;
        // The answer's body is not read: only its status matters.
        response.destroy();
        if (status >= 200 && status < 300) resolve(status);
        else if (status >= 300 && status < 400)
          fail(`Réponse HTTP ${status} : les redirections ne sont pas suivies.`, status);
        else fail(`Réponse HTTP ${status}.`, status);
      },
    );
    request.on('error', (error: NodeJS.ErrnoException) => {
      if (error.name === 'AbortError' || error.name === 'TimeoutError')
        fail(`Pas de réponse en ${Math.round(post.timeoutMs / 1000)} s.`);
      else if (error.code === 'EADDRREFUSED') fail(error.message);
      else fail(`Point de réception injoignable (${error.code ?? error.message}).`);
    });
    request.end(post.body);
  });
}
