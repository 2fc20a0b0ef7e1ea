import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  badInput,
  decodeCursor,
  encodeCursor,
  forbidden,
  pageSize,
} from '@continuum/server/platform';
import type { AppConfig, RequestPrincipal } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { run } from '../plans/plan-sql';
import { readablePresence, readableResultAggregates } from '../policy/plan-policy.sql';
import { PresenceFilter, PresenceInput } from './presence.inputs';
import {
  PresenceRecordConnectionModel,
  PresenceRecordModel,
  PresenceSummaryRowModel,
} from './presence.models';
import { presenceProblem, PresenceTerritory, PresenceValues } from './presence-rules';

const RECORD_COLUMNS = `r.id, to_char(r.week_start, 'YYYY-MM-DD') as "weekStart", r.setting, r.commune_code as "communeCode",
  cm.name as "communeName", r.zone_id as "zoneId", z.name as "zoneName", r.hours::float8 as hours, r.agents,
  g.name as "organizationName", g.type as "organizationType", r.entered_by_label as "enteredByLabel", r.updated_at as "updatedAt"`;
const RECORD_FROM = `presence_records r join communes cm on cm.code = r.commune_code
  join organizations g on g.id = r.organization_id left join zones z on z.id = r.zone_id`;

/**
 * Hours of visible presence: each organisation enters its own, per ISO week (Monday), setting and
 * place; entered again, a cell replaces the first figure. Lines are read by their organisation and
 * the cabinet (`readablePresence`); the summary by week, setting and force through
 * `readableResultAggregates` (the cabinet everything, a mayor their territory, the admin nothing).
 */
@Injectable()
export class PresenceService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * The communes and zones a figure may name; with an organisation, the communes it is competent
   * for too (a force records the presence it provides on its own territory; an organisation
   * competent for the whole département, or with no territory recorded, anywhere in it).
   */
  async territory(
    organizationId: string | null = null,
    manager: EntityManager | DataSource = this.dataSource,
  ): Promise<PresenceTerritory> {
    const communes: { code: string; name: string }[] = await manager.query(
      'select code, name from communes where departement_code = $1',
      [this.config.departementCode],
    );
    const zones: { id: string; name: string; communes: string[] }[] = await manager.query(
      `select z.id, z.name, coalesce(array_agg(zc.commune_code) filter (where zc.commune_code is not null), '{}') as communes
         from zones z left join zone_communes zc on zc.zone_id = z.id group by z.id`,
    );
    const competence: { code: string }[] = organizationId
      ? await manager.query(
          `select oc.commune_code as code from organization_competence_communes oc join organizations o on o.id = oc.organization_id
            where o.id = $1 and not o.whole_departement`,
          [organizationId],
        )
      : [];
    return {
      communes: new Map(communes.map((c) => [c.code, c.name])),
      zones: new Map(zones.map((z) => [z.id, { id: z.id, name: z.name, communes: new Set(z.communes) }])),
      competence: competence.length ? new Set(competence.map((row) => row.code)) : null,
    };
  }

  assertMayEnter(principal: RequestPrincipal): void {
    if (!principal.ability.can('create', 'Presence')) {
      throw forbidden('Les heures de présence sont saisies par les organisations du continuum.');
    }
  }

  async record(input: PresenceInput, principal: RequestPrincipal): Promise<PresenceRecordModel> {
    this.assertMayEnter(principal);
    const values: PresenceValues = { ...input, zoneId: input.zoneId ?? null };
    const problem = presenceProblem(values, await this.territory(principal.actor.organizationId));
    if (problem) throw badInput(`input.${problem.field}`, problem.reason);
    const [{ id }] = await this.upsert(this.dataSource, [values], principal, null);
    return this.one(id, principal);
  }

  /** Writes figures of the principal's organisation; a cell entered again replaces the first figure. */
  async upsert(
    manager: EntityManager | DataSource,
    lines: PresenceValues[],
    principal: RequestPrincipal,
    importId: string | null,
  ): Promise<{ id: string }[]> {
    if (lines.length === 0) return [];
    return manager.query(
      `insert into presence_records (organization_id, week_start, setting, commune_code, zone_id, hours, agents,
                                     entered_by_label, import_id)
       select $1, l.week_start, l.setting, l.commune_code, l.zone_id, l.hours, l.agents, $2, $3
         from jsonb_to_recordset($4::jsonb) as l(week_start date, setting presence_setting, commune_code varchar,
                                                zone_id uuid, hours numeric, agents int)
       on conflict (organization_id, week_start, setting, commune_code,
                    coalesce(zone_id, '00000000-0000-0000-0000-000000000000'::uuid))
       do update set hours = excluded.hours, agents = excluded.agents, entered_by_label = excluded.entered_by_label,
                     import_id = excluded.import_id, updated_at = now()
       returning id`,
      [
        principal.actor.organizationId,
        principal.label,
        importId,
        JSON.stringify(
          lines.map((l) => ({
            week_start: l.weekStart,
            setting: l.setting,
            commune_code: l.communeCode,
            zone_id: l.zoneId,
            hours: l.hours,
            agents: l.agents,
          })),
        ),
      ],
    );
  }

  private async one(id: string, principal: RequestPrincipal): Promise<PresenceRecordModel> {
    const policy = readablePresence(principal.ability, 'r');
    const [row] = await run<PresenceRecordModel>(
      this.dataSource,
      `select ${RECORD_COLUMNS} from ${RECORD_FROM} where r.id = cast(:id as uuid) and (${policy.sql})`,
      { ...policy.params, id },
    );
    return row;
  }

  async list(
    filter: PresenceFilter,
    first: number | undefined,
    after: string | undefined,
    principal: RequestPrincipal,
  ): Promise<PresenceRecordConnectionModel> {
    const size = pageSize(first);
    const policy = readablePresence(principal.ability, 'r');
    const parts = [
      `(${policy.sql})`,
      'r.week_start >= make_date(:year, 1, 1)',
      'r.week_start < make_date(:year + 1, 1, 1)',
    ];
    const params: Record<string, unknown> = { ...policy.params, year: filter.year };
    if (filter.communeCode) {
      parts.push('r.commune_code = :commune');
      params['commune'] = filter.communeCode;
    }
    if (filter.setting) {
      parts.push('r.setting = cast(:setting as presence_setting)');
      params['setting'] = filter.setting;
    }
    const where = parts.join(' and ');
    let cursorSql = 'true';
    const cursor = decodeCursor(after);
    if (cursor) {
      const [week, id] = cursor.split('|');
      if (!/^\d{4}-\d{2}-\d{2}$/.test(week ?? '') || !/^[0-9a-f-]{36}$/i.test(id ?? '')) {
        throw badInput('after', 'Curseur « after » invalide.');
      }
      cursorSql = '(r.week_start, r.id) < (cast(:cWeek as date), cast(:cId as uuid))';
      params['cWeek'] = week;
      params['cId'] = id;
    }
    const [rows, [{ total }]] = await Promise.all([
      run<PresenceRecordModel>(
        this.dataSource,
        `select ${RECORD_COLUMNS} from ${RECORD_FROM} where ${where} and ${cursorSql}
          order by r.week_start desc, r.id desc limit :limit`,
        { ...params, limit: size + 1 },
      ),
      run<{ total: number }>(
        this.dataSource,
        `select count(*)::int as total from presence_records r where ${where}`,
        params,
      ),
    ]);
    const nodes = rows.slice(0, size);
    const last = nodes.at(-1);
    return {
      nodes,
      pageInfo: {
        hasNextPage: rows.length > size,
        endCursor: last ? encodeCursor(`${last.weekStart}|${last.id}`) : null,
      },
      totalCount: total,
    };
  }

  /** Hours and agents by week, setting and force for a year (and a commune), within the reader's territory. */
  summary(
    year: number,
    communeCode: string | undefined,
    principal: RequestPrincipal,
  ): Promise<PresenceSummaryRowModel[]> {
    if (!Number.isInteger(year) || year < 2020 || year > 2100)
      throw badInput('year', 'Année entre 2020 et 2100.');
    const policy = readableResultAggregates(principal.ability, 'r.commune_code');
    return run<PresenceSummaryRowModel>(
      this.dataSource,
      `select to_char(r.week_start, 'YYYY-MM-DD') as "weekStart", r.setting, g.type as "organizationType",
              sum(r.hours)::float8 as hours, sum(r.agents)::int as agents
         from presence_records r join organizations g on g.id = r.organization_id
        where (${policy.sql}) and r.week_start >= make_date(:year, 1, 1) and r.week_start < make_date(:year + 1, 1, 1)
          and (cast(:commune as varchar) is null or r.commune_code = cast(:commune as varchar))
        group by 1, 2, 3 order by 1, 2, 3`,
      { ...policy.params, year, commune: communeCode ?? null },
    );
  }
}
