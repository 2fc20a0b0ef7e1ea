import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CaseEntity, readableCases } from '@continuum/server/cases';
import { badInput, decodeCursor, encodeCursor, notFound, pageSize } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import type { AlertSeverity, AlertTopic } from '@continuum/domain';
import { AlertEntity, NotificationEntity } from './alerts.entities';
import type { LazyNotificationPage } from './notification-page.resolver';
import { readableSpike } from './spikes/spike-readers.sql';

export interface NotificationFilter {
  unread?: boolean;
  unacknowledged?: boolean;
  severities?: AlertSeverity[];
  topics?: AlertTopic[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** An instant to the microsecond, in UTC, as the cursor carries it (to the millisecond before). */
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3,6}Z$/;
const CURSOR_AT = `to_char(n.created_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`;

/**
 * A user's notifications. Read under the policy at every read, not only at fan-out: an alert about
 * a case the user can no longer read (sensitivity raised, access removed) disappears from their
 * centre. Manual alerts carry what their author wrote and stay. A spike stays for whoever may still
 * read the diagnostic's figures of its zone.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  mine(principal: RequestPrincipal): SelectQueryBuilder<NotificationEntity> {
    const policy = readableCases(principal.ability, 'pc');
    const figures = readableSpike(principal.ability, 'a');
    // The case is joined (one primary-key probe per notification read), not asked through a
    // correlated `exists`: Postgres then checks the policy row by row as the (user_id, created_at,
    // id) index walks, and stops at the page's end; the count is one pass too.
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .innerJoin(AlertEntity, 'a', 'a.id = n.alert_id')
      .leftJoin(CaseEntity, 'pc', 'pc.id = a.case_id')
      .where('n.user_id = :me', { me: principal.actor.userId })
      .andWhere(`(a.case_id is null or a.topic = 'MANUAL' or (${policy.sql}))`, policy.params)
      .andWhere(`(a.topic <> 'INCIDENT_SPIKE' or (${figures.sql}))`, figures.params);
  }

  /**
   * A page, newest first, by keyset on (created_at, id) — the cursor keeps the microseconds, so that
   * notifications written in one fan-out (the same instant) are neither skipped nor repeated. The
   * total runs only if the client asks for it (`totalCount` is resolved lazily).
   */
  async page(
    principal: RequestPrincipal,
    first: number | undefined,
    after: string | undefined,
    filter: NotificationFilter,
  ): Promise<LazyNotificationPage> {
    const size = pageSize(first, 20);
    const query = this.mine(principal);
    if (filter.unread) query.andWhere('n.read_at is null');
    if (filter.unacknowledged) query.andWhere('n.acknowledged_at is null');
    if (filter.severities?.length)
      query.andWhere('a.severity in (:...severities)', { severities: filter.severities });
    if (filter.topics?.length) query.andWhere('a.topic in (:...topics)', { topics: filter.topics });
    // Counted under the same policy and filters, before the cursor narrows the page.
    const counted = query.clone();
    let total: Promise<number> | null = null;
    const cursor = decodeCursor(after);
    if (cursor) {
      const [at, id] = cursor.split('|');
      if (!id || !UUID.test(id) || !INSTANT.test(at) || Number.isNaN(Date.parse(at)))
        throw badInput('after', 'Curseur « after » invalide.');
      query.andWhere('(n.created_at, n.id) < (cast(:at as timestamptz), cast(:id as uuid))', { at, id });
    }
    const { entities, raw } = await query
      .addSelect(CURSOR_AT, 'n_cursor_at')
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1)
      .getRawAndEntities<{ n_id: string; n_cursor_at: string }>();
    const items = entities.slice(0, size);
    const last = items.at(-1);
    const lastAt = last && raw.find((row) => row.n_id === last.id)?.n_cursor_at;
    return {
      items,
      totalCount: () => (total ??= countOf(counted)),
      nextCursor: entities.length > size && lastAt ? encodeCursor(`${lastAt}|${last.id}`) : null,
    };
  }

  unreadCount(principal: RequestPrincipal): Promise<number> {
    return countOf(this.mine(principal).andWhere('n.read_at is null'));
  }

  async one(id: string, principal: RequestPrincipal): Promise<NotificationEntity> {
    const row = UUID.test(id) ? await this.mine(principal).andWhere('n.id = :id', { id }).getOne() : null;
    if (!row) throw notFound('Alerte introuvable.');
    return row;
  }

  async markRead(ids: readonly string[], principal: RequestPrincipal): Promise<number> {
    if (ids.some((id) => !UUID.test(id))) throw badInput('ids', 'Identifiant d’alerte invalide.');
    if (ids.length === 0) return 0;
    return this.markVisibleRead(this.mine(principal).andWhere('n.id in (:...ids)', { ids }));
  }

  async markAllRead(principal: RequestPrincipal): Promise<number> {
    return this.markVisibleRead(this.mine(principal));
  }

  /**
   * Marks read the unread notifications of `visible` — the user's own, under the policy: one about
   * a case they may no longer read is neither touched nor counted (the count would tell it exists).
   */
  private async markVisibleRead(visible: SelectQueryBuilder<NotificationEntity>): Promise<number> {
    const [select, parameters] = visible.andWhere('n.read_at is null').select('n.id').getQueryAndParameters();
    // `read_at is null` is checked again on the row itself: of two calls at once, the second waits for
    // the first, then finds the row read and neither touches nor counts it.
    const result = await this.dataSource.query(
      `update notifications set read_at = now() where read_at is null and id in (${select})`,
      parameters,
    );
    return result[1] ?? 0;
  }

  /** Acknowledged is read too: the sender sees who has taken it in. */
  async acknowledge(id: string, principal: RequestPrincipal): Promise<NotificationEntity> {
    const row = await this.one(id, principal);
    await this.dataSource.query(
      `update notifications set acknowledged_at = coalesce(acknowledged_at, now()), read_at = coalesce(read_at, now()) where id = $1`,
      [row.id],
    );
    return this.one(id, principal);
  }

  alertsByIds(ids: readonly string[]): Promise<AlertEntity[]> {
    return this.dataSource.getRepository(AlertEntity).findBy({ id: In([...ids]) });
  }
}

/**
 * count(*) of the user's notifications under the policy: each notification joins one alert and at
 * most one case, so no row is repeated — TypeORM's getCount() would count distinct ids, a sort or
 * hash of them all for nothing.
 */
async function countOf(query: SelectQueryBuilder<NotificationEntity>): Promise<number> {
  const row = await query.select('count(*)::int', 'count').orderBy().getRawOne<{ count: number }>();
  return row?.count ?? 0;
}
