import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  BeforeApplicationShutdown,
} from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { bullPrefix, WORKER_LEASE } from '@continuum/server/mail';
import { APP_CONFIG, OUTBOX_CHANNEL } from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { Job, Queue, Worker } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { DigestService } from './digest.service';
import { DueActionsScanner } from './due-actions.scanner';
import { FanOutService } from './fanout.service';

export const ALERTS_QUEUE = 'alerts';
const FAN_OUT = 'fan-out';
const SCAN_DUE_ACTIONS = 'scan-due-actions';
const SEND_DIGESTS = 'send-digests';

export interface AlertsOptions {
  /** Delay before the first retry of a failed fan-out (doubles each time). */
  backoffMs: number;
  /** How often the relay looks for events a NOTIFY did not bring. */
  pollMs: number;
  /** First wait before the LISTEN connection is opened again after Postgres dropped it (doubles, up to 5 s). */
  listenRetryMs: number;
  /**
   * How often the relay hands over again the events handed over more than `requeueAfterMs` ago
   * (and less than a day) whose fan-out has not finished — a job Redis lost is queued again; one
   * still there is left as it is (same job id) — and restores the schedulers.
   */
  sweepMs: number;
  requeueAfterMs: number;
  /** How often due and overdue actions are scanned, and digests sent. */
  scanEveryMs: number;
  digestEveryMs: number;
}

export const ALERTS_OPTIONS = Symbol('ALERTS_OPTIONS');

/** The `application_name` of the relay's LISTEN connection (to find it in `pg_stat_activity`). */
export const RELAY_LISTENER_NAME = 'continuum-relay-listen';
const LISTEN_RETRY_MAX_MS = 5000;

function connection(config: AppConfig) {
  return {
    url: config.redisUrl,
    maxRetriesPerRequest: null,
    retryStrategy: (attempt: number) => Math.min(attempt * 200, 2000),
    disconnectTimeout: 500,
  };
}

/**
 * The alert pipeline where workers run: the relay moves committed outbox events to the `alerts`
 * queue (the event id is the job id, so moving one twice changes nothing), the worker fans each
 * out, and schedulers scan due actions and send digests. An API-only process runs none of this.
 */
@Injectable()
export class AlertsPipeline implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(AlertsPipeline.name);
  private queue: Queue | null = null;
  private worker: Worker | null = null;
  private listener: Client | null = null;
  private listenRetry: NodeJS.Timeout | null = null;
  private listenFailures = 0;
  private timer: NodeJS.Timeout | null = null;
  private sweepTimer: NodeJS.Timeout | null = null;
  private sweeping: Promise<void> | null = null;
  private relaying: Promise<void> | null = null;
  private again = false;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly fanOut: FanOutService,
    private readonly scanner: DueActionsScanner,
    private readonly digests: DigestService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ALERTS_OPTIONS) private readonly options: AlertsOptions,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.config.workers) return;
    const prefix = bullPrefix(this.config.redisPrefix);
    this.queue = new Queue(ALERTS_QUEUE, { prefix, connection: connection(this.config) });
    this.queue.on('error', (error) => this.logger.warn(`File des alertes : ${error.message}`));
    this.worker = new Worker(ALERTS_QUEUE, (job) => this.process(job), {
      prefix,
      connection: connection(this.config),
      concurrency: 2,
      ...WORKER_LEASE,
    });
    this.worker.on('error', (error) => this.logger.warn(`Facteur des alertes : ${error.message}`));
    this.worker.on('failed', (job, error) =>
      this.logger.warn(
        `Alerte ${job?.data?.eventId ?? job?.name} : ${error.message} (essai ${job?.attemptsMade})`,
      ),
    );
    await this.schedule().catch((error: Error) =>
      this.logger.warn(`Planification des alertes : ${error.message}`),
    );
    await this.listen();
    this.timer = setInterval(() => this.relay(), this.options.pollMs);
    this.sweepTimer = setInterval(() => this.sweep(), this.options.sweepMs);
    this.relay();
    // At once, not one period later: after a crash, what Redis lost meanwhile is handed over now.
    void this.sweep();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopping = true;
    if (this.timer) clearInterval(this.timer);
    if (this.sweepTimer) clearInterval(this.sweepTimer);
    if (this.listenRetry) clearTimeout(this.listenRetry);
    await this.relaying?.catch(() => undefined);
    await this.sweeping?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
    await this.worker?.close().catch(() => undefined);
    await this.queue?.close().catch(() => undefined);
  }

  /** Moves committed events to the queue; runs again at once if woken meanwhile. */
  relay(): void {
    if (this.stopping || !this.queue) return;
    if (this.relaying) {
      this.again = true;
      return;
    }
    this.relaying = this.relayBatch()
      .catch((error: Error) => this.logger.warn(`Relais des événements : ${error.message} — nouvel essai.`))
      .finally(() => {
        this.relaying = null;
        if (this.again) {
          this.again = false;
          this.relay();
        }
      });
  }

  /** Hands over again what Redis may have lost, and restores the schedulers (gone with a flushed Redis). */
  sweep(): Promise<void> {
    if (this.stopping || !this.queue) return Promise.resolve();
    this.sweeping ??= this.sweepOnce()
      .catch((error: Error) => this.logger.warn(`Reprise des événements : ${error.message} — nouvel essai.`))
      .finally(() => {
        this.sweeping = null;
      });
    return this.sweeping;
  }

  private async sweepOnce(): Promise<void> {
    const rows: { id: string; topic: string }[] = await this.dataSource.query(
      `select id, topic from outbox_events
        where handled_at is null
          and dispatched_at between now() - interval '1 day' and now() - $1 * interval '1 millisecond'
        order by dispatched_at limit 1000`,
      [this.options.requeueAfterMs],
    );
    if (rows.length) await this.queue!.addBulk(rows.map((row) => this.fanOutJob(row)));
    const schedulers = new Set((await this.queue!.getJobSchedulers()).map((scheduler) => scheduler.key));
    if (!schedulers.has(SCAN_DUE_ACTIONS) || !schedulers.has(SEND_DIGESTS)) {
      this.logger.warn('Planification des alertes perdue (Redis vidé ?) : rétablie.');
      await this.schedule();
    }
  }

  private fanOutJob(row: { id: string; topic: string }) {
    return {
      name: FAN_OUT,
      data: { eventId: row.id, topic: row.topic },
      opts: {
        jobId: row.id,
        attempts: 12,
        backoff: { type: 'exponential', delay: this.options.backoffMs },
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 30 * 24 * 3600 },
      },
    };
  }

  private async relayBatch(): Promise<void> {
    for (;;) {
      const moved = await this.dataSource.transaction(async (manager) => {
        const rows: { id: string; topic: string }[] = await manager.query(
          `select id, topic from outbox_events where dispatched_at is null
            order by created_at limit 500 for update skip locked`,
        );
        if (rows.length === 0) return 0;
        // Handed to the queue before being marked: if Redis refuses, the transaction rolls back
        // and the events stay to be relayed; if we crash in between, the job ids dedupe.
        await this.queue!.addBulk(rows.map((row) => this.fanOutJob(row)));
        await manager.query('update outbox_events set dispatched_at = now() where id = any($1::uuid[])', [
          rows.map((r) => r.id),
        ]);
        return rows.length;
      });
      if (moved < 500) return;
    }
  }

  private async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case FAN_OUT:
        return this.fanOut.handle(String(job.data.eventId));
      case SCAN_DUE_ACTIONS:
        return { events: await this.scanner.scan() };
      case SEND_DIGESTS:
        return { digests: await this.digests.send() };
      default:
        throw new Error(`Tâche inconnue : ${job.name}`);
    }
  }

  private async schedule(): Promise<void> {
    await this.queue!.upsertJobScheduler(
      SCAN_DUE_ACTIONS,
      { every: this.options.scanEveryMs },
      { name: SCAN_DUE_ACTIONS },
    );
    await this.queue!.upsertJobScheduler(
      SEND_DIGESTS,
      { every: this.options.digestEveryMs },
      { name: SEND_DIGESTS },
    );
  }

  /**
   * LISTEN on the outbox channel: a commit wakes the relay at once; the poll is the fallback. When
   * Postgres drops the connection (a restart, a failover, `pg_terminate_backend`), it is opened
   * again after a growing wait (0.25 s, 0.5 s… 5 s at most), and the relay runs once it is back
   * to pick up what was committed meanwhile.
   */
  private async listen(): Promise<void> {
    if (this.stopping) return;
    const client = new Client({
      connectionString: this.config.databaseUrl,
      application_name: RELAY_LISTENER_NAME,
    });
    let lost = false;
    const onLost = (why: string) => {
      if (lost) return;
      lost = true;
      if (this.listener === client) this.listener = null;
      client.end().catch(() => undefined);
      if (this.stopping) return;
      // Said once per outage, not at every failed attempt.
      if (this.listenFailures === 0)
        this.logger.warn(`Écoute des événements interrompue (${why}) : relais par sondage, reconnexion.`);
      this.retryListen();
    };
    client.on('error', (error) => onLost(error.message));
    client.on('end', () => onLost('connexion fermée'));
    client.on('notification', () => this.relay());
    try {
      await client.connect();
      await client.query(`listen ${OUTBOX_CHANNEL}`);
    } catch (error) {
      onLost((error as Error).message);
      return;
    }
    if (lost) return;
    if (this.stopping) {
      await client.end().catch(() => undefined);
      return;
    }
    this.listener = client;
    if (this.listenFailures > 0) this.logger.log('Écoute des événements rétablie.');
    this.listenFailures = 0;
    this.relay();
  }

  private retryListen(): void {
    if (this.stopping || this.listenRetry) return;
    const delay = Math.min(this.options.listenRetryMs * 2 ** this.listenFailures, LISTEN_RETRY_MAX_MS);
    this.listenFailures += 1;
    this.listenRetry = setTimeout(() => {
      this.listenRetry = null;
      void this.listen();
    }, delay);
  }
}
