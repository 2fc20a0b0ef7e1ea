import { CaseStatus } from '@continuum/domain';
import { CasePage } from './case-query.service';
import { CaseConnectionModel } from './cases.models';

/** A connection whose counts run only if the client asks for them (one grouped query for both). */
export type LazyCaseConnection = Omit<CaseConnectionModel, 'totalCount' | 'countsByStatus'> & {
  counts: () => Promise<{ status: CaseStatus; count: number }[]>;
};

export function connectionOf(
  page: CasePage,
  count: (page: CasePage) => Promise<{ status: CaseStatus; count: number }[]>,
): LazyCaseConnection {
  let counts: Promise<{ status: CaseStatus; count: number }[]> | null = null;
  const edges = page.rows.map((node) => ({ cursor: page.cursorOf(node), node }));
  return {
    edges,
    pageInfo: { hasNextPage: page.hasNextPage, endCursor: edges.at(-1)?.cursor ?? null },
    counts: () => (counts ??= count(page)),
  };
}
