import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  APP_CONFIG,
  type BackgroundTask,
  BackgroundTasks,
  InjectQueue,
  type JobQueue,
  OUTBOX_CHANNEL,
  type Repeated,
} from '@continuum/server/platform';
import type { AppConfig } from '@continuum/server/platform';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ALERTS_OPTIONS, type AlertsOptions, type FanOutJob, fanOutJob } from './alerts.jobs';

/** The `application_name` of the relay's LISTEN connection (to find it in `pg_stat_activity`). */
export const RELAY_LISTENER_NAME = 'continuum-relay-listen';
const LISTEN_RETRY_MAX_MS = 5000;

/**
 * The outbox relay, a background task (where workers run): moves committed outbox events to the
 * `alerts` queue as fan-out jobs (the event id is the job id, so moving one twice changes nothing),
 * woken by LISTEN/NOTIFY with a poll as the fallback, and hands over again, every `sweepMs`, the
 * events whose job Redis may have lost.
 */
@Injectable()
export class OutboxRelay implements BackgroundTask {
  private readonly logger = new Logger(OutboxRelay.name);
  private readonly relaying: Repeated;
  private readonly sweeping: Repeated;
  private listener: Client | null = null;
  private listenRetry: NodeJS.Timeout | null = null;
  private listenFailures = 0;
  private stopping = false;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(ALERTS_OPTIONS) private readonly options: AlertsOptions,
    @InjectQueue('alerts') private readonly queue: JobQueue<FanOutJob>,
    tasks: BackgroundTasks,
  ) {
    this.relaying = tasks.every(
      'Relais des événements',
      options.pollMs,
      () => this.relayBatch(),
      this.logger,
    );
    this.sweeping = tasks.every(
      'Reprise des événements',
      options.sweepMs,
      () => this.sweepOnce(),
      this.logger,
    );
    tasks.add(this);
  }

  /** Opens the LISTEN connection. */
  async start(): Promise<void> {
    await this.listen();
  }

  async stop(): Promise<void> {
    this.stopping = true;
    if (this.listenRetry) clearTimeout(this.listenRetry);
    await this.listener?.end().catch(() => undefined);
  }

  /** Moves committed events to the queue; runs again at once if woken meanwhile. */
  relay(): void {
    this.relaying.wake();
  }

  /** Hands over again what Redis may have lost. */
  sweep(): Promise<void> {
    return this.sweeping.run();
  }

  private async sweepOnce(): Promise<void> {
    const rows: { id: string; topic: string }[] = await this.dataSource.query(
      `select id, topic from outbox_events
        where handled_at is null
          and dispatched_at between now() - interval '1 day' and now() - $1 * interval '1 millisecond'
        order by dispatched_at limit 1000`,
      [this.options.requeueAfterMs],
    );
    await this.queue.add(rows.map((row) => fanOutJob(row, this.options)));
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
        await this.queue.add(rows.map((row) => fanOutJob(row, this.options)));
        await manager.query('update outbox_events set dispatched_at = now() where id = any($1::uuid[])', [
          rows.map((r) => r.id),
        ]);
        return rows.length;
      });
      if (moved < 500) return;
    }
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
