import { Controller, Get, Inject, Req, Res, UseFilters } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { APP_CONFIG, HttpErrorFilter, Public } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { gzipSync } from 'node:zlib';
import { DataSource } from 'typeorm';
import { communeOutlinesGeoJson } from './geography';

/** How long a process keeps the outlines it built (they change only when the territory is reloaded). */
const KEEP_MS = 10 * 60 * 1000;

interface Built {
  body: Buffer;
  gzipped: Buffer;
  etag: string;
  at: number;
}

/**
 * `GET /territory/communes.geojson`: the communes' outlines, the maps' background when there is no
 * tile server (IGN ADMIN EXPRESS COG, Licence Ouverte). Built once per process and kept a while,
 * gzipped when the browser accepts it, with an ETag so a browser asks once.
 */
@Controller('territory')
@UseFilters(new HttpErrorFilter())
export class CommuneOutlinesController {
  private built: Promise<Built> | null = null;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // Open data (IGN, Licence Ouverte), and the background of the public proposal form's map.
  @Public()
  @Get('communes.geojson')
  async outlines(@Req() req: Request, @Res() res: Response): Promise<void> {
    const built = await this.current();
    res.setHeader('Content-Type', 'application/geo+json; charset=utf-8');
    res.setHeader('Cache-Control', 'private, max-age=3600');
    res.setHeader('ETag', built.etag);
    res.setHeader('Vary', 'Accept-Encoding');
    if (req.headers['if-none-match'] === built.etag) {
      res.status(304).end();
      return;
    }
    if (/\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''))) {
      res.setHeader('Content-Encoding', 'gzip');
      res.end(built.gzipped);
    } else res.end(built.body);
  }

  private current(): Promise<Built> {
    if (this.built) {
      const kept = this.built;
      return kept.then((built) => (Date.now() - built.at < KEEP_MS ? built : this.rebuild()));
    }
    return this.rebuild();
  }

  private rebuild(): Promise<Built> {
    this.built = communeOutlinesGeoJson(this.dataSource, this.config.departementCode).then((text) => {
      const body = Buffer.from(text, 'utf8');
      return {
        body,
        gzipped: gzipSync(body),
        etag: `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`,
        at: Date.now(),
      };
    });
    this.built.catch(() => (this.built = null));
    return this.built;
  }
}
