import { Args, Int, Query, Resolver } from '@nestjs/graphql';
import { InjectRepository } from '@nestjs/typeorm';
import {
  Can,
  CurrentPrincipal,
  decodeCursor,
  encodeCursor,
  pageSize,
  LIST_COMPLEXITY,
} from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { AuditVisibility } from './audit-visibility';
import { Repository } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';
import { AuditEntryConnection, AuditEntryModel } from './audit-entry.model';
import { applyAuditFilter, AuditEntryFilter } from './journal/audit-filter';

@Resolver(() => AuditEntryModel)
export class AuditResolver {
  constructor(
    @InjectRepository(AuditEntryEntity) private readonly entries: Repository<AuditEntryEntity>,
    private readonly visibility: AuditVisibility,
  ) {}

  /**
   * The journal, newest first, for the administrator, the prefect's cabinet and the DPO, narrowed
   * by `filter` (and by `action`, kept for the clients that pass it alone).
   */
  @Can('read', 'AuditEntry')
  @Query(() => AuditEntryConnection, { complexity: LIST_COMPLEXITY })
  async auditEntries(
    @CurrentPrincipal() principal: RequestPrincipal,
    @Args('first', { type: () => Int, nullable: true }) first?: number,
    @Args('after', { nullable: true }) after?: string,
    @Args('action', { nullable: true, description: 'Préfixe d’action, par exemple « auth. »' })
    action?: string,
    @Args('filter', { type: () => AuditEntryFilter, nullable: true }) filter?: AuditEntryFilter,
  ): Promise<AuditEntryConnection> {
    const size = pageSize(first);
    const afterId = decodeCursor(after);
    const base = this.entries.createQueryBuilder('e');
    if (action) base.andWhere('e.action like :prefix', { prefix: `${action.replace(/[%_\\]/g, '\\$&')}%` });
    if (filter) applyAuditFilter(base, filter);
    const totalCount = await base.clone().getCount();
    if (afterId) {
      if (!/^\d+$/.test(afterId))
        return { totalCount, edges: [], pageInfo: { hasNextPage: false, endCursor: null } };
      base.andWhere('e.id < :afterId', { afterId });
    }
    const rows = await base
      .orderBy('e.id', 'DESC')
      .take(size + 1)
      .getMany();
    const page = rows.slice(0, size);
    const hidden = await this.visibility.hidden(page, principal);
    const edges = page.map((row) => {
      const redacted = hidden.has(`${row.subjectType}:${row.subjectId}`);
      return {
        cursor: encodeCursor(row.id),
        node: {
          ...row,
          actorName: row.actorLabel,
          reason: redacted ? null : row.reason,
          details: redacted ? null : row.details,
          redacted,
        },
      };
    });
    return {
      totalCount,
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
    };
  }
}
