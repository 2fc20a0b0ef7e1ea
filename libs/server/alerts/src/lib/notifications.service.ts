import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { readableCases } from '@continuum/server/cases';
import { badInput, decodeCursor, encodeCursor, notFound, pageSize } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource, In, SelectQueryBuilder } from 'typeorm';
import type { AlertSeverity, AlertTopic } from '@continuum/domain';
import { AlertEntity, NotificationEntity } from './alerts.entities';

export interface NotificationFilter {
  unread?: boolean;
  unacknowledged?: boolean;
  severities?: AlertSeverity[];
  topics?: AlertTopic[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A user's notifications. Read under the policy at every read, not only at fan-out: an alert about
 * a case the user can no longer read (sensitivity raised, access removed) disappears from their
 * centre. Manual alerts carry what their author wrote and stay.
 */
@Injectable()
export class NotificationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  mine(principal: RequestPrincipal): SelectQueryBuilder<NotificationEntity> {
    const policy = readableCases(principal.ability, 'pc');
    return this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .innerJoin(AlertEntity, 'a', 'a.id = n.alert_id')
      .where('n.user_id = :me', { me: principal.actor.userId })
      .andWhere(
        `(a.case_id is null or a.topic = 'MANUAL' or exists (select 1 from cases pc where pc.id = a.case_id and (${policy.sql})))`,
        policy.params,
      );
  }

  async page(
    principal: RequestPrincipal,
    first: number | undefined,
    after: string | undefined,
    filter: NotificationFilter,
  ): Promise<{ items: NotificationEntity[]; nextCursor: string | null; totalCount: number }> {
    const size = pageSize(first, 20);
    const query = this.mine(principal);
    if (filter.unread) query.andWhere('n.read_at is null');
    if (filter.unacknowledged) query.andWhere('n.acknowledged_at is null');
    if (filter.severities?.length)
      query.andWhere('a.severity in (:...severities)', { severities: filter.severities });
    if (filter.topics?.length) query.andWhere('a.topic in (:...topics)', { topics: filter.topics });
    // Counted under the same policy and filters, before the cursor narrows the page.
    const totalCount = await query.clone().getCount();
    const cursor = decodeCursor(after);
    if (cursor) {
      const [at, id] = cursor.split('|');
      if (!id || !UUID.test(id) || Number.isNaN(Date.parse(at)))
        throw badInput('after', 'Curseur « after » invalide.');
      query.andWhere('(n.created_at, n.id) < (cast(:at as timestamptz), cast(:id as uuid))', { at, id });
    }
    const rows = await query
      .orderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(size + 1)
      .getMany();
    const items = rows.slice(0, size);
    const last = items.at(-1);
    return {
      items,
      totalCount,
      nextCursor:
        rows.length > size && last ? encodeCursor(`${last.createdAt.toISOString()}|${last.id}`) : null,
    };
  }

  unreadCount(principal: RequestPrincipal): Promise<number> {
    return this.mine(principal).andWhere('n.read_at is null').getCount();
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
