import { EVENT_TOPICS, FAN_OUT_JOB } from '@continuum/server/alerts';
import { bullPrefix } from '@continuum/server/platform';
import { Queue } from 'bullmq';
import { createClient } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import WebSocket from 'ws';
import { ApiProcess, type ProcessRole, RedisServer, SuiteDatabase, sleep, until, within } from './fault-rig';
import { gql, login, sendLandlordAlert } from './process-client';
import { SmtpSink } from './smtp-sink';

/*
 * Issue #5 — an alert reaches each recipient once, whatever breaks meanwhile. 5,000 people of a
 * bailleur competent over Orléans subscribe in-app and by immediate e-mail; the cabinet sends them a
 * manual alert, and the test breaks the pipeline in the middle of the fan-out:
 *
 *  - a worker is killed with SIGKILL, another one is started;
 *  - Redis (no persistence, as in production) is stopped, then started again, empty.
 *
 * Each of these two runs on a rig of its own (database, Redis server, SMTP server, processes), so
 * they run side by side; the live test then uses the first rig's two API processes.
 */

const PEOPLE = 5000;
const CLAIRE = 'claire.martin@prefecture.demo';
const NADIA = 'nadia.fournier@bailleur.demo';
const DELIVERED_WITHIN_MS = 240_000; // generous: a loaded machine is slow, not wrong

interface Rig {
  database: SuiteDatabase;
  redis: RedisServer;
  sink: SmtpSink;
  pg: Client;
  prefix: string;
}

const suffix = randomBytes(3).toString('hex');
const prefix = `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}reliability-${suffix}:`;
let crash: Rig; // SIGKILL of a worker, then the live test
let outage: Rig; // Redis restarted
let organizationId: string;
const processes: ApiProcess[] = [];
let apiA: ApiProcess;
let apiB: ApiProcess;
/** The crash rig's running worker, if any. */
let crashWorker: ApiProcess | null = null;
let outageApi: ApiProcess;
let outageWorker: ApiProcess;

async function start(name: string, rig: Rig, role: ProcessRole): Promise<ApiProcess> {
  const options = {
    databaseUrl: rig.database.url,
    redisUrl: rig.redis.url,
    redisPrefix: rig.prefix,
    role,
    smtpUrl: rig.sink.url,
  };
  // Once more on failure: on a loaded machine the API's 3 s Redis check at start can time out.
  const api = await ApiProcess.start(name, options).catch(() => ApiProcess.start(name, options));
  processes.push(api);
  return api;
}

/** Both, or the first error once neither is still starting (afterAll must know every process). */
async function both(...starting: [Promise<ApiProcess>, Promise<ApiProcess>]): Promise<ApiProcess[]> {
  const settled = await Promise.allSettled(starting);
  const failed = settled.find((result) => result.status === 'rejected');
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<ApiProcess>).value);
}

beforeAll(async () => {
  const [database, crashRedis, outageRedis, crashSink, outageSink] = await Promise.all([
    SuiteDatabase.create(`rel_${suffix}`),
    RedisServer.start(),
    RedisServer.start(),
    SmtpSink.start(),
    SmtpSink.start(),
  ]);
  const pg = await database.connect();
  organizationId = await addSubscribedPeople(pg, PEOPLE);
  await pg.end();
  const outageDatabase = await database.clone('r');
  crash = { database, redis: crashRedis, sink: crashSink, pg: await database.connect(), prefix };
  outage = {
    database: outageDatabase,
    redis: outageRedis,
    sink: outageSink,
    pg: await outageDatabase.connect(),
    prefix,
  };
  // Two at a time (starting is CPU-bound).
  [crashWorker, outageWorker] = await both(
    start('worker-1', crash, 'worker'),
    start('worker-r', outage, 'worker'),
  );
  [apiA, apiB] = await both(start('api-a', crash, 'api'), start('api-b', crash, 'api'));
  outageApi = await start('api-r', outage, 'api');
}, 180_000);

afterAll(async () => {
  await Promise.allSettled(processes.map((api) => api.stop()));
  await Promise.allSettled([crash?.pg.end(), outage?.pg.end()]);
  await Promise.allSettled([
    crash?.database.drop(),
    outage?.database.drop(),
    crash?.redis.dispose(),
    outage?.redis.dispose(),
    crash?.sink.stop(),
    outage?.sink.stop(),
  ]);
}, 60_000);

describe('Alerts under faults: exactly once per recipient, live across processes', () => {
  it.concurrent(
    'a worker killed (SIGKILL) mid fan-out: once another runs, every recipient has one notification, one e-mail delivery and one mail',
    async () => {
      const claire = await login(apiB, CLAIRE);
      const alertId = await sendLandlordAlert(
        apiB,
        claire,
        `Coupure d’eau, résidence des Blossières ${suffix}`,
      );
      await until(() => reached(crash.sink) >= 100, 'premiers courriels', 60_000, 20);
      await crashWorker!.kill('SIGKILL');
      crashWorker = null;
      const atKill = await deliveries(crash.pg, alertId);
      expect(atKill.sent).toBeLessThan(PEOPLE); // it died mid fan-out

      crashWorker = await start('worker-2', crash, 'worker');
      await untilDelivered(crash, alertId, crashWorker);
      // The queue delivers at least once: the fan-out job handled again delivers nothing more.
      const again = await handleFanOutAgain(crash, alertId);
      expect(again).toMatchObject({ alertId, notified: 0, mailed: 0 });

      expect(await deliveries(crash.pg, alertId)).toEqual(everyoneOnce());
      const smtp = received(crash.sink, await mailRows(crash.pg, alertId));
      expect(smtp).toMatchObject({
        addresses: PEOPLE,
        addressesWithSeveral: 0,
        misaddressed: 0,
      });
      process.stdout.write(
        `SIGKILL : ${atKill.sent} courriels envoyés avant l’arrêt ; ${smtp.duplicates} doublon(s) SMTP ` +
          '(même Message-ID, renvoyés après la reprise).\n',
      );
    },
    DELIVERED_WITHIN_MS + 60_000,
  );

  it.concurrent(
    'Redis restarted mid fan-out: the API keeps serving signed-in people, and delivery resumes, once per recipient',
    async () => {
      const [claire, nadia] = await Promise.all([login(outageApi, CLAIRE), login(outageApi, NADIA)]);
      const alertId = await sendLandlordAlert(outageApi, claire, `Rixe place du Martroi ${suffix}`);
      await until(() => reached(outage.sink) >= 100, 'premiers courriels', 60_000, 20);

      await outage.redis.stop();
      const [health, me, cases] = await Promise.all([
        fetch(`${outageApi.url}/health`),
        gql<{ me: { email: string } }>(outageApi, nadia, '{ me { email } }'),
        gql(outageApi, nadia, '{ cases(first: 5) { edges { node { id } } } }'),
      ]);
      expect(health.status).toBe(503);
      expect(await health.json()).toMatchObject({ postgres: 'up', redis: 'down' });
      expect(me).toEqual({ data: { me: { email: NADIA } } });
      expect(cases.errors).toBeUndefined();
      const duringOutage = await deliveries(outage.pg, alertId);
      expect(duringOutage.sent).toBeLessThan(PEOPLE);

      await outage.redis.start(); // same port, empty: every job and session is gone
      await untilDelivered(outage, alertId, outageWorker);
      expect(await deliveries(outage.pg, alertId)).toEqual(everyoneOnce());
      const smtp = received(outage.sink, await mailRows(outage.pg, alertId));
      expect(smtp).toMatchObject({
        addresses: PEOPLE,
        addressesWithSeveral: 0,
        misaddressed: 0,
      });
      process.stdout.write(
        `Redis : ${duringOutage.sent} courriels envoyés à l’arrêt ; ${smtp.duplicates} doublon(s) SMTP (même Message-ID).\n`,
      );
    },
    DELIVERED_WITHIN_MS + 60_000,
  );

  it('reaches Nadia live on API process A when the alert is sent through API process B', async () => {
    crashWorker ??= await start('worker-3', crash, 'worker'); // should the crash test have failed early
    const [nadia, claire] = await Promise.all([login(apiA, NADIA), login(apiB, CLAIRE)]);
    const client = createClient({
      url: `ws://127.0.0.1:${apiA.port}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: nadia } });
        }
      },
      retryAttempts: 0,
    });
    try {
      const received = new Promise<string>((resolve, reject) => {
        client.subscribe<{ notificationReceived: { alert: { title: string } } }>(
          { query: 'subscription { notificationReceived { id alert { title } } }' },
          {
            next: (message) =>
              message.data ? resolve(message.data.notificationReceived.alert.title) : reject(message.errors),
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await sleep(500);
      const title = `Squat signalé, rue de Bourgogne ${suffix}`;
      await sendLandlordAlert(apiB, claire, title);
      expect(await within(received, 30_000, 'l’alerte en direct')).toBe(title);
    } finally {
      await client.dispose();
    }
  }, 60_000);
});

// ---------------------------------------------------------------------------------------------

/** An organisation of type BAILLEUR competent over Orléans, `count` people subscribed in-app and by immediate mail. */
async function addSubscribedPeople(pg: Client, count: number): Promise<string> {
  const {
    rows: [{ id }],
  } = await pg.query<{ id: string }>(
    `insert into organizations (name, type, whole_departement) values ($1, 'BAILLEUR', false) returning id`,
    [`Bailleur de l’essai de fiabilité ${suffix}`],
  );
  await pg.query(
    `insert into organization_competence_communes (organization_id, commune_code) values ($1, '45234')`,
    [id],
  );
  // No password (password_hash null, as for accounts that sign in through OpenID Connect).
  await pg.query(
    `insert into users (email, full_name, organization_id, roles, password_hash)
     select 'gardien-' || g || '@fiabilite-' || $2 || '.test', 'Gardien ' || g, $1, '{agent}', null
       from generate_series(1, $3::int) g`,
    [id, suffix, count],
  );
  await pg.query(
    `insert into alert_subscriptions (organization_id, user_id, in_app, email_mode)
     select organization_id, id, true, 'IMMEDIATE' from users where organization_id = $1`,
    [id],
  );
  await pg.query('analyze');
  return id;
}

interface Deliveries {
  people: number;
  notifications: number;
  notifiedPeople: number;
  emailDeliveries: number;
  mails: number;
  mailedPeople: number;
  sent: number;
}

const everyoneOnce = (): Deliveries => ({
  people: PEOPLE,
  notifications: PEOPLE,
  notifiedPeople: PEOPLE,
  emailDeliveries: PEOPLE,
  mails: PEOPLE,
  mailedPeople: PEOPLE,
  sent: PEOPLE,
});

/** What the alert left for the generated people, in rows. */
async function deliveries(pg: Client, alertId: string): Promise<Deliveries> {
  const { rows } = await pg.query<Deliveries>(
    `with people as (select id from users where organization_id = $2)
     select (select count(*) from people)::int as people,
            (select count(*) from notifications where alert_id = $1 and user_id in (select id from people))::int as notifications,
            (select count(distinct user_id) from notifications where alert_id = $1 and user_id in (select id from people))::int as "notifiedPeople",
            (select count(*) from alert_deliveries where alert_id = $1 and channel = 'EMAIL' and user_id in (select id from people))::int as "emailDeliveries",
            (select count(*) from mail_messages where reference_id = $1 and recipient_user_id in (select id from people))::int as mails,
            (select count(distinct recipient_user_id) from mail_messages where reference_id = $1 and recipient_user_id in (select id from people))::int as "mailedPeople",
            (select count(*) from mail_messages where reference_id = $1 and status = 'SENT' and recipient_user_id in (select id from people))::int as sent`,
    [alertId, organizationId],
  );
  return rows[0];
}

/** Every generated person's mail row says SENT, and the SMTP server has a message for each row. */
async function untilDelivered(rig: Rig, alertId: string, worker: ApiProcess): Promise<void> {
  try {
    await until(
      async () => {
        const counts = await deliveries(rig.pg, alertId);
        if (counts.sent < PEOPLE) return false;
        return received(rig.sink, await mailRows(rig.pg, alertId)).addresses >= PEOPLE;
      },
      `${PEOPLE} courriels envoyés et reçus`,
      DELIVERED_WITHIN_MS,
      500,
    );
  } catch (error) {
    const counts = JSON.stringify(await deliveries(rig.pg, alertId));
    throw new Error(`${(error as Error).message} — ${counts}\n${worker.name} :\n${worker.output()}`);
  }
}

/** Recipients reached so far (a message to a batch reaches many). */
function reached(sink: SmtpSink): number {
  return sink.messages.reduce((sum, mail) => sum + mail.envelopeTo.length, 0);
}

/**
 * The alert's mail rows, by the id their Message-ID is made from: a row sent on its own by its own
 * id, the rows of a batch (one message to many) by the batch's.
 */
async function mailRows(pg: Client, alertId: string): Promise<Map<string, Set<string>>> {
  const { rows } = await pg.query<{ message: string; to_address: string }>(
    `select coalesce(m.batch_id, m.id) as message, m.to_address from mail_messages m
       join users u on u.id = m.recipient_user_id
      where m.reference_id = $1 and u.organization_id = $2`,
    [alertId, organizationId],
  );
  const byMessage = new Map<string, Set<string>>();
  for (const row of rows)
    byMessage.set(row.message, (byMessage.get(row.message) ?? new Set()).add(row.to_address.toLowerCase()));
  return byMessage;
}

/**
 * The SMTP side: the addresses reached through these rows' messages, those reached by more than one
 * message (distinct Message-IDs), messages carrying an address that is not theirs, and messages
 * received again (same Message-ID: sent again after a crash).
 */
function received(sink: SmtpSink, rows: Map<string, Set<string>>) {
  const ours = sink.messages.filter((mail) => mail.messageId && rows.has(mail.messageId.split('@')[0]));
  const perAddress = new Map<string, Set<string>>();
  let misaddressed = 0;
  for (const mail of ours) {
    const expected = rows.get(mail.messageId!.split('@')[0])!;
    if (mail.envelopeTo.length === 0 || mail.envelopeTo.some((to) => !expected.has(to))) misaddressed += 1;
    for (const to of mail.envelopeTo)
      perAddress.set(to, (perAddress.get(to) ?? new Set()).add(mail.messageId!));
  }
  return {
    messages: new Set(ours.map((mail) => mail.messageId)).size,
    addresses: perAddress.size,
    addressesWithSeveral: [...perAddress.values()].filter((ids) => ids.size > 1).length,
    misaddressed,
    duplicates: ours.length - new Set(ours.map((mail) => mail.messageId)).size,
  };
}

/** Runs the alert's fan-out job a second time, as a queue redelivering it would, and returns its result. */
async function handleFanOutAgain(rig: Rig, alertId: string): Promise<unknown> {
  const {
    rows: [event],
  } = await rig.pg.query<{ id: string }>(
    `select id from outbox_events where topic = $1 and payload->>'alertId' = $2`,
    [EVENT_TOPICS.ALERT_WRITTEN, alertId],
  );
  const queue = new Queue('alerts', {
    prefix: bullPrefix(rig.prefix),
    connection: { url: rig.redis.url },
  });
  try {
    // A new job id, since the first one is kept a day.
    const job = await queue.add(FAN_OUT_JOB, { eventId: event.id }, { jobId: `${event.id}-again` });
    const state = await until(
      async () => {
        const now = await job.getState();
        return now === 'completed' || now === 'failed' ? now : null;
      },
      'seconde diffusion',
      30_000,
    );
    const done = await queue.getJob(job.id!);
    if (state !== 'completed') throw new Error(`Seconde diffusion en échec : ${done?.failedReason}`);
    return done?.returnvalue;
  } finally {
    await queue.close();
  }
}
