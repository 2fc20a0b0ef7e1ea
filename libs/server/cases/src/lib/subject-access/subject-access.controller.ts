import { Controller, Get, Query, Req, Res, UseFilters } from '@nestjs/common';
import { originOf } from '@continuum/server/audit';
import {
  badInput,
  Can,
  CurrentPrincipal,
  HttpErrorFilter,
  InputValidationPipe,
} from '@continuum/server/platform';
import type { RequestPrincipal } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { renderSubjectAccessPdf } from './subject-access-pdf';
import { SubjectAccessTerms } from './subject-access.models';
import { SubjectAccessService } from './subject-access.service';

const validation = new InputValidationPipe();

/**
 * `GET /exports/subject-access.json` and `.pdf` `?fullName=…&birthYear=…&address=…`: everything held
 * on a person, for the DPO to hand over; each export journaled. Authenticated by the session cookie.
 */
@Controller('exports')
@UseFilters(new HttpErrorFilter())
export class SubjectAccessController {
  constructor(private readonly subjectAccess: SubjectAccessService) {}

  @Can('answer', 'SubjectAccess')
  @Get('subject-access.json')
  async json(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.subjectAccess.file(await termsOf(query), 'json', principal, originOf(req));
    send(res, 'application/json; charset=utf-8', 'json', Buffer.from(JSON.stringify(file, null, 2), 'utf8'));
  }

  @Can('answer', 'SubjectAccess')
  @Get('subject-access.pdf')
  async pdf(
    @Query() query: Record<string, unknown>,
    @CurrentPrincipal() principal: RequestPrincipal,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const file = await this.subjectAccess.file(await termsOf(query), 'pdf', principal, originOf(req));
    send(res, 'application/pdf', 'pdf', await renderSubjectAccessPdf(file));
  }
}

/** The terms as the GraphQL query reads them: the same class, its validation, unknown names refused. */
async function termsOf(query: Record<string, unknown>): Promise<SubjectAccessTerms> {
  const known = ['fullName', 'birthYear', 'address'];
  const unknown = Object.keys(query).find((name) => !known.includes(name));
  if (unknown !== undefined) throw badInput(unknown, `Paramètre inconnu « ${unknown.slice(0, 40)} ».`);
  const repeated = known.find((name) => query[name] !== undefined && typeof query[name] !== 'string');
  if (repeated)
    throw badInput(`terms.${repeated}`, `Le paramètre « ${repeated} » doit être donné une seule fois.`);
  const plain: Record<string, unknown> = { fullName: query['fullName'] ?? '' };
  if (query['address']) plain['address'] = query['address'];
  const year = query['birthYear'];
  if (typeof year === 'string' && year !== '') {
    if (!/^\d{1,4}$/.test(year))
      throw badInput('terms.birthYear', 'L’année de naissance est un nombre entier.');
    plain['birthYear'] = Number(year);
  }
  return (await validation.transform(plain, {
    type: 'query',
    metatype: SubjectAccessTerms,
    data: 'terms',
  })) as SubjectAccessTerms;
}

function send(res: Response, type: string, extension: string, body: Buffer): void {
  res.status(200);
  res.setHeader('Content-Type', type);
  res.setHeader(
    'Content-Disposition',
    `attachment; filename="droit-d-acces-${new Date().toISOString().slice(0, 10)}.${extension}"`,
  );
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.end(body);
}
