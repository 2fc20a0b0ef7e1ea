import { Injectable, Logger } from '@nestjs/common';
import { type JobHandler, QueueHandler, type Schedule } from '@continuum/server/platform';
import type { Job } from 'bullmq';
import { SurveySendingService } from './survey-sending.service';

/** The `surveys` queue (libs/server/platform's registry): the scheduled reminders, looked for on a period. */
export const SEND_DUE_REMINDERS_JOB = 'send-due-reminders';

/** How often the due reminders are looked for (`CONTINUUM_SURVEY_REMINDER_SCAN_MS`, 15 minutes by default). */
export function surveyReminderScanMs(env: NodeJS.ProcessEnv = process.env): number {
  const value = Number(env['CONTINUUM_SURVEY_REMINDER_SCAN_MS'] ?? 15 * 60_000);
  if (!Number.isInteger(value) || value < 1000)
    throw new Error(
      'CONTINUUM_SURVEY_REMINDER_SCAN_MS invalide : un nombre de millisecondes, 1000 au moins.',
    );
  return value;
}

@Injectable()
@QueueHandler('surveys')
export class SurveyJobs implements JobHandler {
  private readonly logger = new Logger(SurveyJobs.name);
  private readonly everyMs = surveyReminderScanMs();

  constructor(private readonly sending: SurveySendingService) {}

  async process(job: Job): Promise<unknown> {
    if (job.name !== SEND_DUE_REMINDERS_JOB) throw new Error(`Tâche inconnue : ${job.name}`);
    return { queued: await this.sending.sendDueReminders() };
  }

  failed(job: Job | undefined, error: Error): void {
    this.logger.warn(`Rappels d’enquête : ${error.message} (essai ${job?.attemptsMade})`);
  }

  schedules(): Schedule[] {
    return [{ key: SEND_DUE_REMINDERS_JOB, everyMs: this.everyMs }];
  }
}
