import { computed, DestroyRef, inject, Signal, signal } from '@angular/core';
import { takeUntilDestroyed, toObservable } from '@angular/core/rxjs-interop';
import {
  BehaviorSubject,
  catchError,
  combineLatest,
  EMPTY,
  finalize,
  Observable,
  switchMap,
  tap,
} from 'rxjs';
import { describeProblem, Problem } from './problem';

export interface LiveQuery<T> {
  /** The latest result; kept while a newer one loads, so lists do not flicker while typing. */
  readonly value: Signal<T | undefined>;
  readonly loading: Signal<boolean>;
  readonly problem: Signal<Problem | null>;
  reload(): void;
}

/**
 * Runs `load` now and whenever `params` changes (the previous request is cancelled), exposing the
 * result as signals. Call it in an injection context (a component field initialiser).
 */
export function liveQuery<P, T>(params: () => P, load: (params: P) => Observable<T>): LiveQuery<T> {
  const value = signal<T | undefined>(undefined);
  const loading = signal(true);
  const problem = signal<Problem | null>(null);
  const reloads = new BehaviorSubject<void>(undefined);
  const destroyRef = inject(DestroyRef);

  combineLatest([toObservable(computed(params)), reloads])
    .pipe(
      // switchMap cancels the previous request (its finalize runs) before calling this.
      switchMap(([current]) => {
        loading.set(true);
        return load(current).pipe(
          tap(() => problem.set(null)),
          catchError((error: unknown) => {
            problem.set(describeProblem(error));
            return EMPTY;
          }),
          finalize(() => loading.set(false)),
        );
      }),
      takeUntilDestroyed(destroyRef),
    )
    .subscribe((result) => value.set(result));

  return {
    value: value.asReadonly(),
    loading: loading.asReadonly(),
    problem: problem.asReadonly(),
    reload: () => reloads.next(),
  };
}
