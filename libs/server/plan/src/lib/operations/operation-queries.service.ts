import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { OperationStatus } from '@continuum/domain/plan';
import { readableCases } from '@continuum/server/cases';
import { badInput, decodeCursor, encodeCursor, notFound, pageSize } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { run } from '../plans/plan-sql';
import { operationCommunesSql, readableOperations } from '../policy/plan-policy.sql';
import { OperationFilter } from './operation.inputs';
import {
  OperationConnectionModel,
  OperationLinkedCaseModel,
  OperationModel,
  OperationOutcomeModel,
  OperationTotalsModel,
} from './operation.models';
import { operationColumns } from './operation-rows';

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export type OperationOrder = 'STARTS_DESC' | 'STARTS_ASC';

export interface OutcomeRow extends OperationOutcomeModel {
  operationId: string;
}

/**
 * Every read of operations starts from `readableOperations`, compiled into the WHERE of the
 * statement: a planned operation exists only for its participants, a done one for the cabinet and
 * the competent public authorities too (libs/domain ability.ts, `definePlanRules`).
 */
@Injectable()
export class OperationQueriesService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private filterSql(filter: OperationFilter): { sql: string; params: Record<string, unknown> } {
    const parts: string[] = [];
    const params: Record<string, unknown> = {};
    if (filter.status?.length) {
      parts.push('o.status = any(cast(:fStatus as operation_status[]))');
      params['fStatus'] = filter.status;
    }
    if (filter.kind?.length) {
      parts.push('o.kind = any(cast(:fKind as operation_kind[]))');
      params['fKind'] = filter.kind;
    }
    if (filter.from) {
      parts.push('o.ends_at >= cast(:fFrom as timestamptz)');
      params['fFrom'] = filter.from;
    }
    if (filter.to) {
      parts.push('o.starts_at < cast(:fTo as timestamptz)');
      params['fTo'] = filter.to;
    }
    if (filter.from && filter.to && Date.parse(filter.from) >= Date.parse(filter.to)) {
      throw badInput('filter.to', 'La fin de la période doit suivre son début.');
    }
    if (filter.communeCode) {
      parts.push(`cast(:fCommune as varchar) = any(${operationCommunesSql('o')})`);
      params['fCommune'] = filter.communeCode;
    }
    return { sql: parts.length ? parts.join(' and ') : 'true', params };
  }

  async list(
    filter: OperationFilter,
    first: number | undefined,
    after: string | undefined,
    order: OperationOrder,
    principal: RequestPrincipal,
  ): Promise<OperationConnectionModel> {
    const size = pageSize(first);
    const policy = readableOperations(principal.ability, 'o');
    const where = this.filterSql(filter);
    const columns = operationColumns(principal.ability);
    const direction = order === 'STARTS_ASC' ? 'asc' : 'desc';
    let cursorSql = 'true';
    const cursorParams: Record<string, unknown> = {};
    const cursor = decodeCursor(after);
    if (cursor) {
      let parsed: unknown;
      try {
        parsed = JSON.parse(cursor);
      } catch {
        parsed = null;
      }
      if (
        !Array.isArray(parsed) ||
        typeof parsed[0] !== 'string' ||
        typeof parsed[1] !== 'string' ||
        !INSTANT.test(parsed[0]) ||
        !UUID.test(parsed[1])
      ) {
        throw badInput('after', 'Curseur « after » invalide.');
      }
      cursorSql = `(o.starts_at, o.id) ${direction === 'asc' ? '>' : '<'} (cast(:cStart as timestamptz), cast(:cId as uuid))`;
      cursorParams['cStart'] = parsed[0];
      cursorParams['cId'] = parsed[1];
    }
    const params = { ...policy.params, ...where.params, ...columns.params, ...cursorParams, limit: size + 1 };
    const [rows, [{ total }]] = await Promise.all([
      run<OperationModel>(
        this.dataSource,
        `select ${columns.sql} from operations o
          where (${policy.sql}) and ${where.sql} and ${cursorSql}
          order by o.starts_at ${direction}, o.id ${direction} limit :limit`,
        params,
      ),
      run<{ total: number }>(
        this.dataSource,
        `select count(*)::int as total from operations o where (${policy.sql}) and ${where.sql}`,
        { ...policy.params, ...where.params },
      ),
    ]);
    const page = rows.slice(0, size);
    const edges = page.map((node) => ({
      cursor: encodeCursor(JSON.stringify([new Date(node.startsAt).toISOString(), node.id])),
      node,
    }));
    return {
      edges,
      pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null },
      totalCount: total,
    };
  }

  /** One operation; NOT_FOUND alike for an unknown id and for one the reader may not read. */
  async get(id: string, principal: RequestPrincipal): Promise<OperationModel> {
    const policy = readableOperations(principal.ability, 'o');
    const columns = operationColumns(principal.ability);
    const [row] = await run<OperationModel>(
      this.dataSource,
      `select ${columns.sql} from operations o where o.id = cast(:id as uuid) and (${policy.sql})`,
      { ...policy.params, ...columns.params, id },
    );
    if (!row) throw notFound('Opération introuvable.');
    return row;
  }

  /** The readable operations linked to each of these cases (which the caller already may read). */
  async forCases(
    caseIds: readonly string[],
    principal: RequestPrincipal,
  ): Promise<(OperationModel & { caseId: string })[]> {
    const policy = readableOperations(principal.ability, 'o');
    const columns = operationColumns(principal.ability);
    return run(
      this.dataSource,
      `select oc.case_id as "caseId", ${columns.sql}
         from operation_cases oc join operations o on o.id = oc.operation_id
        where oc.case_id = any(cast(:caseIds as uuid[])) and (${policy.sql})
        order by o.starts_at desc, o.id`,
      { ...policy.params, ...columns.params, caseIds },
    );
  }

  /** The linked cases of these operations that the reader may read; nothing is said of the others. */
  linkedCases(
    operationIds: readonly string[],
    principal: RequestPrincipal,
  ): Promise<(OperationLinkedCaseModel & { operationId: string })[]> {
    const operations = readableOperations(principal.ability, 'o');
    const cases = readableCases(principal.ability, 'c');
    return run(
      this.dataSource,
      `select oc.operation_id as "operationId", c.id, c.reference, c.title
         from operation_cases oc
         join operations o on o.id = oc.operation_id
         join cases c on c.id = oc.case_id
        where oc.operation_id = any(cast(:ids as uuid[])) and (${operations.sql}) and (${cases.sql})
        order by c.reference`,
      { ...operations.params, ...cases.params, ids: operationIds },
    );
  }

  /** The outcomes entered on these operations, one per participating organisation that reported. */
  async outcomes(operationIds: readonly string[], principal: RequestPrincipal): Promise<OutcomeRow[]> {
    const policy = readableOperations(principal.ability, 'o');
    const rows = await run<OutcomeRow & { montantsRecouvres: string }>(
      this.dataSource,
      `select u.operation_id as "operationId",
              json_build_object('id', g.id, 'name', g.name, 'type', g.type) as organization,
              u.interpellations, u.verbalisations, u.fermetures_administratives as "fermeturesAdministratives",
              u.montants_recouvres as "montantsRecouvres", u.seizures, u.comment,
              u.entered_by_label as "enteredByLabel", u.xmin::text as version, u.updated_at as "updatedAt"
         from operation_outcomes u
         join operations o on o.id = u.operation_id
         join organizations g on g.id = u.organization_id
        where u.operation_id = any(cast(:ids as uuid[])) and (${policy.sql}) and o.status = :done
        order by g.name`,
      { ...policy.params, ids: operationIds, done: OperationStatus.DONE },
    );
    return rows.map((row) => ({ ...row, montantsRecouvres: Number(row.montantsRecouvres) }));
  }
}

/** The participants' outcomes added up; seizures by nature and unit (kilos and plants are not summed together). */
export function totalsOf(outcomes: readonly OperationOutcomeModel[]): OperationTotalsModel {
  const seizures = new Map<string, { nature: string; unit: string; quantity: number }>();
  for (const outcome of outcomes) {
    for (const seizure of outcome.seizures) {
      const key = `${seizure.nature.toLocaleLowerCase('fr')}\u0000${seizure.unit.toLocaleLowerCase('fr')}`;
      const total = seizures.get(key) ?? { nature: seizure.nature, unit: seizure.unit, quantity: 0 };
      total.quantity = Math.round((total.quantity + seizure.quantity) * 1000) / 1000;
      seizures.set(key, total);
    }
  }
  const sum = (pick: (o: OperationOutcomeModel) => number) => outcomes.reduce((acc, o) => acc + pick(o), 0);
  return {
    interpellations: sum((o) => o.interpellations),
    verbalisations: sum((o) => o.verbalisations),
    fermeturesAdministratives: sum((o) => o.fermeturesAdministratives),
    montantsRecouvres: Math.round(sum((o) => o.montantsRecouvres) * 100) / 100,
    seizures: [...seizures.values()].sort((a, b) => a.nature.localeCompare(b.nature, 'fr')),
    reported: outcomes.length,
  };
}
