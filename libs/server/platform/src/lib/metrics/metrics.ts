import { Controller, Get, Header } from '@nestjs/common';
import type { NextFunction, Request, Response } from 'express';
import { collectDefaultMetrics, Counter, Histogram, Registry } from 'prom-client';
import { Public } from '../access/access.decorators';

/** One registry per process, exposed at /metrics in the Prometheus text format. */
export const metricsRegistry = new Registry();
collectDefaultMetrics({ register: metricsRegistry });

export const httpDuration = new Histogram({
  name: 'continuum_http_request_duration_seconds',
  help: 'HTTP request duration, by method, route and status',
  labelNames: ['method', 'route', 'status'],
  buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
  registers: [metricsRegistry],
});

/** SQL statements sent to PostgreSQL (counted by the TypeORM logger): the N+1 detector. */
export const sqlStatements = new Counter({
  name: 'continuum_sql_statements_total',
  help: 'SQL statements sent to PostgreSQL',
  registers: [metricsRegistry],
});

/** Express middleware timing every request; routes are collapsed to their first segment. */
export function httpMetrics(req: Request, res: Response, next: NextFunction): void {
  const stop = httpDuration.startTimer({ method: req.method });
  res.on('finish', () => {
    const route = req.path.split('/').slice(0, 2).join('/') || '/';
    stop({ route, status: String(res.statusCode) });
  });
  next();
}

@Controller('metrics')
export class MetricsController {
  @Public()
  @Get()
  @Header('Content-Type', metricsRegistry.contentType)
  metrics(): Promise<string> {
    return metricsRegistry.metrics();
  }
}
