/**
 * The promise's outcome, or an error once `ms` have passed — for calls to a service that may be
 * away (ioredis and BullMQ wait for Redis to come back rather than fail). The promise itself is not
 * cancelled: what it does once it settles must be harmless (every job id makes a second add a no-op).
 */
export function withTimeout<T>(promise: Promise<T>, ms: number, what = 'Redis'): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${what} n’a pas répondu en ${ms} ms`)), ms);
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
