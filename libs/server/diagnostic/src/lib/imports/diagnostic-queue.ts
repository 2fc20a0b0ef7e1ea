import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bullPrefix, WORKER_LEASE } from '@continuum/server/mail';
import { APP_CONFIG, type AppConfig } from '@continuum/server/platform';
import { type Job, Queue, Worker } from 'bullmq';
import { DataSource } from 'typeorm';
import { DiagnosticImportProcessor } from './diagnostic-import.processor';
import {
  DIAGNOSTIC_IMPORTS_QUEUE,
  type ImportStep,
  importJobId,
  importJobOptions,
  PROCESS_IMPORT_JOB,
  type ProcessImportJob,
} from './diagnostic.jobs';

const REDIS_TIMEOUT_MS = 3000;
/** How often the sweeper looks for imports due whose job Redis lost, and how long it lets them wait first. */
const SWEEP_EVERY_MS = 10_000;
const SWEEP_AFTER_MS = 30_000;

/**
 * The `diagnostic-imports` queue: the producer (any API process), the worker and the sweeper (where
 * workers run). The worker hands each job's import id to `DiagnosticImportProcessor.process` and,
 * once the last attempt has failed, marks the import FAILED. The sweeper hands over again, from the
 * rows, what Redis lost (it keeps nothing on disk).
 */
@Injectable()
export class DiagnosticQueue implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(DiagnosticQueue.name);
  private queue: Queue<ProcessImportJob> | null = null;
  private worker: Worker<ProcessImportJob> | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private closed = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly processor: DiagnosticImportProcessor,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.workers) return;
    this.worker = new Worker<ProcessImportJob>(
      DIAGNOSTIC_IMPORTS_QUEUE,
      (job: Job<ProcessImportJob>) => this.processor.process(job.data.importId),
      {
        prefix: bullPrefix(this.config.redisPrefix),
        connection: {
          url: this.config.redisUrl,
          maxRetriesPerRequest: null,
          retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
          disconnectTimeout: 500,
        },
        // One file at a time per process: an import takes a connection and a core for its duration.
        concurrency: 1,
        ...WORKER_LEASE,
      },
    );
    this.worker.on('error', (error) => this.logger.warn(`Imports du diagnostic : ${error.message}`));
    this.worker.on('failed', (job, error) => {
      if (!job) return;
      this.logger.warn(`Import ${job.data.importId} : ${error.message} (essai ${job.attemptsMade})`);
      if (job.attemptsMade >= (job.opts.attempts ?? 1))
        this.processor
          .markFailed(job.data.importId, error.message.endsWith('.') ? error.message : `${error.message}.`)
          .catch((failure: Error) => this.logger.error(`Import ${job.data.importId} : ${failure.message}`));
    });
    this.sweepTimer = setInterval(() => void this.sweep(), SWEEP_EVERY_MS);
    void this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.closed = true;
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    await this.sweeping?.catch(() => undefined);
    await this.worker?.close().catch(() => undefined);
    await this.queue?.close().catch(() => undefined);
  }

  /** Queues a step of an import; a step already queued is left as it is (same job id). */
  async add(step: ImportStep, importId: string): Promise<void> {
    await withTimeout(this.open().add(PROCESS_IMPORT_JOB, { importId }, importJobOptions(step, importId)));
  }

  /** Makes sure an import that is due has a live job: one lost is added, one finished is run again. */
  async ensureQueued(step: ImportStep, importId: string): Promise<'queued' | 'added' | 'requeued'> {
    const job = await withTimeout(this.open().getJob(importJobId(step, importId)));
    const state = job ? await job.getState() : 'unknown';
    if (job && (state === 'failed' || state === 'completed')) {
      await job.retry(state, { resetAttemptsMade: true, resetAttemptsStarted: true });
      return 'requeued';
    }
    if (job && state !== 'unknown') return 'queued';
    await this.add(step, importId);
    return 'added';
  }

  sweep(): Promise<void> {
    if (this.closed) return Promise.resolve();
    this.sweeping ??= this.sweepOnce()
      .catch((error: Error) => this.logger.warn(`Reprise des imports : ${error.message}`))
      .finally(() => (this.sweeping = null));
    return this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    const due: { id: string; status: string }[] = await this.dataSource.query(
      `select id, status from diagnostic_imports
        where status in ('QUEUED', 'VALIDATING', 'COMMITTING')
          and coalesce(progress_at, created_at) < now() - $1 * interval '1 millisecond'
        order by created_at limit 100`,
      [SWEEP_AFTER_MS],
    );
    for (const row of due) {
      const outcome = await this.ensureQueued(row.status === 'COMMITTING' ? 'commit' : 'read', row.id);
      if (outcome !== 'queued')
        this.logger.warn(`Import ${row.id} (${row.status}) remis en file : ${outcome}.`);
    }
  }

  private open(): Queue<ProcessImportJob> {
    if (this.closed) throw new Error('File des imports fermée (arrêt en cours).');
    if (!this.queue) {
      this.queue = new Queue<ProcessImportJob>(DIAGNOSTIC_IMPORTS_QUEUE, {
        prefix: bullPrefix(this.config.redisPrefix),
        connection: {
          url: this.config.redisUrl,
          maxRetriesPerRequest: 1,
          connectTimeout: REDIS_TIMEOUT_MS,
          retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
          disconnectTimeout: 500,
        },
      });
      this.queue.on('error', (error) => this.logger.warn(`File des imports : ${error.message}`));
    }
    return this.queue;
  }
}

function withTimeout<T>(promise: Promise<T>): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`Redis n’a pas répondu en ${REDIS_TIMEOUT_MS} ms`)),
      REDIS_TIMEOUT_MS,
    );
    promise.then(
      (value) => (clearTimeout(timer), resolve(value)),
      (error: unknown) => (clearTimeout(timer), reject(error)),
    );
  });
}
