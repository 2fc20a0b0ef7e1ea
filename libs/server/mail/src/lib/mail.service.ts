import { Inject, Injectable, Logger } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { InjectDataSource } from '@nestjs/typeorm';
import { badInput, conflict, InjectQueue, type JobQueue, notFound } from '@continuum/server/platform';
import { DataSource, EntityManager } from 'typeorm';
import { type IcsMethod, MailMessageEntity, MailStatus } from './mail-message.entity';
import { MAIL_OPTIONS, type MailJob, mailJob, type MailOptions } from './mail.jobs';

/** A message to send. `ics` and `icsMethod` go together (an invitation or its cancellation). */
export interface NewMail {
  topic: string;
  referenceId?: string | null;
  recipientUserId?: string | null;
  toAddress: string;
  toName?: string | null;
  subject: string;
  text: string;
  html?: string | null;
  ics?: string | null;
  icsMethod?: IcsMethod | null;
}

/** A message written by `queueSelected`, sent on its own or in its batch. */
export interface QueuedMail {
  id: string;
  recipientUserId: string | null;
  batchId: string | null;
}

/**
 * Outgoing mail through an outbox. A change that sends mail calls `queue()` with its own
 * transaction's manager, then `dispatch()` once the transaction has committed:
 *
 *     const mails = await dataSource.transaction(async (manager) => {
 *       // … the change …
 *       return mail.queue(manager, [{ topic: 'meeting.convocation', … }]);
 *     });
 *     await mail.dispatch(mails.map((m) => m.id));
 *
 * A rolled-back change leaves no row, so nothing is sent; a crash or a Redis outage between the
 * commit and `dispatch()` leaves a PENDING row that the sweeper hands over later.
 */
@Injectable()
export class MailService {
  private readonly logger = new Logger(MailService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue('mail') private readonly jobs: JobQueue<MailJob>,
    @Inject(MAIL_OPTIONS) private readonly options: MailOptions,
  ) {}

  /** Writes the messages with the caller's transaction manager; nothing is sent yet. */
  async queue(manager: EntityManager, mails: NewMail[]): Promise<MailMessageEntity[]> {
    if (mails.length === 0) return [];
    const rows = mails.map((mail, index) => {
      checkMail(mail, index);
      return manager.create(MailMessageEntity, {
        id: randomUUID(),
        topic: mail.topic,
        referenceId: mail.referenceId ?? null,
        recipientUserId: mail.recipientUserId ?? null,
        toAddress: mail.toAddress.trim(),
        toName: mail.toName?.trim() || null,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
        ics: mail.ics ?? null,
        icsMethod: mail.ics ? (mail.icsMethod ?? null) : null,
        status: MailStatus.PENDING,
        attempts: 0,
        lastError: null,
        nextAttemptAt: null,
        sentAt: null,
        messageId: null,
      });
    });
    // Multi-row inserts (an alert may mail thousands of people), in the caller's transaction.
    for (let start = 0; start < rows.length; start += 1000)
      await manager.insert(MailMessageEntity, rows.slice(start, start + 1000));
    return rows;
  }

  /**
   * Writes one message per row of `select`, set-based in the caller's transaction — for the same
   * text to thousands of people, where building and sending the rows from here would cost seconds.
   * `select` returns the columns `topic`, `reference_id`, `recipient_user_id`, `to_address`,
   * `to_name`, `subject` and `text`; a row whose address is not one plain address (or whose subject
   * or name spans lines) is not written and is left out of what comes back.
   *
   * With `batched` (for rows that all share their subject and text), the rows are grouped in
   * batches of at most `MailOptions.batchSize`, each sent as one message to all its recipients
   * (`batchId`); a batch that would hold one row is not made.
   */
  async queueSelected(
    manager: EntityManager,
    select: string,
    parameters: unknown[],
    options: { batched?: boolean } = {},
  ): Promise<QueuedMail[]> {
    const batchSize = options.batched ? Math.max(1, Math.floor(this.options.batchSize)) : 1;
    const rows: { id: string; recipient_user_id: string | null; batch_id: string | null }[] =
      await manager.query(
        `with s as (
           select s.*, (row_number() over () - 1) / $${parameters.length + 1} as slot
             from (${select}) s
            where btrim(s.to_address) ~ '${ADDRESS_PATTERN}'
              and s.topic <> '' and s.subject !~ '[\r\n]' and coalesce(s.to_name, '') !~ '[\r\n]'
         ), b as (
           select slot, gen_random_uuid() as batch_id from s where $${parameters.length + 1} > 1
            group by slot having count(*) > 1
         )
         insert into mail_messages (topic, reference_id, recipient_user_id, to_address, to_name, subject, text, batch_id)
         select s.topic, s.reference_id, s.recipient_user_id, btrim(s.to_address), nullif(btrim(s.to_name), ''),
                s.subject, s.text, b.batch_id
           from s left join b using (slot)
         returning id, recipient_user_id, batch_id`,
        [...parameters, batchSize],
      );
    return rows.map((row) => ({ id: row.id, recipientUserId: row.recipient_user_id, batchId: row.batch_id }));
  }

  /**
   * Hands committed messages to the queue: those sent on their own by id, the batches by theirs.
   * Never throws: when Redis cannot take them now, the rows stay PENDING and the sweeper
   * dispatches them within `sweepGraceMs` + `sweepMs`.
   */
  async dispatchQueued(mails: { id: string; batchId?: string | null }[]): Promise<void> {
    const single = mails.filter((mail) => !mail.batchId).map((mail) => mail.id);
    const batches = [...new Set(mails.flatMap((mail) => (mail.batchId ? [mail.batchId] : [])))];
    await this.handOver(single, batches);
  }

  /**
   * Hands committed rows to the queue. Never throws: when Redis cannot take them now, the rows
   * stay PENDING and the sweeper dispatches them within `sweepGraceMs` + `sweepMs`.
   */
  async dispatch(ids: string[]): Promise<void> {
    await this.handOver(ids, []);
  }

  private async handOver(ids: string[], batchIds: string[]): Promise<void> {
    if (ids.length === 0 && batchIds.length === 0) return;
    try {
      await this.jobs.add([
        ...ids.map((mailId) => mailJob({ mailId }, this.options)),
        ...batchIds.map((batchId) => mailJob({ batchId }, this.options)),
      ]);
    } catch (error) {
      const what = [
        ids.length ? `${ids.length} courriel(s)` : '',
        batchIds.length ? `${batchIds.length} envoi(s) groupé(s)` : '',
      ]
        .filter(Boolean)
        .join(' et ');
      this.logger.warn(
        `${what} non remis à la file (${(error as Error).message}) : le balayage les reprendra.`,
      );
    }
  }

  /** The messages about one thing (a meeting…), oldest first, for showing their delivery status. */
  forReference(referenceId: string): Promise<MailMessageEntity[]> {
    return this.dataSource.getRepository(MailMessageEntity).find({
      where: { referenceId },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  /** Sends a FAILED message again, with a fresh set of attempts, on its own (out of its batch). */
  async retry(id: string): Promise<MailMessageEntity> {
    const repository = this.dataSource.getRepository(MailMessageEntity);
    const reset = await repository.update(
      { id, status: MailStatus.FAILED },
      // Due now for the sweeper too, should the queue not take it below.
      { status: MailStatus.PENDING, nextAttemptAt: new Date(), batchId: null },
    );
    if (!reset.affected) {
      const row = await repository.findOneBy({ id });
      if (!row) throw notFound('Courriel introuvable.');
      if (row.status === MailStatus.SENT) throw conflict('id', 'Ce courriel a déjà été envoyé.');
      // Already PENDING: it is on its way; make sure it is queued like below.
    }
    try {
      const { batchId } = await repository.findOneByOrFail({ id });
      await this.jobs.ensureQueued(mailJob(batchId ? { batchId } : { mailId: id }, this.options));
    } catch (error) {
      this.logger.warn(
        `Courriel ${id} non remis à la file (${(error as Error).message}) : le balayage le reprendra.`,
      );
    }
    return repository.findOneByOrFail({ id });
  }
}

/** One address, no header injection; the SMTP server judges the rest. Valid in JS and PostgreSQL. */
const ADDRESS_PATTERN = '^[^\\s@<>,;]+@[^\\s@<>,;]+$';

function checkMail(mail: NewMail, index: number): void {
  const address = mail.toAddress?.trim() ?? '';
  if (!new RegExp(ADDRESS_PATTERN).test(address))
    throw badInput(`mails.${index}.toAddress`, `Adresse électronique invalide : « ${address} ».`);
  if (/[\r\n]/.test(mail.subject) || /[\r\n]/.test(mail.toName ?? ''))
    throw badInput(`mails.${index}.subject`, 'L’objet et le nom du destinataire tiennent sur une ligne.');
  if (!mail.topic) throw badInput(`mails.${index}.topic`, 'Le sujet technique du courriel est requis.');
  if (mail.ics && mail.icsMethod !== 'REQUEST' && mail.icsMethod !== 'CANCEL')
    throw badInput(`mails.${index}.icsMethod`, 'Une invitation précise sa méthode : REQUEST ou CANCEL.');
}
