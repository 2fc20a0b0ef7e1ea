import { Injectable } from '@nestjs/common';
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { ExpressAdapter } from '@bull-board/express';
import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { JobQueues } from './job-queues';
import { QUEUE_NAMES, QUEUES } from './queues.registry';

/** Where the board is mounted (`createApp`); the web client's fallback must leave it alone. */
export const QUEUES_BOARD_PATH = '/admin/queues';

/** Who may open the board: decided by the application from the request's session. */
export type BoardAccess = (req: Request) => Promise<'allowed' | 'unauthenticated' | 'forbidden'>;

/**
 * Bull Board over every queue of the registry, for the technical administration only (401 without
 * a session, 403 without the `admin` role — `access` decides). Read-only: jobs carry ids and the
 * rows are the truth, so a failed delivery is replayed from the application, not from here — and
 * what the board shows is ids, never an alert's or a mail's content. It uses the process's
 * producers, opened on the first visit: a process nobody administers holds no connection for it.
 */
@Injectable()
export class QueuesBoard {
  private board: RequestHandler | null = null;

  constructor(private readonly queues: JobQueues) {}

  /** The middleware to mount at `QUEUES_BOARD_PATH`. */
  handler(access: BoardAccess): RequestHandler {
    return async (req: Request, res: Response, next: NextFunction) => {
      const decision = await access(req);
      if (decision === 'unauthenticated') {
        res.status(401).json({ message: 'Session absente ou expirée : reconnectez-vous.' });
        return;
      }
      if (decision === 'forbidden') {
        res.status(403).json({ message: 'Réservé à l’administration technique.' });
        return;
      }
      this.open()(req, res, next);
    };
  }

  private open(): RequestHandler {
    if (this.board) return this.board;
    const server = new ExpressAdapter();
    server.setBasePath(QUEUES_BOARD_PATH);
    createBullBoard({
      queues: QUEUE_NAMES.map(
        (name) =>
          new BullMQAdapter(this.queues.get(name).bull(), {
            readOnlyMode: true,
            description: QUEUES[name].holds,
          }),
      ),
      serverAdapter: server,
      options: { uiConfig: { boardTitle: 'Continuum — files de tâches' } },
    });
    this.board = server.getRouter() as RequestHandler;
    return this.board;
  }
}
