import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RequestPrincipal } from '@continuum/server/platform';
import { groupedInKeyOrder } from '@continuum/server/platform';
import { DataSource, In } from 'typeorm';
import { CaseQueryService } from './case-query.service';
import { MyWorkModel } from './cases.models';
import { ActionStatus, CaseActionEntity } from './entities/case-action.entity';
import { AssignmentStatus, CaseAssignmentEntity } from './entities/case-assignment.entity';
import { CaseCommentEntity } from './entities/case-comment.entity';
import { CaseEventEntity } from './entities/case-event.entity';
import { CasePersonEntity } from './entities/case-person.entity';
import { CaseShareEntity } from './entities/case-share.entity';

/**
 * Batch reads of what hangs off cases, for the DataLoaders. Callers pass ids of cases the principal
 * may read (they come from a policy-narrowed parent), so these queries need no policy of their own.
 */
@Injectable()
export class CaseWorkQueries {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly query: CaseQueryService,
  ) {}

  /** Referrals with their organisation joined (the resolver primes the organisation loader with it). */
  async assignmentsOf(caseIds: readonly string[]): Promise<CaseAssignmentEntity[][]> {
    const rows = await this.dataSource.getRepository(CaseAssignmentEntity).find({
      where: { caseId: In([...caseIds]) },
      relations: { organization: true },
      order: { requestedAt: 'ASC' },
    });
    return groupedInKeyOrder(caseIds, rows, (row) => row.caseId);
  }

  async actionsOf(caseIds: readonly string[]): Promise<CaseActionEntity[][]> {
    const rows = await this.dataSource
      .getRepository(CaseActionEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC' } });
    return groupedInKeyOrder(caseIds, rows, (row) => row.caseId);
  }

  async commentsOf(caseIds: readonly string[]): Promise<CaseCommentEntity[][]> {
    const rows = await this.dataSource
      .getRepository(CaseCommentEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC' } });
    return groupedInKeyOrder(caseIds, rows, (row) => row.caseId);
  }

  async eventsOf(caseIds: readonly string[]): Promise<CaseEventEntity[][]> {
    const rows = await this.dataSource
      .getRepository(CaseEventEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { id: 'ASC' } });
    return groupedInKeyOrder(caseIds, rows, (row) => row.caseId);
  }

  async sharesOf(caseIds: readonly string[]): Promise<CaseShareEntity[][]> {
    const rows = await this.dataSource
      .getRepository(CaseShareEntity)
      .find({ where: { caseId: In([...caseIds]) }, order: { createdAt: 'ASC' } });
    return groupedInKeyOrder(caseIds, rows, (row) => row.caseId);
  }

  /** Persons of the cases among `caseIds` whose nominative data the principal may read; null for the others. */
  async personsOf(
    caseIds: readonly string[],
    principal: RequestPrincipal,
  ): Promise<(CasePersonEntity[] | null)[]> {
    const readable = await this.query.personsReadable(caseIds, principal);
    const allowed = caseIds.filter((id) => readable.has(id));
    const rows = allowed.length
      ? await this.dataSource
          .getRepository(CasePersonEntity)
          .find({ where: { caseId: In(allowed) }, order: { createdAt: 'ASC' } })
      : [];
    const grouped = groupedInKeyOrder(caseIds, rows, (row) => row.caseId);
    return caseIds.map((id, i) => (readable.has(id) ? grouped[i] : null));
  }

  /** Ids of the cases linked to each case (the linked cases themselves are read through the policy). */
  async linkedIdsOf(caseIds: readonly string[]): Promise<string[][]> {
    const rows: { a: string; b: string }[] = await this.dataSource.query(
      'select case_a_id as a, case_b_id as b from case_links where case_a_id = any($1) or case_b_id = any($1)',
      [caseIds],
    );
    return caseIds.map((id) => rows.flatMap((row) => (row.a === id ? [row.b] : row.b === id ? [row.a] : [])));
  }

  /** « Mes dossiers »: referrals my organisation must answer and its actions due, on cases I may read. */
  async myWork(principal: RequestPrincipal): Promise<MyWorkModel> {
    const readable = this.query.readable(principal).select('c.id');
    const pendingReferrals = await this.dataSource
      .getRepository(CaseAssignmentEntity)
      .createQueryBuilder('a')
      .where('a.organization_id = :org and a.status = :pending', {
        org: principal.actor.organizationId,
        pending: AssignmentStatus.PENDING,
      })
      .andWhere(`a.case_id in (${readable.getQuery()})`, readable.getParameters())
      .orderBy('a.requested_at', 'DESC')
      .limit(100)
      .getMany();
    const dueActions = await this.dataSource
      .getRepository(CaseActionEntity)
      .createQueryBuilder('x')
      .where('x.organization_id = :org and x.status in (:...open)', {
        org: principal.actor.organizationId,
        open: [ActionStatus.TODO, ActionStatus.IN_PROGRESS],
      })
      .andWhere(`x.due_on <= ((now() at time zone 'Europe/Paris')::date + 7)`)
      .andWhere(`x.case_id in (${readable.getQuery()})`, readable.getParameters())
      .orderBy('x.due_on', 'ASC')
      .limit(100)
      .getMany();
    return { pendingReferrals, dueActions };
  }
}
