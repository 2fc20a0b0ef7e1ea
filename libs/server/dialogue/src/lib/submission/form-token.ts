import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * The public form's token: when the form was handed out and a random nonce, signed with the
 * platform's key (HMAC-SHA-256). A submission must come at least `minFillMs` after the form was
 * given (a person reads and writes; a script posts at once) and at most `maxAgeMs` after; each token
 * is used once (the nonce, kept in Redis). No third party, no script from elsewhere: the client
 * asks the API for a token when it shows the form.
 */
export interface FormTokenTiming {
  minFillMs: number;
  maxAgeMs: number;
}

export type FormTokenCheck =
  { ok: true; nonce: string; issuedAt: number } | { ok: false; reason: 'forged' | 'too-fast' | 'expired' };

const VERSION = 'f1';

function signature(secret: string, payload: string): string {
  return createHmac('sha256', secret).update(payload).digest('base64url');
}

/** A token for a form handed out at `issuedAt` (ms since the epoch). */
export function signFormToken(
  secret: string,
  issuedAt: number,
  nonce = randomBytes(16).toString('base64url'),
): string {
  const payload = `${VERSION}.${issuedAt.toString(36)}.${nonce}`;
  return `${payload}.${signature(secret, payload)}`;
}

/** Whether `token` was signed with `secret`, and sent neither too soon nor too late at `now`. */
export function checkFormToken(
  secret: string,
  token: string,
  now: number,
  timing: FormTokenTiming,
): FormTokenCheck {
  const parts = typeof token === 'string' && token.length <= 200 ? token.split('.') : [];
  if (parts.length !== 4 || parts[0] !== VERSION) return { ok: false, reason: 'forged' };
  const payload = parts.slice(0, 3).join('.');
  const expected = Buffer.from(signature(secret, payload));
  const given = Buffer.from(parts[3]);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'forged' };
  const issuedAt = parseInt(parts[1], 36);
  if (!Number.isSafeInteger(issuedAt)) return { ok: false, reason: 'forged' };
  const age = now - issuedAt;
  if (age < timing.minFillMs) return { ok: false, reason: 'too-fast' };
  if (age > timing.maxAgeMs) return { ok: false, reason: 'expired' };
  return { ok: true, nonce: parts[2], issuedAt };
}
