import DataLoader from 'dataloader';

const perRequest = new WeakMap<object, Map<string, DataLoader<unknown, unknown>>>();

/**
 * One DataLoader per relation and per request: created on first use, dropped with the request.
 * `batch` must return results in the order of its keys (see `inKeyOrder`).
 */
export function requestLoader<K, V>(
  request: object,
  name: string,
  batch: (keys: readonly K[]) => Promise<V[]>,
): DataLoader<K, V> {
  let loaders = perRequest.get(request);
  if (!loaders) {
    loaders = new Map();
    perRequest.set(request, loaders);
  }
  let loader = loaders.get(name) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader<K, V>(batch, { maxBatchSize: 1000 });
    loaders.set(name, loader as DataLoader<unknown, unknown>);
  }
  return loader;
}

/** Arranges rows in the order of `keys`, with `fallback` where a key has no row. */
export function inKeyOrder<K, R, V = R>(
  keys: readonly K[],
  rows: R[],
  keyOf: (row: R) => K,
  fallback: V,
): (R | V)[] {
  const byKey = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => byKey.get(key) ?? fallback);
}

/** Groups rows under each key, in the order of `keys` (for one-to-many relations). */
export function groupedInKeyOrder<K, R>(keys: readonly K[], rows: R[], keyOf: (row: R) => K): R[][] {
  const groups = new Map<K, R[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return keys.map((key) => groups.get(key) ?? []);
}
