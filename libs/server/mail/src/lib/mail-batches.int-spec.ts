import { randomBytes, randomUUID } from 'node:crypto';
import { MailStatus } from './mail-message.entity';
import { BATCH_TO_HEADER } from './mail-sender';
import type { MailOptions } from './mail.jobs';
import type { QueuedMail } from './mail.service';
import { type MailInstance, MailSuite, sleep, until } from './testing/mail-suite';
import type { CaughtMail, SmtpCatcher } from './testing/smtp-catcher';

/*
 * The same text to many people (an alert) leaves in batches: one message per batch, each person a
 * recipient of the envelope only. Against the real PostgreSQL, Redis and an SMTP server.
 */

/** Batches of three, quick retries (0.2 s, 0.4 s…), a sweeper every 0.25 s. */
const FAST: Partial<MailOptions> = {
  attempts: 8,
  backoffMs: 200,
  sweepMs: 250,
  sweepGraceMs: 750,
  batchSize: 3,
};

let suite: MailSuite;
let catcher: SmtpCatcher;
let main: MailInstance;

beforeAll(async () => {
  suite = await MailSuite.start('mailbatch', FAST);
  ({ catcher, main } = suite);
}, 60_000);

afterAll(() => suite?.stop());

/** Writes, committed, one alert mail to each address, batched; dispatches them unless told not to. */
async function alertTo(
  instance: MailInstance,
  addresses: string[],
  options: { dispatch?: boolean } = {},
): Promise<{ referenceId: string; mails: QueuedMail[] }> {
  const referenceId = randomUUID();
  const mails = await instance.dataSource.transaction((manager) =>
    instance.mail.queueSelected(
      manager,
      `select 'alert' as topic, $1::uuid as reference_id, null::uuid as recipient_user_id,
              a.address as to_address, 'Agent ' || a.n as to_name, 'Alerte : cambriolages secteur Orléans-Sud' as subject,
              'Série de cambriolages signalée cette nuit.' as text
         from unnest($2::text[]) with ordinality as a(address, n)`,
      [referenceId, addresses],
      { batched: true },
    ),
  );
  if (options.dispatch ?? true) await instance.mail.dispatchQueued(mails);
  return { referenceId, mails };
}

function addresses(tag: string, count: number): string[] {
  const run = randomBytes(3).toString('hex');
  return Array.from({ length: count }, (_, index) => `${tag}-${index + 1}-${run}@bailleur.test`);
}

const toAny = (wanted: string[]) => (mail: CaughtMail) => mail.envelopeTo.some((a) => wanted.includes(a));

/** Waits until every address has received something, then a little more for strays. */
async function receivedBy(wanted: string[], timeoutMs = 8000): Promise<CaughtMail[]> {
  await until(
    async () => wanted.every((address) => catcher.messages.some((m) => m.envelopeTo.includes(address))),
    timeoutMs,
    `courriels reçus par ${wanted.length} destinataire(s)`,
  );
  await sleep(400);
  return catcher.messages.filter(toAny(wanted));
}

describe('MailService — the same text to many people, in batches', () => {
  it('sends one message per batch, each person in the envelope only, and records it on every row', async () => {
    const people = addresses('lot', 7);
    const { referenceId, mails } = await alertTo(main, people);
    const batchIds = [...new Set(mails.map((m) => m.batchId))];
    // 7 = 3 + 3 + 1: a batch of one is not made.
    expect(mails.filter((m) => m.batchId === null)).toHaveLength(1);
    expect(batchIds.filter(Boolean)).toHaveLength(2);

    const received = await receivedBy(people);
    expect(received).toHaveLength(3);
    // Every person once, and nobody else.
    expect(received.flatMap((m) => m.envelopeTo).sort()).toEqual([...people].sort());
    for (const message of received.filter((m) => m.envelopeTo.length === 3)) {
      expect(message.subject).toBe('Alerte : cambriolages secteur Orléans-Sud');
      expect(message.text).toContain('Série de cambriolages');
      // The To header names no one: nobody learns who else received it.
      expect(message.to).toEqual([]);
      expect(message.raw.toString('latin1')).toMatch(/^To: .*:;\r$/m);
      expect((message.headers.get('to') as { text?: string } | undefined)?.text).toContain(BATCH_TO_HEADER);
      expect(people.some((address) => message.raw.toString('latin1').includes(address))).toBe(false);
      expect(batchIds).toContain(message.messageId?.slice(1).split('@')[0]);
    }
    const single = received.find((m) => m.envelopeTo.length === 1)!;
    expect(single.to).toEqual(single.envelopeTo);

    const rows = await allSent(referenceId);
    expect(rows).toHaveLength(7);
    for (const row of rows) {
      expect(row).toMatchObject({ attempts: 1, lastError: null });
      const message = received.find((m) => m.envelopeTo.includes(row.toAddress))!;
      expect(row.messageId).toBe(message.messageId);
      expect(row.messageId).toBe(`<${row.batchId ?? row.id}@continuum.test>`);
    }
    expect(await suite.probe.getJob(batchIds.find(Boolean)!)).toMatchObject({
      name: 'send-batch',
      data: { batchId: batchIds.find(Boolean) },
    });
  });

  it('a recipient refused for good fails alone; one refused for now is sent on its own later', async () => {
    const people = addresses('refus', 3);
    const [unknown, busy, fine] = people;
    catcher.refuseRecipient(unknown, 550, 'Boîte aux lettres inconnue');
    catcher.refuseRecipient(busy, 452, 'Boîte pleine, réessayez');
    try {
      const { mails } = await alertTo(main, people);
      const byAddress = new Map(people.map((address, index) => [address, mails[index].id]));
      expect(new Set(mails.map((m) => m.batchId)).size).toBe(1);

      await catcher.waitFor((m) => m.envelopeTo.includes(fine), 5000);
      const failed = await suite.rowWhere(
        byAddress.get(unknown)!,
        (m) => m.status === MailStatus.FAILED,
        3000,
        'refus définitif',
      );
      expect(failed).toMatchObject({ attempts: 1, nextAttemptAt: null });
      expect(failed.lastError).toMatch(/550/);
      const waiting = await suite.rowWhere(
        byAddress.get(busy)!,
        (m) => m.attempts === 1 && m.batchId === null,
        3000,
        'sorti du lot',
      );
      expect(waiting.status).toBe(MailStatus.PENDING);
      expect(waiting.lastError).toMatch(/452/);
      expect((await suite.row(byAddress.get(fine)!)).status).toBe(MailStatus.SENT);
    } finally {
      catcher.acceptRecipient(unknown);
      catcher.acceptRecipient(busy);
    }

    // On its own now: its own message, with its own Message-ID.
    const alone = await catcher.waitFor((m) => m.envelopeTo.includes(busy), 8000);
    expect(alone.envelopeTo).toEqual([busy]);
    expect(alone.to).toEqual([busy]);
    const sent = await suite.rowWhere(byId(alone), (m) => m.status === MailStatus.SENT, 3000, 'envoyé seul');
    expect(sent.attempts).toBeGreaterThanOrEqual(2);
    expect(sent.messageId).toBe(`<${sent.id}@continuum.test>`);
    await sleep(600);
    expect(catcher.messages.filter(toAny([unknown]))).toHaveLength(0);
    expect(catcher.messages.filter(toAny([fine]))).toHaveLength(1);
  });

  it('retries a batch the server refused as a whole, and records the attempt on every row', async () => {
    const people = addresses('relance', 3);
    catcher.failNext(1); // 451 after DATA: the whole message
    const { referenceId } = await alertTo(main, people);

    const received = await receivedBy(people);
    expect(received).toHaveLength(1);
    const rows = await allSent(referenceId);
    expect(rows.map((r) => r.attempts)).toEqual([2, 2, 2]);
    expect(suite.logs.has('warn', /Envoi groupé .* tentative 1 en échec : 451/)).toBe(true);
  });

  it('sends a batch whose job never reached Redis (the sweeper queues the batch, once)', async () => {
    const people = addresses('balaye', 3);
    const { mails } = await alertTo(main, people, { dispatch: false });

    const received = await receivedBy(people, 10_000);
    expect(received).toHaveLength(1);
    expect(received[0].envelopeTo.sort()).toEqual([...people].sort());
    const batchId = mails[0].batchId!;
    expect(await suite.probe.getJob(batchId)).toMatchObject({ name: 'send-batch' });
    expect(await suite.probe.getJob(mails[0].id)).toBeUndefined();
  });

  it('retry() sends a FAILED row of a batch on its own', async () => {
    const people = addresses('reprise', 3);
    catcher.refuseRecipient(people[0], 550);
    const { mails } = await alertTo(main, people);
    const failed = await suite.rowWhere(mails[0].id, (m) => m.status === MailStatus.FAILED, 5000, 'FAILED');
    catcher.acceptRecipient(people[0]);
    expect(failed.batchId).toBe(mails[0].batchId);

    const retried = await main.mail.retry(mails[0].id);
    expect(retried).toMatchObject({ status: MailStatus.PENDING, batchId: null });
    const alone = await catcher.waitFor((m) => m.envelopeTo.includes(people[0]), 5000);
    expect(alone.envelopeTo).toEqual([people[0]]);
    await suite.rowWhere(mails[0].id, (m) => m.status === MailStatus.SENT, 3000, 'SENT');
    // The others were sent once, in their batch, and not again.
    await sleep(500);
    expect(catcher.messages.filter(toAny(people.slice(1)))).toHaveLength(1);
  });
});

/** The rows of one alert, once all are SENT. */
function allSent(referenceId: string) {
  return until(
    async () => {
      const all = await main.mail.forReference(referenceId);
      return all.every((r) => r.status === MailStatus.SENT) && all;
    },
    3000,
    'lignes SENT',
  );
}

/** The row id of a message sent on its own (its Message-ID is made from it). */
function byId(message: CaughtMail): string {
  return message.messageId!.slice(1).split('@')[0];
}
