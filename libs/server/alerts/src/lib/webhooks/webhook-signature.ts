import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/** A new signing secret: 32 random bytes, written in hex (the HMAC key is this text). */
export function newWebhookSecret(): string {
  return randomBytes(32).toString('hex');
}

/** `sha256=` and the hex HMAC-SHA256 of `<timestamp>.<body>`, keyed with the secret. */
export function signWebhook(secret: string, timestamp: number, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/**
 * What a partner does on receipt (see the README): recompute the signature over the raw body,
 * compare in constant time, and refuse a timestamp too far from now (a replayed request).
 */
export function verifyWebhookSignature(
  secret: string,
  signature: string | undefined,
  timestamp: string | undefined,
  body: string,
  { toleranceSeconds = 300, now = Date.now() }: { toleranceSeconds?: number; now?: number } = {},
): boolean {
  const seconds = Number(timestamp);
  if (!Number.isInteger(seconds) || Math.abs(now / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(signWebhook(secret, seconds, body));
  const given = Buffer.from(signature ?? '');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
