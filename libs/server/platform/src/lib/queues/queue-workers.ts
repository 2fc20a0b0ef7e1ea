import {
  BeforeApplicationShutdown,
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnModuleDestroy,
  OnModuleInit,
} from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { Worker } from 'bullmq';
import { APP_CONFIG, type AppConfig, runsWorkers } from '../config/app-config';
import { BackgroundTasks } from './background-tasks';
import { bullConnection, throttledWarning } from './bull-connection';
import { JobQueues } from './job-queues';
import { discoverHandlers, type JobHandler } from './queue-handler';
import { bullPrefix, QUEUES, type QueueName, WORKER_LEASE } from './queues.registry';

/** How often the schedulers are checked (Redis restarted empty has lost them). */
const SCHEDULES_CHECK_MS = 3000;

/**
 * Runs the queues where workers run. At init, in every process, each declared queue must have
 * exactly one handler (or the process refuses to start); then, only where workers run, one BullMQ
 * worker per queue, the schedulers, and the contexts' background tasks. At shutdown: the tasks stop
 * first, then the workers finish their jobs — before the database closes.
 */
@Injectable()
export class QueueWorkers
  implements OnModuleInit, OnApplicationBootstrap, OnModuleDestroy, BeforeApplicationShutdown
{
  private readonly logger = new Logger(QueueWorkers.name);
  private handlers = new Map<QueueName, JobHandler>();
  private workers: Worker[] = [];

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly queues: JobQueues,
    private readonly tasks: BackgroundTasks,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.handlers = discoverHandlers(this.discovery, this.queues.declared());
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!runsWorkers(this.config)) return;
    for (const [name, handler] of this.handlers) this.workers.push(this.startWorker(name, handler));
    // Written in full at start (a changed period replaces the old), then checked.
    await this.restoreSchedules({ all: true });
    this.tasks.every(
      'Planification des tâches',
      SCHEDULES_CHECK_MS,
      () => this.restoreSchedules(),
      this.logger,
    );
    await this.tasks.startAll();
  }

  /** The sweeps and the relay stop first: they may add jobs. */
  async onModuleDestroy(): Promise<void> {
    await this.tasks.stopAll();
  }

  /** Waits for the jobs under way (the database is still open). */
  async beforeApplicationShutdown(): Promise<void> {
    const workers = this.workers;
    this.workers = [];
    await Promise.all(
      workers.map((worker) =>
        worker
          .close()
          .catch((error: Error) => this.logger.warn(`Arrêt de « ${worker.name} » : ${error.message}`)),
      ),
    );
  }

  /** (Re)creates the schedulers Redis lost; the keys it wrote. Never throws. */
  async restoreSchedules(options: { all?: boolean } = {}): Promise<string[]> {
    const written: string[] = [];
    for (const [name, handler] of this.handlers) {
      const schedules = handler.schedules?.() ?? [];
      if (schedules.length === 0) continue;
      try {
        const keys = await this.queues.get(name).ensureSchedules(schedules, options);
        if (keys.length && !options.all)
          this.logger.warn(
            `Planification de « ${name} » perdue (Redis vidé ?) : ${keys.join(', ')} rétablie(s).`,
          );
        written.push(...keys);
      } catch (error) {
        this.logger.warn(`Planification de « ${name} » : ${(error as Error).message}`);
      }
    }
    return written;
  }

  private startWorker(name: QueueName, handler: JobHandler): Worker {
    const worker = new Worker(name, (job) => handler.process(job), {
      prefix: bullPrefix(this.config.redisPrefix),
      connection: bullConnection(this.config, 'worker'),
      concurrency: QUEUES[name].concurrency,
      ...WORKER_LEASE,
    });
    const warn = throttledWarning((message) => this.logger.warn(message));
    worker.on('error', (error) => warn(`File « ${name} » : Redis injoignable (${error.message}).`));
    if (handler.failed) worker.on('failed', (job, error) => handler.failed?.(job, error));
    return worker;
  }
}
