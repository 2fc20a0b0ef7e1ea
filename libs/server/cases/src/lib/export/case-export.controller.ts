import { Body, Controller, Get, HttpCode, Post, Query, Req, Res, UseFilters } from '@nestjs/common';
import { originOf } from '@continuum/server/audit';
import {
  Can,
  CurrentPrincipal,
  findNulInParameters,
  HttpErrorFilter,
  nulCharacterRefused,
} from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { CaseExportService } from './case-export.service';
import { parseExportRequest } from './export-request';
import { ExportFormat } from './export-sinks';

/**
 * `GET /exports/cases.csv` and `/exports/cases.xlsx?filter=<JSON du filtre de cases>&orderBy=…`:
 * the list as the user sees it, every page of it. Authenticated by the session cookie, as GraphQL.
 * A filter too long for an address (Node refuses more than 16 ko of headers) is sent as a form,
 * `POST` to the same address with the same parameters (the cookie is SameSite=Strict: another site
 * cannot post it in the user's name).
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

  @Can('export', 'Case')
  @Post('cases.csv')
  @HttpCode(200)
  csvForm(
    @Body() form: unknown,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.run('csv', formParameters(form), principal, req, res);
  }

  @Can('export', 'Case')
  @Post('cases.xlsx')
  @HttpCode(200)
  xlsxForm(
    @Body() form: unknown,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    return this.run('xlsx', formParameters(form), principal, req, res);
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

/**
 * The parameters of a posted form, read as those of the address: NUL characters refused as the
 * query string's are (the middleware that checks those does not read bodies).
 */
function formParameters(form: unknown): Record<string, unknown> {
  const parameters =
    form && typeof form === 'object' && !Array.isArray(form) ? (form as Record<string, unknown>) : {};
  const field = findNulInParameters(parameters);
  if (field) throw nulCharacterRefused(field);
  return parameters;
}
