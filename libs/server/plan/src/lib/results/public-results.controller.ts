import { Controller, Get, Param, Req, Res, UseFilters } from '@nestjs/common';
import { AppError, HttpErrorFilter, Public } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { closedPageHtml } from './public-page.html';
import { PublicResultsService } from './public-results.service';

/**
 * `GET /public/resultats/:code` (the page, HTML without script) and `/public/resultats/:code/donnees.json`
 * (the same figures): a commune's results as the cabinet published them, to anyone, no login.
 * Cacheable for a minute by browsers and proxies; `If-None-Match` answered with 304.
 */
@Controller('public/resultats')
@UseFilters(new HttpErrorFilter())
export class PublicResultsController {
  constructor(private readonly results: PublicResultsService) {}

  @Public()
  @Get(':code')
  async page(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    let page;
    try {
      page = await this.results.page(code);
    } catch (error) {
      // A person who followed a link reads a page, not the JSON an API client gets.
      if (error instanceof AppError && error.extensions['code'] === 'NOT_FOUND') {
        res.status(404).setHeader('Content-Type', 'text/html; charset=utf-8');
        res.end(closedPageHtml());
        return;
      }
      throw error;
    }
    this.send(req, res, page.etag, 'text/html; charset=utf-8', page.html);
  }

  @Public()
  @Get(':code/donnees.json')
  async data(@Param('code') code: string, @Req() req: Request, @Res() res: Response): Promise<void> {
    const page = await this.results.page(code);
    this.send(
      req,
      res,
      `${page.etag.slice(0, -1)}-json"`,
      'application/json; charset=utf-8',
      JSON.stringify(page.json),
    );
  }

  private send(req: Request, res: Response, etag: string, type: string, body: string): void {
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.setHeader('ETag', etag);
    if (req.headers['if-none-match'] === etag) {
      res.status(304).end();
      return;
    }
    res.setHeader('Content-Type', type);
    res.end(body);
  }
}
