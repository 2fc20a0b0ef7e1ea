import { Injectable } from '@nestjs/common';
import { AuditService } from '@continuum/server/audit';
import type { RequestOrigin } from '@continuum/server/audit';
import { OrganizationsService } from '@continuum/server/organizations';
import { MAX_PAGE_SIZE } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import { TerritoryService } from '@continuum/server/territory';
import type { Response } from 'express';
import { CaseQueryService } from '../case-query.service';
import { CaseEntity } from '../entities/case.entity';
import { EXPORT_COLUMNS, ExportLabels, parisDay } from './case-export.columns';
import { ExportRequest } from './export-request';
import { EXPORT_CONTENT_TYPES, ExportFormat, exportSink } from './export-sinks';

/**
 * The current list, whole, as a file. Every row comes from `CaseQueryService.list()`, page after
 * page: the same filter and the same policy-narrowed query as the `cases` query, so an export can
 * never hold a case its author could not list (and restricted cases are journaled as listed).
 */
@Injectable()
export class CaseExportService {
  constructor(
    private readonly query: CaseQueryService,
    private readonly territory: TerritoryService,
    private readonly organizations: OrganizationsService,
    private readonly audit: AuditService,
  ) {}

  async export(
    format: ExportFormat,
    request: ExportRequest,
    principal: RequestPrincipal,
    origin: RequestOrigin,
    res: Response,
  ): Promise<void> {
    const pages = this.pages(request, principal, origin);
    // The first page is read before anything is sent: a bad filter is still a clean 400.
    const first = await pages.next();

    res.status(200);
    res.setHeader('Content-Type', EXPORT_CONTENT_TYPES[format]);
    res.setHeader('Content-Disposition', `attachment; filename="dossiers-${parisDay(new Date())}.${format}"`);
    res.setHeader('Cache-Control', 'no-store');
    res.setHeader('X-Content-Type-Options', 'nosniff');

    const sink = exportSink(format, res);
    const names = new NameCache(this.territory, this.organizations);
    let rows = 0;
    let completed = false;
    try {
      await sink.start(EXPORT_COLUMNS);
      for (let page = first; !page.done; page = await pages.next()) {
        if (res.destroyed) break;
        const labels = await names.labelsFor(page.value);
        await sink.rows(page.value.map((row) => EXPORT_COLUMNS.map((column) => column.value(row, labels))));
        rows += page.value.length;
      }
      completed = !res.destroyed;
    } finally {
      // Journaled before the file is completed: no export ever reaches its reader unjournaled. If
      // writing the entry fails, the download is cut short (see HttpErrorFilter).
      await this.audit.record({
        action: 'case.exported',
        actor: {
          userId: principal.actor.userId,
          organizationId: principal.actor.organizationId,
          label: principal.label,
        },
        subjectType: 'Case',
        reason: request.reason,
        origin,
        details: { format, filter: { ...request.filter }, orderBy: request.orderBy, rows, completed },
      });
    }
    if (completed) await sink.end();
  }

  private async *pages(
    request: ExportRequest,
    principal: RequestPrincipal,
    origin: RequestOrigin,
  ): AsyncGenerator<CaseEntity[]> {
    let after: string | undefined;
    for (;;) {
      const page = await this.query.list(
        request.filter,
        MAX_PAGE_SIZE,
        after,
        request.orderBy,
        principal,
        origin,
      );
      if (page.rows.length > 0) yield page.rows;
      if (!page.hasNextPage || page.rows.length === 0) return;
      after = page.cursorOf(page.rows[page.rows.length - 1]);
    }
  }
}

/** Names of communes, zones and organisations, fetched once per export for the ids of each page. */
class NameCache {
  private readonly communes = new Map<string, string>();
  private readonly zones = new Map<string, string>();
  private readonly organizations = new Map<string, string>();

  constructor(
    private readonly territory: TerritoryService,
    private readonly organizationsService: OrganizationsService,
  ) {}

  async labelsFor(rows: CaseEntity[]): Promise<ExportLabels> {
    const missing = (ids: (string | null)[], known: Map<string, string>) => [
      ...new Set(ids.filter((id): id is string => !!id && !known.has(id))),
    ];
    const communeCodes = missing(
      rows.map((row) => row.communeCode),
      this.communes,
    );
    const zoneIds = missing(
      rows.map((row) => row.zoneId),
      this.zones,
    );
    const organizationIds = missing(
      rows.map((row) => row.ownerOrganizationId),
      this.organizations,
    );
    const [communes, zones, organizations] = await Promise.all([
      communeCodes.length ? this.territory.communesByCode(communeCodes) : [],
      zoneIds.length ? this.territory.zonesByIds(zoneIds) : [],
      organizationIds.length ? this.organizationsService.byIds(organizationIds) : [],
    ]);
    communes.forEach((commune) => this.communes.set(commune.code, commune.name));
    zones.forEach((zone) => this.zones.set(zone.id, zone.name));
    organizations.forEach((organization) => this.organizations.set(organization.id, organization.name));
    return {
      commune: (code) => this.communes.get(code) ?? code,
      zone: (id) => this.zones.get(id) ?? '',
      organization: (id) => this.organizations.get(id) ?? '',
    };
  }
}
