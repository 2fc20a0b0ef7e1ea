import { linkedSignal, signal } from '@angular/core';
import type { Signal } from '@angular/core';
import { describeProblem } from '@continuum/web/data-access';
import type { Problem } from '@continuum/web/data-access';

export interface HistoryPage<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * The pages after the first of a case's comments or history: « Voir plus » asks the server for the
 * next one after the last cursor. When the page reloads the case, the first page comes anew and the
 * older pages already shown are dropped (they would be asked again from the new first page).
 */
export function olderPages<T extends { id: string }>(
  first: Signal<HistoryPage<T>>,
  fetchAfter: (cursor: string) => Promise<HistoryPage<T> | null>,
) {
  const older = linkedSignal<HistoryPage<T>, T[]>({ source: first, computation: () => [] });
  const next = linkedSignal<HistoryPage<T>, string | null>({
    source: first,
    computation: (page) => (page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null),
  });
  const busy = signal(false);
  const problem = signal<Problem | null>(null);
  return {
    older: older.asReadonly(),
    hasMore: () => next() !== null,
    busy: busy.asReadonly(),
    problem: problem.asReadonly(),
    async more(): Promise<void> {
      const cursor = next();
      if (!cursor || busy()) return;
      busy.set(true);
      problem.set(null);
      try {
        const page = await fetchAfter(cursor);
        if (!page) return;
        const known = new Set([...first().nodes, ...older()].map((node) => node.id));
        older.update((nodes) => [...nodes, ...page.nodes.filter((node) => !known.has(node.id))]);
        next.set(page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null);
      } catch (error) {
        problem.set(describeProblem(error));
      } finally {
        busy.set(false);
      }
    },
  };
}
