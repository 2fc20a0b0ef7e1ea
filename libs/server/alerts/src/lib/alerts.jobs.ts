import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type JobHandler,
  type NewJob,
  QueueHandler,
  QUEUES,
  retryPolicy,
  type Schedule,
} from '@continuum/server/platform';
import type { Job } from 'bullmq';
import { DigestService } from './digest.service';
import { DueActionsScanner } from './due-actions.scanner';
import { EVENT_TOPICS } from './alert-content';
import { FanOutService } from './fanout.service';
import { SpikeDetector } from './spikes/spike-detector.service';

/*
 * The jobs of the `alerts` queue (libs/server/platform's registry): the fan-out of one outbox event
 * (its id is the job's id, so handing it over twice changes nothing) — an import of incidents runs
 * the spike detection instead —, and three scheduled scans.
 */
export const FAN_OUT_JOB = 'fan-out';
export const SCAN_DUE_ACTIONS_JOB = 'scan-due-actions';
export const SEND_DIGESTS_JOB = 'send-digests';
export const DETECT_SPIKES_JOB = 'detect-spikes';

export type FanOutJob = { eventId: string; topic: string };

export interface AlertsOptions {
  /** Delay before the first retry of a failed fan-out (doubles each time). */
  backoffMs: number;
  /** How often the relay looks for events a NOTIFY did not bring. */
  pollMs: number;
  /** First wait before the LISTEN connection is opened again after Postgres dropped it (doubles, up to 5 s). */
  listenRetryMs: number;
  /**
   * How often the relay hands over again the events handed over more than `requeueAfterMs` ago
   * (and less than a day) whose fan-out has not finished: a job Redis lost is queued again; one
   * still there is left as it is (same job id).
   */
  sweepMs: number;
  requeueAfterMs: number;
  /** How often due and overdue actions are scanned, and digests sent. */
  scanEveryMs: number;
  digestEveryMs: number;
  /** How often the spike detection runs besides after each import of incidents (weekly). */
  spikeScanEveryMs: number;
}

export const ALERTS_OPTIONS = Symbol('ALERTS_OPTIONS');

export const DEFAULT_ALERTS_OPTIONS: AlertsOptions = {
  backoffMs: QUEUES.alerts.backoffMs,
  pollMs: 2000,
  listenRetryMs: 250,
  // A fan-out job Redis lost is handed over again within 6 s (the query reads a partial index).
  sweepMs: 3000,
  requeueAfterMs: 3000,
  scanEveryMs: 60 * 60 * 1000,
  digestEveryMs: 60 * 60 * 1000,
  spikeScanEveryMs: 7 * 24 * 60 * 60 * 1000,
};

/** The fan-out job of an outbox event, under the event's id. */
export function fanOutJob(event: { id: string; topic: string }, options: AlertsOptions): NewJob<FanOutJob> {
  return {
    name: FAN_OUT_JOB,
    data: { eventId: event.id, topic: event.topic },
    id: event.id,
    opts: retryPolicy(QUEUES.alerts.attempts, options.backoffMs),
  };
}

/** Runs the `alerts` queue's jobs where workers run, and declares its schedules. */
@Injectable()
@QueueHandler('alerts')
export class AlertsJobs implements JobHandler {
  private readonly logger = new Logger(AlertsJobs.name);

  constructor(
    private readonly fanOut: FanOutService,
    private readonly scanner: DueActionsScanner,
    private readonly digests: DigestService,
    private readonly spikes: SpikeDetector,
    @Inject(ALERTS_OPTIONS) private readonly options: AlertsOptions,
  ) {}

  async process(job: Job): Promise<unknown> {
    switch (job.name) {
      case FAN_OUT_JOB:
        if (job.data.topic === EVENT_TOPICS.INCIDENTS_IMPORTED) {
          // Detected first: a failure retries the job, whose event stays unhandled until then.
          const spikes = await this.spikes.detect();
          await this.fanOut.handle(String(job.data.eventId));
          return { spikes: spikes.length };
        }
        return this.fanOut.handle(String(job.data.eventId));
      case DETECT_SPIKES_JOB:
        return { spikes: (await this.spikes.detect()).length };
      case SCAN_DUE_ACTIONS_JOB:
        return { events: await this.scanner.scan() };
      case SEND_DIGESTS_JOB:
        return { digests: await this.digests.send() };
      default:
        throw new Error(`Tâche inconnue : ${job.name}`);
    }
  }

  failed(job: Job | undefined, error: Error): void {
    this.logger.warn(
      `Alerte ${job?.data?.eventId ?? job?.name} : ${error.message} (essai ${job?.attemptsMade})`,
    );
  }

  schedules(): Schedule[] {
    return [
      { key: SCAN_DUE_ACTIONS_JOB, everyMs: this.options.scanEveryMs },
      { key: SEND_DIGESTS_JOB, everyMs: this.options.digestEveryMs },
      { key: DETECT_SPIKES_JOB, everyMs: this.options.spikeScanEveryMs },
    ];
  }
}
