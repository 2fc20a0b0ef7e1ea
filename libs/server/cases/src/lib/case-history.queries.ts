import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, decodeCursor, encodeCursor, groupedInKeyOrder } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { CaseCommentModel } from './cases.models';
import { CaseEventEntity } from './entities/case-event.entity';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** A Postgres instant to the microsecond, in UTC: a cursor rounded to the millisecond would skip rows. */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{6}Z$/;
export const MICRO_INSTANT = (column: string) =>
  `to_char(${column} at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/** One page of a case's comments or history, the newest first. */
export interface HistoryPage<T> {
  caseId: string;
  nodes: T[];
  hasNextPage: boolean;
  endCursor: string | null;
}

export type CommentRow = CaseCommentModel & { caseId: string; cursorAt: string };

/**
 * Pages of what hangs off a case, newest first, each case's page in one statement for all the cases
 * of a request (a lateral subquery per case, on the (case_id, created_at, id) and (case_id, id)
 * indexes). Callers pass ids of cases the principal may read — the parent case came through the
 * policy — and the keyset stays inside each case: a cursor taken from another case only says where
 * to start, never which case to read.
 */
@Injectable()
export class CaseHistoryQueries {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async commentPages(
    caseIds: readonly string[],
    size: number,
    after: string | undefined,
  ): Promise<(HistoryPage<CommentRow> & { totalCount: number })[]> {
    const params: unknown[] = [caseIds, size + 1];
    let keyset = '';
    const cursor = decodeCursor(after);
    if (cursor) {
      const [at, id] = cursor.split('|');
      if (!id || !UUID.test(id) || !INSTANT.test(at) || Number.isNaN(Date.parse(at)))
        throw badInput('after', 'Curseur « after » invalide.');
      params.push(at, id);
      keyset = 'and (cc.created_at, cc.id) < (cast($3 as timestamptz), cast($4 as uuid))';
    }
    // Each case's total comes in the same statement (an index-only count), one row per case even
    // when its page is empty.
    const rows: (CommentRow & { caseKey: string; total: number })[] = await this.dataSource.query(
      `select k.case_id as "caseKey",
              (select count(*)::int from case_comments t where t.case_id = k.case_id) as total, p.*
         from unnest($1::uuid[]) as k(case_id)
         left join lateral (
           select cc.id, cc.case_id as "caseId", cc.author_label as "authorLabel", cc.body,
                  cc.created_at as "createdAt", cc.addressed_to_organization_id as "addressedToOrganizationId",
                  ${MICRO_INSTANT('cc.created_at')} as "cursorAt"
             from case_comments cc
            where cc.case_id = k.case_id ${keyset}
            order by cc.created_at desc, cc.id desc
            limit $2) p on true`,
      params,
    );
    const totals = new Map(rows.map((row) => [row.caseKey, row.total]));
    const pages = pagesOf(
      caseIds,
      rows.filter((row) => row.id !== null),
      size,
      (row) => `${row.cursorAt}|${row.id}`,
    );
    return pages.map((page) => ({ ...page, totalCount: totals.get(page.caseId) ?? 0 }));
  }

  async eventPages(
    caseIds: readonly string[],
    size: number,
    after: string | undefined,
  ): Promise<HistoryPage<CaseEventEntity>[]> {
    const params: unknown[] = [caseIds, size + 1];
    let keyset = '';
    const cursor = decodeCursor(after);
    if (cursor) {
      if (!/^\d{1,18}$/.test(cursor)) throw badInput('after', 'Curseur « after » invalide.');
      params.push(cursor);
      keyset = 'and e.id < cast($3 as bigint)';
    }
    const rows: CaseEventEntity[] = await this.dataSource.query(
      `select p.* from unnest($1::uuid[]) as k(case_id)
       cross join lateral (
         select e.id::text as id, e.case_id as "caseId", e.occurred_at as "occurredAt",
                e.actor_user_id as "actorUserId", e.actor_label as "actorLabel", e.kind, e.data
           from case_events e
          where e.case_id = k.case_id ${keyset}
          order by e.id desc
          limit $2) p`,
      params,
    );
    return pagesOf(caseIds, rows, size, (row) => row.id);
  }
}

function pagesOf<T extends { caseId: string }>(
  caseIds: readonly string[],
  rows: T[],
  size: number,
  cursorOf: (row: T) => string,
): HistoryPage<T>[] {
  return groupedInKeyOrder(caseIds, rows, (row) => row.caseId).map((group, i) => {
    const nodes = group.slice(0, size);
    const last = nodes.at(-1);
    return {
      caseId: caseIds[i],
      nodes,
      hasNextPage: group.length > size,
      endCursor: last ? encodeCursor(cursorOf(last)) : null,
    };
  });
}
