import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { CASE_STATUS_LABELS, type CaseStatus, OPEN_STATUSES } from '@continuum/domain';
import {
  OPERATION_KIND_LABELS,
  OPERATION_STATUS_LABELS,
  type OperationKind,
  type OperationStatus,
} from '@continuum/domain/plan';
import { readableCases } from '@continuum/server/cases';
import { APP_CONFIG, type AppConfig, notFound, type RequestPrincipal } from '@continuum/server/platform';
import { DataSource } from 'typeorm';
import { readableOperations, readableResultAggregates } from '../policy/plan-policy.sql';
import { ObjectivesService } from '../plans/objectives.service';
import { toObjectiveModel } from '../plans/plan-rows';
import { run } from '../plans/plan-sql';
import { PlansService } from '../plans/plans.service';
import { communeFigures } from './commune-figures';
import type { CommuneResultsModel } from './results.models';

export const NO_RESULTS = 'Commune introuvable.';

/**
 * A commune's results, for its mairie and the cabinet: its figures against the département's
 * (masked below the threshold for anyone but the cabinet), the operations and open cases there that
 * the reader may read, and the adopted plan's objectives that concern it. A commune outside the
 * reader's competence territory is NOT_FOUND, as one that does not exist.
 */
@Injectable()
export class CommuneResultsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly plans: PlansService,
    private readonly objectives: ObjectivesService,
  ) {}

  async results(principal: RequestPrincipal, code: string, today = new Date()): Promise<CommuneResultsModel> {
    const scope = readableResultAggregates(principal.ability, 'c.code');
    const [allowed] = await run(
      this.dataSource,
      `select 1 from communes c where c.code = :code and c.departement_code = :dep and ${scope.sql}`,
      { ...scope.params, code, dep: this.config.departementCode },
    );
    if (!allowed) throw notFound(NO_RESULTS);
    const minCell = principal.ability.can('read', 'Incident') ? 0 : this.config.diagnosticMinCell;
    const figures = await communeFigures(this.dataSource, code, minCell, today);
    if (!figures) throw notFound(NO_RESULTS);

    const operationPolicy = readableOperations(principal.ability, 'o');
    const operations = await run<{
      id: string;
      reference: string;
      title: string;
      kind: OperationKind;
      status: OperationStatus;
      startsAt: Date;
    }>(
      this.dataSource,
      `select o.id, o.reference, o.title, o.kind, o.status, o.starts_at as "startsAt" from operations o
        where (:code = any(o.commune_codes) or exists (select 1 from zone_communes zc where zc.zone_id = o.zone_id and zc.commune_code = :code))
          and o.starts_at >= now() - interval '12 months' and ${operationPolicy.sql}
        order by o.starts_at desc, o.id limit 20`,
      { ...operationPolicy.params, code },
    );
    const casePolicy = readableCases(principal.ability, 'c');
    const cases = await run<{
      id: string;
      reference: string;
      title: string;
      status: CaseStatus;
      total: number;
    }>(
      this.dataSource,
      `select c.id, c.reference, c.title, c.status, count(*) over ()::int as total from cases c
        where c.commune_code = :code and c.status::text = any(cast(:open as text[])) and ${casePolicy.sql}
        order by c.updated_at desc, c.id limit 10`,
      { ...casePolicy.params, code, open: OPEN_STATUSES },
    );
    const plan = await this.plans.current(principal, today.getUTCFullYear());
    const objectives = plan
      ? (await this.objectives.ofPlans([plan.id])).filter((row) => {
          const communes = row.indicatorParameters.communeCodes;
          return !communes?.length || communes.includes(code);
        })
      : [];
    const [page] = await run(
      this.dataSource,
      `select 1 from public_result_pages where commune_code = :code`,
      { code },
    );
    return {
      communeCode: figures.code,
      communeName: figures.name,
      population: figures.population,
      period: figures.period,
      facts: figures.facts,
      visibleFacts: figures.visibleFacts,
      partial: figures.partial,
      minCell: minCell || null,
      presenceHours: figures.presenceHours,
      presencePerThousand: figures.presencePerThousand,
      departementPresencePerThousand: figures.departementPresencePerThousand,
      operationsDone: figures.operationsDone,
      operations: operations.map((row) => ({
        ...row,
        kindLabel: OPERATION_KIND_LABELS[row.kind],
        statusLabel: OPERATION_STATUS_LABELS[row.status],
      })),
      openCases: cases[0]?.total ?? 0,
      cases: cases.map((row) => ({
        id: row.id,
        reference: row.reference,
        title: row.title,
        statusLabel: CASE_STATUS_LABELS[row.status],
      })),
      objectives: objectives.map((row) => toObjectiveModel(row)),
      publicPageEnabled: Boolean(page),
    };
  }
}
