import type { ConnectionOptions } from 'bullmq';
import type { AppConfig } from '../config/app-config';

/** Longest a caller waits for Redis when adding or checking jobs; the sweeps cover the rest. */
export const REDIS_TIMEOUT_MS = 3000;

/**
 * The one way the platform connects BullMQ to Redis.
 *
 * - `producer` (adding and checking jobs, the board): a command fails at once while Redis is away
 *   instead of waiting in ioredis' offline queue, so a request is never held by Redis — the rows
 *   stay PENDING and a sweep hands them over again.
 * - `worker` (a queue's worker): commands wait for Redis to come back (BullMQ's requirement for
 *   its blocking connection), so a worker rides through an outage.
 *
 * Both reconnect every 0.2 s to 2 s, and close quickly: ioredis arms its disconnect timer even when
 * the socket is already gone (Redis down), and its 2 s default then outlives the application.
 */
export function bullConnection(
  config: Pick<AppConfig, 'redisUrl'>,
  use: 'producer' | 'worker',
): ConnectionOptions {
  const common = {
    url: config.redisUrl,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
    disconnectTimeout: 500,
  };
  return use === 'producer'
    ? { ...common, maxRetriesPerRequest: 1, enableOfflineQueue: false, connectTimeout: REDIS_TIMEOUT_MS }
    : { ...common, maxRetriesPerRequest: null };
}

/** One log line per outage: ioredis repeats its error at every reconnection attempt. */
export function throttledWarning(
  warn: (message: string) => void,
  everyMs = 30_000,
): (message: string) => void {
  let last = 0;
  return (message) => {
    const now = Date.now();
    if (now - last < everyMs) return;
    last = now;
    warn(message);
  };
}
