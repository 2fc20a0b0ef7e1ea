import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  BackgroundTasks,
  InjectQueue,
  type JobHandler,
  type JobQueue,
  QueueHandler,
} from '@continuum/server/platform';
import { type Job, UnrecoverableError } from 'bullmq';
import { DataSource } from 'typeorm';
import { DiagnosticImportProcessor } from './diagnostic-import.processor';
import { type ImportStep, importJob, PROCESS_IMPORT_JOB, type ProcessImportJob } from './diagnostic.jobs';

/** How often the sweep looks for imports due whose job Redis lost, and how long it lets them wait first. */
const SWEEP_EVERY_MS = 10_000;
const SWEEP_AFTER_MS = 30_000;

/**
 * The `diagnostic-imports` queue as the diagnostic uses it: the producer (any process) and, where
 * workers run, the sweep that hands over again, from the rows, the imports whose job Redis lost
 * (it keeps nothing on disk).
 */
@Injectable()
export class DiagnosticQueue {
  private readonly logger = new Logger(DiagnosticQueue.name);

  constructor(
    @InjectQueue('diagnostic-imports') private readonly queue: JobQueue<ProcessImportJob>,
    @InjectDataSource() private readonly dataSource: DataSource,
    tasks: BackgroundTasks,
  ) {
    tasks.every(
      'Reprise des imports du diagnostic interrompue',
      SWEEP_EVERY_MS,
      () => this.sweep(),
      this.logger,
    );
  }

  /** Queues a step of an import; a step already queued is left as it is (same job id). */
  add(step: ImportStep, importId: string): Promise<void> {
    return this.queue.add([importJob(step, importId)]);
  }

  /** The imports due (queued, reading, committing) without a sign of life for a while, queued again if lost. */
  async sweep(): Promise<number> {
    const due: { id: string; status: string }[] = await this.dataSource.query(
      `select id, status from diagnostic_imports
        where status in ('QUEUED', 'VALIDATING', 'COMMITTING')
          and coalesce(progress_at, created_at) < now() - $1 * interval '1 millisecond'
        order by created_at limit 100`,
      [SWEEP_AFTER_MS],
    );
    let handed = 0;
    for (const row of due) {
      const outcome = await this.queue.ensureQueued(
        importJob(row.status === 'COMMITTING' ? 'commit' : 'read', row.id),
      );
      if (outcome === 'queued') continue;
      handed++;
      this.logger.warn(`Import ${row.id} (${row.status}) remis en file : ${outcome}.`);
    }
    return handed;
  }
}

/**
 * Runs the queue's jobs where workers run: hands each import's id to the processor — the job's
 * processing is `DiagnosticImportProcessor.process`, one plain function — and, once the last
 * attempt has failed, marks the import FAILED (nothing was imported: each step is one transaction).
 */
@Injectable()
@QueueHandler('diagnostic-imports')
export class DiagnosticImportJobs implements JobHandler<ProcessImportJob> {
  private readonly logger = new Logger(DiagnosticImportJobs.name);

  constructor(private readonly processor: DiagnosticImportProcessor) {}

  process(job: Job<ProcessImportJob>): Promise<void> {
    if (job.name !== PROCESS_IMPORT_JOB) throw new UnrecoverableError(`Tâche inconnue « ${job.name} ».`);
    return this.processor.process(job.data.importId);
  }

  failed(job: Job<ProcessImportJob> | undefined, error: Error): void {
    if (!job) return;
    this.logger.warn(`Import ${job.data.importId} : ${error.message} (essai ${job.attemptsMade})`);
    if (job.attemptsMade < (job.opts.attempts ?? 1) && !(error instanceof UnrecoverableError)) return;
    this.processor
      .markFailed(job.data.importId, error.message.endsWith('.') ? error.message : `${error.message}.`)
      .catch((failure: Error) => this.logger.error(`Import ${job.data.importId} : ${failure.message}`));
  }
}
