import { type Job } from 'bullmq';
import { randomBytes, randomUUID } from 'node:crypto';
import { meetingInvitation } from './ics';
import { type MailMessageEntity, MailStatus } from './mail-message.entity';
import { type MailOptions, type SendMailJob } from './mail.jobs';
import { type NewMail } from './mail.service';
import { MailWorker } from './mail.worker';
import { type MailInstance, MailSuite, sleep } from './testing/mail-suite';
import { type CaughtMail, SmtpCatcher } from './testing/smtp-catcher';

/*
 * Against the real PostgreSQL and Redis, with a real SMTP server in the test process, in a
 * database and under a Redis prefix of the suite's own (see MailSuite).
 */

/** The main instance: worker on, quick retries (0.2 s, 0.4 s, 0.8 s…), a sweeper every 0.25 s. */
const FAST: Partial<MailOptions> = { attempts: 8, backoffMs: 200, sweepMs: 250, sweepGraceMs: 750 };

let suite: MailSuite;
let catcher: SmtpCatcher;
let main: MailInstance;

function newMail(tag: string, overrides: Partial<NewMail> = {}): NewMail {
  const meetingId = randomUUID();
  const toAddress = `${tag}-${randomBytes(3).toString('hex')}@mairie.test`;
  return {
    topic: 'meeting.convocation',
    referenceId: meetingId,
    toAddress,
    toName: 'Léa Durand',
    subject: 'Convocation : cellule de veille du 15 janvier',
    text: 'Vous êtes convoquée à la cellule de veille du jeudi 15 janvier à 14 h 30.',
    html: '<p>Vous êtes convoquée à la <strong>cellule de veille</strong> du jeudi 15 janvier à 14 h 30.</p>',
    ics: meetingInvitation({
      uid: `meeting-${meetingId}@continuum.test`,
      sequence: 0,
      method: 'REQUEST',
      start: new Date('2027-01-15T13:30:00Z'),
      end: new Date('2027-01-15T15:00:00Z'),
      title: 'Cellule de veille',
      location: 'Mairie, salle du conseil',
      organizer: { name: 'Secrétariat du CLSPD', email: 'clspd@mairie.test' },
      attendees: [{ name: 'Léa Durand', email: toAddress }],
    }),
    icsMethod: 'REQUEST',
    ...overrides,
  };
}

/** Queues the mails in a transaction of their own, committed. */
function queueCommitted(instance: MailInstance, mails: NewMail[]): Promise<MailMessageEntity[]> {
  return instance.dataSource.transaction((manager) => instance.mail.queue(manager, mails));
}

const row = (id: string) => suite.row(id);
const rowWhere = (...args: Parameters<MailSuite['rowWhere']>) => suite.rowWhere(...args);
const boot = (...args: Parameters<MailSuite['boot']>) => suite.boot(...args);
const to = (address: string) => (mail: CaughtMail) => mail.envelopeTo.includes(address);

beforeAll(async () => {
  suite = await MailSuite.start('mail', FAST);
  ({ catcher, main } = suite);
}, 60_000);

afterAll(() => suite?.stop());

describe('MailService — the outbox', () => {
  it('sends nothing for a change that rolled back, even if its ids were dispatched', async () => {
    const mail = newMail('annulee');
    let ids: string[] = [];
    await expect(
      main.dataSource.transaction(async (manager) => {
        ids = (await main.mail.queue(manager, [mail])).map((queued) => queued.id);
        throw new Error('la réunion n’a pas pu être enregistrée');
      }),
    ).rejects.toThrow('la réunion');
    await main.mail.dispatch(ids);

    await sleep(1500);
    expect(ids).toHaveLength(1);
    expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(0);
    expect(await main.mail.forReference(mail.referenceId as string)).toEqual([]);
  });

  it('delivers a committed, dispatched invitation once, with its calendar part, and records it', async () => {
    const mail = newMail('convoquee');
    const [queued] = await queueCommitted(main, [mail]);
    expect(queued.status).toBe(MailStatus.PENDING);
    await main.mail.dispatch([queued.id]);

    const received = await catcher.waitFor(to(mail.toAddress), 5000);
    expect(received.subject).toBe('Convocation : cellule de veille du 15 janvier');
    expect(received.from).toBe('ne-pas-repondre@continuum.test');
    expect(received.text).toContain('Vous êtes convoquée');
    expect(received.html).toContain('<strong>cellule de veille</strong>');
    expect(received.calendar?.method).toBe('REQUEST');
    expect(received.calendar?.content).toContain('METHOD:REQUEST');
    expect(received.calendar?.content).toContain(`UID:meeting-${mail.referenceId}@continuum.test`);
    expect(received.messageId).toBe(`<${queued.id}@continuum.test>`);
    expect(received.headers.get('auto-submitted')).toBe('auto-generated');

    const sent = await rowWhere(queued.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
    expect(sent).toMatchObject({
      attempts: 1,
      lastError: null,
      nextAttemptAt: null,
      messageId: received.messageId,
    });
    expect(sent.sentAt).toBeInstanceOf(Date);
    expect(await main.mail.forReference(mail.referenceId as string)).toEqual([
      expect.objectContaining({ id: queued.id, status: MailStatus.SENT, toAddress: mail.toAddress }),
    ]);

    await sleep(500);
    expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(1);
  });

  it('writes set-based rows from a query, leaves out malformed addresses and headers, and delivers them', async () => {
    const referenceId = randomUUID();
    const tag = randomBytes(3).toString('hex');
    const good = [`groupe-a-${tag}@bailleur.test`, ` groupe-b-${tag}@bailleur.test `];
    const bad = [`deux-${tag}@a.test, trois@b.test`, `sans-arobase-${tag}`];
    const written = await main.dataSource.transaction((manager) =>
      main.mail.queueSelected(
        manager,
        `select 'alert' as topic, $1::uuid as reference_id, null::uuid as recipient_user_id,
                a.address as to_address, a.name as to_name, $2::text as subject, 'Même texte pour tous.' as text
           from unnest($3::text[], $4::text[]) as a(address, name)`,
        [
          referenceId,
          'Alerte : rodéos',
          [...good, ...bad, `nom-${tag}@ok.test`],
          ['A', 'B', 'C', 'D', 'Nom\r\nBcc: x@y.test'],
        ],
      ),
    );
    expect(written).toHaveLength(2);
    const rows = await main.mail.forReference(referenceId);
    expect(rows.map((r) => r.toAddress).sort()).toEqual(good.map((a) => a.trim()).sort());
    expect(
      rows.every((r) => r.status === MailStatus.PENDING && r.attempts === 0 && r.topic === 'alert'),
    ).toBe(true);

    await main.mail.dispatch(written.map((w) => w.id));
    for (const address of good) await catcher.waitFor(to(address.trim()), 5000);
    expect(
      catcher.messages.filter((m) =>
        m.envelopeTo.some((a) => a.includes(tag) && !good.some((g) => g.trim() === a)),
      ),
    ).toHaveLength(0);
  });

  it('delivers once when the same mail is dispatched twice, and a replayed job sends nothing', async () => {
    const mail = newMail('doublon');
    const [queued] = await queueCommitted(main, [mail]);
    await Promise.all([main.mail.dispatch([queued.id]), main.mail.dispatch([queued.id])]);
    await main.mail.dispatch([queued.id]);

    await catcher.waitFor(to(mail.toAddress), 5000);
    await rowWhere(queued.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
    // One job, named after the row.
    const job = await suite.probe.getJob(queued.id);
    expect(job?.data).toEqual({ mailId: queued.id });

    // BullMQ may run a job again (a worker lost its lock): the worker sees SENT and stops.
    const replay = { name: 'send', data: { mailId: queued.id }, attemptsMade: 0, opts: { attempts: 8 } };
    await main.module.get(MailWorker).process(replay as unknown as Job<SendMailJob>);
    await main.mail.dispatch([queued.id]);

    await sleep(800);
    expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(1);
    expect((await row(queued.id)).attempts).toBe(1);
  });

  it('keeps a mail PENDING with its error while the SMTP server is down, and sends it when it is back', async () => {
    const mail = newMail('panne');
    await catcher.down();
    try {
      const [queued] = await queueCommitted(main, [mail]);
      await main.mail.dispatch([queued.id]);

      const failing = await rowWhere(queued.id, (m) => m.attempts >= 2, 5000, 'deux tentatives');
      expect(failing.status).toBe(MailStatus.PENDING);
      expect(failing.lastError).toMatch(/ECONNREFUSED/);
      expect(failing.nextAttemptAt).toBeInstanceOf(Date);
      expect(
        suite.logs.has('warn', new RegExp(`Courriel ${queued.id} .*tentative 1 en échec : .*ECONNREFUSED`)),
      ).toBe(true);
    } finally {
      await catcher.up();
    }

    await catcher.waitFor(to(mail.toAddress), 10_000);
    const [sent] = await main.mail.forReference(mail.referenceId as string);
    const done = await rowWhere(sent.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
    expect(done.attempts).toBeGreaterThanOrEqual(3);
    expect(done).toMatchObject({ lastError: null, nextAttemptAt: null });
  });

  it('marks a mail FAILED once its attempts are spent, and retry() sends it', async () => {
    // An API process without a worker: it queues with its own retry policy, `main`'s worker sends.
    const producer = await boot({ sweepMs: 0, attempts: 2, backoffMs: 100 }, { role: 'api' });
    try {
      const mail = newMail('epuise');
      catcher.failNext(2);
      const [queued] = await queueCommitted(producer, [mail]);
      await producer.mail.dispatch([queued.id]);

      const failed = await rowWhere(queued.id, (m) => m.status === MailStatus.FAILED, 5000, 'ligne FAILED');
      expect(failed.attempts).toBe(2);
      expect(failed.lastError).toMatch(/451/);
      expect(failed.nextAttemptAt).toBeNull();
      expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(0);
      expect(
        suite.logs.has('error', new RegExp(`Courriel ${queued.id} .*échec définitif après 2 tentative`)),
      ).toBe(true);
      // The sweeper leaves a FAILED mail alone.
      await sleep(1200);
      expect((await row(queued.id)).status).toBe(MailStatus.FAILED);

      const retried = await producer.mail.retry(queued.id);
      expect(retried.status).toBe(MailStatus.PENDING);
      await catcher.waitFor(to(mail.toAddress), 5000);
      const sent = await rowWhere(queued.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
      expect(sent.attempts).toBe(3);
      await expect(producer.mail.retry(queued.id)).rejects.toMatchObject({
        message: 'Ce courriel a déjà été envoyé.',
        extensions: { code: 'CONFLICT' },
      });
      await expect(producer.mail.retry(randomUUID())).rejects.toMatchObject({
        extensions: { code: 'NOT_FOUND' },
      });
    } finally {
      await producer.module.close();
    }
  });

  it('fails at once on a permanent refusal (5xx) instead of retrying for an hour', async () => {
    const mail = newMail('inconnue');
    catcher.failNext(1, 550, 'Boîte aux lettres inconnue');
    const [queued] = await queueCommitted(main, [mail]);
    await main.mail.dispatch([queued.id]);

    const failed = await rowWhere(queued.id, (m) => m.status === MailStatus.FAILED, 5000, 'ligne FAILED');
    expect(failed.attempts).toBe(1);
    expect(failed.lastError).toMatch(/550/);
    await sleep(600);
    expect((await row(queued.id)).attempts).toBe(1);
    expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(0);
  });
});

describe('MailService — nothing is lost', () => {
  it('delivers a mail left PENDING by a crash before dispatch (the sweeper)', async () => {
    const mail = newMail('orpheline');
    const [queued] = await queueCommitted(main, [mail]);
    // No dispatch: the process "died" right after the commit.

    await catcher.waitFor(to(mail.toAddress), 8000);
    await rowWhere(queued.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
    expect(suite.logs.has('log', /courriel\(s\) en attente remis à la file/)).toBe(true);
    await sleep(500);
    expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(1);
  });

  it('delivers a mail dispatched too early, before its transaction committed', async () => {
    const mail = newMail('pressee');
    const [queued] = await main.dataSource.transaction(async (manager) => {
      const rows = await main.mail.queue(manager, [mail]);
      await main.mail.dispatch(rows.map((r) => r.id));
      await sleep(600); // the worker looks for the row and does not find it yet
      return rows;
    });

    await catcher.waitFor(to(mail.toAddress), 8000);
    await rowWhere(queued.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
    await sleep(500);
    expect(catcher.messages.filter(to(mail.toAddress))).toHaveLength(1);
  });

  it('does not fail the request when Redis is unreachable; the sweeper sends the mail later', async () => {
    const cut = await boot({ sweepMs: 0 }, { redisUrl: 'redis://127.0.0.1:1', role: 'api' });
    try {
      const mail = newMail('sansredis');
      const [queued] = await queueCommitted(cut, [mail]);
      const started = Date.now();
      await expect(cut.mail.dispatch([queued.id])).resolves.toBeUndefined();
      expect(Date.now() - started).toBeLessThan(5000);
      expect(suite.logs.has('warn', /1 courriel\(s\) non remis à la file .*le balayage les reprendra/)).toBe(
        true,
      );

      // `main`, which reaches Redis, finds the row and sends it.
      await catcher.waitFor(to(mail.toAddress), 8000);
      await rowWhere(queued.id, (m) => m.status === MailStatus.SENT, 2000, 'ligne SENT');
    } finally {
      await cut.module.close();
    }
  });
});
