import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Role } from '@continuum/domain';
import { AuthService } from '@continuum/server/organizations';
import {
  APP_CONFIG,
  answerClientErrorsInFrench,
  AppConfig,
  type BoardAccess,
  HttpErrorFilter,
  httpMetrics,
  InputValidationPipe,
  metricsAccess,
  QUEUES_BOARD_PATH,
  QueuesBoard,
  refuseNulCharacters,
  securityHeaders,
  servesApi,
} from '@continuum/server/platform';
import cookieParser from 'cookie-parser';
import express from 'express';
import { Logger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule } from './app.module';

/**
 * Builds the HTTP application of the process's role (used by `main.ts` and by the integration
 * tests): the API, the background workers, or both. A worker process answers only `/health` and
 * `/metrics` on its port.
 */
export async function createApp(overrides: Partial<AppConfig> = {}): Promise<INestApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(overrides), {
    bufferLogs: true,
    // A module that cannot start (Redis unreachable…) throws to the caller instead of exiting the
    // process: main.ts reports it and exits; a test suite fails alone instead of taking Jest down.
    abortOnError: false,
  });
  app.useLogger(app.get(Logger));
  // What Node's parser refuses (a query string past 16 ko) never reaches Express: said here.
  answerClientErrorsInFrench(app.getHttpServer());
  const config = app.get<AppConfig>(APP_CONFIG);
  app.set('trust proxy', 'loopback');
  app.disable('x-powered-by');
  app.use(securityHeaders(config));
  app.use(metricsAccess(config));
  app.use(httpMetrics);
  app.use(refuseNulCharacters());
  app.use(cookieParser());
  app.useGlobalPipes(new InputValidationPipe());
  // Unknown addresses and the body parser's refusals, in French; resolvers' errors are GraphQL's.
  app.useGlobalFilters(new HttpErrorFilter());
  app.enableShutdownHooks();
  if (!servesApi(config)) {
    app.use(workerRoutesOnly);
    return app;
  }
  // Bull Board, for the technical administration (its own session check), before the web client.
  app.use(QUEUES_BOARD_PATH, app.get(QueuesBoard).handler(adminsOnly(app.get(AuthService), config)));
  if (config.webDist) serveWebClient(app, config.webDist);
  return app;
}

/** The board's door: a session of someone with the `admin` role. */
function adminsOnly(auth: AuthService, config: AppConfig): BoardAccess {
  return async (req) => {
    const token = (req.cookies as Record<string, string> | undefined)?.[config.session.cookieName];
    const found = token ? await auth.principalFor(token) : null;
    // A session still waiting for its second factor opens nothing, here as in GraphQL.
    if (!found || found.principal.pendingStep) return 'unauthenticated';
    return found.principal.actor.roles.includes(Role.ADMIN) ? 'allowed' : 'forbidden';
  };
}

/** A worker process serves no GraphQL, no download and no client: its health and metrics only. */
function workerRoutesOnly(req: express.Request, res: express.Response, next: express.NextFunction): void {
  if (/^\/(health|metrics)(\/|$)/.test(req.path)) {
    next();
    return;
  }
  res.status(404).json({ message: 'Processus de tâches de fond : seuls /health et /metrics répondent ici.' });
}

/** The built Angular client on the same origin, with the SPA's routes falling back to index.html. */
function serveWebClient(app: NestExpressApplication, folder: string): void {
  const index = join(folder, 'index.html');
  if (!existsSync(index))
    throw new Error(`CONTINUUM_WEB_DIST : ${index} introuvable (lancez la construction du client).`);
  app.use(express.static(folder, { index: false, maxAge: '1h' }));
  app.use((req: express.Request, res: express.Response, next: express.NextFunction) => {
    // Downloads are opened by navigation (Accept: text/html): they are API routes, not SPA pages.
    const api =
      /^\/(graphql|health|metrics|exports|attachments|territory|public|admin\/queues|auth)(\/|$)/.test(
        req.path,
      );
    if (req.method === 'GET' && !api && req.accepts('html')) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index);
      return;
    }
    next();
  });
}
