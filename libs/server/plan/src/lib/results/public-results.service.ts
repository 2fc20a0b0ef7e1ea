import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { frenchDay } from '@continuum/domain';
import {
  APP_CONFIG,
  type AppConfig,
  badInput,
  notFound,
  type RequestPrincipal,
} from '@continuum/server/platform';
import { AuditService } from '@continuum/server/audit';
import { DataSource } from 'typeorm';
import { lastCompleteMonth, shiftMonths } from '../plans/plan-months';
import { run } from '../plans/plan-sql';
import { communeFigures } from './commune-figures';
import { publicPageHtml, type PublicResults } from './public-page.html';
import type { PublicResultPageModel } from './results.models';

const TTL_MS = 60_000;
export const NO_PUBLIC_PAGE = 'Page introuvable.';

interface Rendered {
  html: string;
  json: PublicResults;
  etag: string;
  expires: number;
}

/**
 * The public results page of a commune, switched on by the cabinet: aggregates only (CLEAR cases,
 * recorded facts, presence, operations done), the small ones masked, rendered once a minute per
 * process and served from memory in between. A commune whose page is off, or unknown, is « Page
 * introuvable » either way.
 */
@Injectable()
export class PublicResultsService {
  private readonly cache = new Map<string, Rendered>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async page(code: string, now = Date.now()): Promise<Rendered> {
    const cached = this.cache.get(code);
    if (cached && cached.expires > now) return cached;
    if (!/^(\d{5}|2[AB]\d{3})$/.test(code)) throw notFound(NO_PUBLIC_PAGE);
    const [enabled] = await run(
      this.dataSource,
      `select 1 from public_result_pages p join communes c on c.code = p.commune_code where p.commune_code = :code and c.departement_code = :dep`,
      { code, dep: this.config.departementCode },
    );
    if (!enabled) {
      this.cache.delete(code);
      throw notFound(NO_PUBLIC_PAGE);
    }
    const rendered = await this.render(code, new Date(now));
    this.cache.set(code, rendered);
    return rendered;
  }

  async list(principal: RequestPrincipal): Promise<PublicResultPageModel[]> {
    if (!principal.ability.can('update', 'Plan')) return [];
    return run<PublicResultPageModel>(
      this.dataSource,
      `select p.commune_code as "communeCode", c.name as "communeName", p.enabled_by_label as "enabledByLabel", p.enabled_at as "enabledAt"
         from public_result_pages p join communes c on c.code = p.commune_code order by c.name collate "fr-FR-x-icu"`,
    );
  }

  /** The cabinet opens or closes a commune's public page; journaled. Doing it twice changes nothing. */
  async set(principal: RequestPrincipal, code: string, enabled: boolean): Promise<boolean> {
    if (!principal.ability.can('update', 'Plan')) throw notFound(NO_PUBLIC_PAGE);
    const [commune] = await run(
      this.dataSource,
      `select 1 from communes where code = :code and departement_code = :dep`,
      {
        code,
        dep: this.config.departementCode,
      },
    );
    if (!commune) throw badInput('communeCode', 'Commune inconnue dans le département.');
    await this.dataSource.transaction(async (manager) => {
      const changed = enabled
        ? await run(
            manager,
            `insert into public_result_pages (commune_code, enabled_by_label) values (:code, :label) on conflict do nothing returning commune_code`,
            { code, label: principal.label },
          )
        : await run(
            manager,
            `delete from public_result_pages where commune_code = :code returning commune_code`,
            { code },
          );
      if (changed.length > 0)
        await this.audit.record(
          {
            action: enabled ? 'results.public-page.enabled' : 'results.public-page.disabled',
            actor: {
              userId: principal.actor.userId,
              organizationId: principal.actor.organizationId,
              label: principal.label,
            },
            subjectType: 'Commune',
            subjectId: code,
          },
          manager,
        );
    });
    this.cache.delete(code);
    return enabled;
  }

  private async render(code: string, now: Date): Promise<Rendered> {
    const minCell = this.config.diagnosticMinCell;
    const figures = await communeFigures(this.dataSource, code, minCell, now);
    if (!figures) throw notFound(NO_PUBLIC_PAGE);
    const end = lastCompleteMonth(now);
    const [cases] = await run<{ opened: number; resolved: number }>(
      this.dataSource,
      `select count(*) filter (where c.opened_at >= cast(:start as date) and c.opened_at < cast(:end as date) + interval '1 month')::int as opened,
              count(*) filter (where c.resolved_at >= cast(:start as date) and c.resolved_at < cast(:end as date) + interval '1 month')::int as resolved
         from cases c where c.commune_code = :code and c.sensitivity = 'CLEAR'`,
      { code, start: shiftMonths(end, -11), end },
    );
    const [plan] = await run<{ id: string; title: string }>(
      this.dataSource,
      `select p.id, p.title from plans p where p.departement_code = :dep and p.status = 'ADOPTED' and p.year = :year order by p.version desc limit 1`,
      { dep: this.config.departementCode, year: now.getUTCFullYear() },
    );
    const objectives = plan
      ? await run<{ title: string }>(
          this.dataSource,
          `select o.title from plan_objectives o where o.plan_id = :id
              and (not (o.indicator_parameters ? 'communeCodes') or o.indicator_parameters->'communeCodes' ? :code)
            order by o.section, o.position`,
          { id: plan.id, code },
        )
      : [];
    const [departement] = await run<{ name: string }>(
      this.dataSource,
      `select name from departements where code = :dep`,
      {
        dep: this.config.departementCode,
      },
    );
    const mask = (value: number) => (value > 0 && value < minCell ? null : value);
    const json: PublicResults = {
      figures,
      minCell,
      clearCasesOpened: mask(cases.opened),
      clearCasesResolved: mask(cases.resolved),
      plan: plan ? { title: plan.title, objectives: objectives.map((row) => row.title) } : null,
      departementName: departement?.name ?? this.config.departementCode,
      generatedAt: frenchDay(now, this.config.timeZone),
    };
    const html = publicPageHtml(json);
    const etag = `"${Buffer.from(`${code}:${now.getTime()}`).toString('base64url')}"`;
    return { html, json, etag, expires: now.getTime() + TTL_MS };
  }
}
