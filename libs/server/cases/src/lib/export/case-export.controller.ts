import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { originOf } from '@continuum/server/audit';
import { Can, CurrentPrincipal, HttpErrorFilter } from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { CaseExportService } from './case-export.service';
import { parseExportRequest } from './export-request';
import { ExportFormat } from './export-sinks';

/**
 * `GET /exports/cases.csv` and `/exports/cases.xlsx?filter=<JSON du filtre de cases>&orderBy=…`:
 * the list as the user sees it, every page of it. Authenticated by the session cookie, as GraphQL.
 */
@Controller('exports')
@UseFilters(new HttpErrorFilter())
export class CaseExportController {
  constructor(private readonly exports: CaseExportService) {}

  @Can('export', 'Case')
  @Get('cases.csv')
  csv(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.run('csv', query, principal, req, res);
  }

  @Can('export', 'Case')
  @Get('cases.xlsx')
  xlsx(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.run('xlsx', query, principal, req, res);
  }

  private async run(
    format: ExportFormat,
    query: Record<string, unknown>,
    principal: RequestPrincipal,
    req: Request,
    res: Response,
  ): Promise<void> {
    const request = await parseExportRequest(query);
    await this.exports.export(format, request, principal, originOf(req), res);
  }
}
