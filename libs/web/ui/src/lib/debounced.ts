import { DestroyRef, inject, Signal, signal, untracked, effect } from '@angular/core';

/**
 * A copy of `source` that follows it `ms` after it stops changing (search boxes: one request
 * when the user pauses, not one per key). Call it in an injection context.
 */
export function debounced<T>(source: Signal<T>, ms = 250): Signal<T> {
  const result = signal(untracked(source));
  let timer: ReturnType<typeof setTimeout> | undefined;
  effect(() => {
    const value = source();
    clearTimeout(timer);
    timer = setTimeout(() => result.set(value), ms);
  });
  inject(DestroyRef).onDestroy(() => clearTimeout(timer));
  return result.asReadonly();
}
