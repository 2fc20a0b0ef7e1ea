import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import { Role } from '@continuum/domain';
import { bullPrefix, MAIL_QUEUE } from '@continuum/server/mail';
import { AuthService } from '@continuum/server/organizations';
import { APP_CONFIG } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { Queue } from 'bullmq';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { ALERTS_QUEUE } from '../alerts.jobs';
import { WEBHOOKS_QUEUE } from './webhook.jobs';

/** Where the board is mounted (`createApp`); the web client's fallback must leave it alone. */
export const QUEUES_BOARD_PATH = '/admin/queues';

/**
 * Bull Board over the `alerts`, `mail` and `webhooks` queues, for the technical administration
 * only (401 without a session, 403 without the `admin` role). Read-only: jobs carry ids and the
 * rows are the truth, so a failed delivery is replayed with `replayDelivery`, not from here — and
 * what the board shows is ids, never an alert's or a mail's content. Its queues are opened on the
 * first visit, so that processes nobody administers hold no extra Redis connections.
 */
@Injectable()
export class QueuesBoard implements BeforeApplicationShutdown {
  private readonly logger = new Logger(QueuesBoard.name);
  private queues: Queue[] = [];
  private board: RequestHandler | null = null;

  constructor(
    private readonly auth: AuthService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The middleware to mount at `QUEUES_BOARD_PATH`. */
  handler(): RequestHandler {
    return async (req: Request, res: Response, next: NextFunction) => {
      const token = (req.cookies as Record<string, string> | undefined)?.[this.config.session.cookieName];
      const found = token ? await this.auth.principalFor(token) : null;
      // A session still waiting for its second factor opens nothing, here as in GraphQL.
      if (!found || found.principal.pendingStep) {
        res.status(401).json({ message: 'Session absente ou expirée : reconnectez-vous.' });
        return;
      }
      if (!found.principal.actor.roles.includes(Role.ADMIN)) {
        res.status(403).json({ message: 'Réservé à l’administration technique.' });
        return;
      }
      this.open()(req, res, next);
    };
  }

  async beforeApplicationShutdown(): Promise<void> {
    const queues = this.queues;
    this.queues = [];
    this.board = null;
    await Promise.all(
      queues.map((queue) =>
        queue
          .close()
          .catch((error: Error) => this.logger.warn(`Fermeture de ${queue.name} : ${error.message}`)),
      ),
    );
  }

  private open(): RequestHandler {
    if (this.board) return this.board;
    const prefix = bullPrefix(this.config.redisPrefix);
    this.queues = [ALERTS_QUEUE, MAIL_QUEUE, WEBHOOKS_QUEUE].map((name) => {
      const queue = new Queue(name, {
        prefix,
        connection: {
          url: this.config.redisUrl,
          maxRetriesPerRequest: 1,
          retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
          disconnectTimeout: 500,
        },
      });
      queue.on('error', (error) => this.logger.warn(`Tableau des files (${name}) : ${error.message}`));
      return queue;
    });
    const server = new ExpressAdapter();
    server.setBasePath(QUEUES_BOARD_PATH);
    createBullBoard({
      queues: this.queues.map((queue) => new BullMQAdapter(queue, { readOnlyMode: true })),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: 'Continuum — files de tâches' } },
    });
    this.board = server.getRouter() as RequestHandler;
    return this.board;
  }
}
