import { EVENT_TOPICS } from '@continuum/server/alerts';
import { createClient } from 'graphql-ws';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import WebSocket from 'ws';
import { DEMO_PASSWORD } from './api-harness';
import { ApiProcess, type ProcessRole, RedisServer, sleep, until, within } from './fault-rig';
import { gql, login, sendLandlordAlert } from './process-client';
import { SmtpSink } from './smtp-sink';

/*
 * Issue #18 — one département served by two API processes and a worker process, from one build
 * (dist/server, `CONTINUUM_PROCESS`), on one database (the run's) and one Redis (this suite's own
 * server). What one API process does, the other sees: sessions, live notifications fanned out by
 * the worker, the failed-login limit; the API processes run no job; a worker killed mid-job
 * (SIGKILL) and replaced loses nothing. The figures are printed.
 */

const PEOPLE = 300;
const CLAIRE = 'claire.martin@prefecture.demo';
const NADIA = 'nadia.fournier@bailleur.demo';
const suffix = randomBytes(3).toString('hex');
const DOMAIN = `scale-${suffix}.test`;
const prefix = `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}scale-${suffix}:`;
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test';

let redis: RedisServer;
let sink: SmtpSink;
let pg: Client;
const processes: ApiProcess[] = [];
let apiA: ApiProcess;
let apiB: ApiProcess;
let worker: ApiProcess;

async function start(name: string, role: ProcessRole): Promise<ApiProcess> {
  const options = { databaseUrl, redisUrl: redis.url, redisPrefix: prefix, role, smtpUrl: sink.url };
  // Once more on failure: on a loaded machine the 3 s Redis check at start can time out.
  const api = await ApiProcess.start(name, options).catch(() => ApiProcess.start(name, options));
  processes.push(api);
  return api;
}

beforeAll(async () => {
  [redis, sink] = await Promise.all([RedisServer.start(), SmtpSink.start()]);
  pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  worker = await start('worker-1', 'worker');
  // Two at a time: starting is CPU-bound.
  [apiA, apiB] = await Promise.all([start('api-a', 'api'), start('api-b', 'api')]);
}, 180_000);

afterAll(async () => {
  sink?.release();
  await Promise.allSettled(processes.map((api) => api.stop()));
  await pg?.end();
  await Promise.allSettled([redis?.dispose(), sink?.stop()]);
}, 30_000);

describe('Two API processes and a worker process on one database and one Redis', () => {
  it('each does its role: the APIs serve GraphQL, the worker only its health', async () => {
    for (const api of [apiA, apiB]) expect((await fetch(`${api.url}/health`)).status).toBe(200);
    const health = await fetch(`${worker.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok', role: 'worker', postgres: 'up', redis: 'up' });
    const graphql = await fetch(`${worker.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ me { email } }' }),
    });
    expect(graphql.status).toBe(404);
  });

  it('a session opened on API A is valid on API B, and ended on B it is ended on A', async () => {
    const cookie = await login(apiA, NADIA);
    expect(await gql(apiB, cookie, '{ me { email } }')).toEqual({ data: { me: { email: NADIA } } });
    expect((await gql(apiB, cookie, 'mutation { logout }')).data).toEqual({ logout: true });
    const after = await gql(apiA, cookie, '{ me { email } }');
    expect(after.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('a live subscription on API B receives the notification of an alert sent through API A', async () => {
    const [nadia, claire] = await Promise.all([login(apiB, NADIA), login(apiA, CLAIRE)]);
    const client = createClient({
      url: `ws://127.0.0.1:${apiB.port}/graphql`,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie: nadia } });
        }
      },
      retryAttempts: 0,
    });
    try {
      const title = `Dépôt sauvage rue des Carmes ${suffix}`;
      const received = new Promise<string>((resolve, reject) => {
        client.subscribe<{ notificationReceived: { alert: { title: string } } }>(
          { query: 'subscription { notificationReceived { id alert { title } } }' },
          {
            next: (message) => {
              const got = message.data?.notificationReceived.alert.title;
              if (got === title) resolve(got);
              else if (!message.data) reject(message.errors);
            },
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await sleep(500); // the subscription is registered on B
      const sent = Date.now();
      await sendLandlordAlert(apiA, claire, title);
      expect(await within(received, 30_000, 'l’alerte en direct sur B')).toBe(title);
      process.stdout.write(`Mutation sur A → notification en direct sur B : ${Date.now() - sent} ms.\n`);
    } finally {
      await client.dispose();
    }
  }, 60_000);

  it('the failed-login limit holds across the two APIs', async () => {
    const email = 'thomas.girard@transport.demo';
    // 5 failures per account (the default limit), spread over both processes.
    for (const api of [apiA, apiB, apiA, apiB, apiA])
      expect(await attempt(api, email, 'mauvais-mot-de-passe')).toBe('UNAUTHENTICATED');
    // The right password is refused on both now: the count is in the shared Redis.
    expect(await attempt(apiB, email, DEMO_PASSWORD)).toBe('TOO_MANY_REQUESTS');
    expect(await attempt(apiA, email, DEMO_PASSWORD)).toBe('TOO_MANY_REQUESTS');
    // Another account is not affected.
    expect(await attempt(apiB, NADIA, DEMO_PASSWORD)).toBe('OK');
  });

  it('a worker killed (SIGKILL) mid-job loses nothing once another is up; the APIs run no job meanwhile', async () => {
    const organizationId = await addSubscribedPeople(PEOPLE);
    const claire = await login(apiA, CLAIRE);
    // The mail server holds every message from now on: the mail jobs run and do not end.
    sink.holding = true;
    const first = await sendLandlordAlert(apiA, claire, `Fuite de gaz avenue Dauphine ${suffix}`);
    await until(
      () => sink.held.some((held) => isOurs(held.mail.envelopeTo)),
      'courriels en cours',
      30_000,
      20,
    );
    expect(await counts(first, organizationId)).toMatchObject({
      notifications: PEOPLE,
      mails: PEOPLE,
      sent: 0,
    });

    await worker.kill('SIGKILL');
    await sleep(200); // its connections died with it: nothing held was received
    sink.release();
    // No worker: an alert sent through API B is written and waits; no API process relays it.
    const second = await sendLandlordAlert(apiB, claire, `Incendie de poubelles quai du Châtelet ${suffix}`);
    await sleep(3000);
    expect(await dispatched(second)).toBe(false);
    expect(await counts(second, organizationId)).toMatchObject({ notifications: 0, mails: 0 });

    const restarted = Date.now();
    const worker2 = await start('worker-2', 'worker');
    const up = Date.now() - restarted;
    const at = { notified: 0, mailed: 0 };
    try {
      await until(
        async () => {
          const [one, two] = await Promise.all([
            counts(first, organizationId),
            counts(second, organizationId),
          ]);
          if (!at.notified && two.notifications === PEOPLE) at.notified = Date.now() - restarted;
          if (!at.mailed && one.sent === PEOPLE && two.sent === PEOPLE) at.mailed = Date.now() - restarted;
          return at.notified && at.mailed;
        },
        'tout livré',
        90_000,
        100,
      );
    } catch (error) {
      throw new Error(`${(error as Error).message} ${JSON.stringify(at)}\n${worker2.output()}`);
    }
    for (const alert of [first, second])
      expect(await counts(alert, organizationId)).toEqual({
        notifications: PEOPLE,
        mails: PEOPLE,
        sent: PEOPLE,
      });
    // Every person received each alert, each from one message (a message sent again after the
    // kill carries the same Message-ID: counted once).
    const byAddress = new Map<string, Set<string>>();
    for (const mail of sink.messages)
      for (const to of mail.envelopeTo.filter((address) => address.endsWith(`@${DOMAIN}`)))
        byAddress.set(to, (byAddress.get(to) ?? new Set()).add(mail.messageId ?? ''));
    expect(byAddress.size).toBe(PEOPLE);
    expect([...byAddress.values()].every((ids) => ids.size === 2)).toBe(true);
    const ours = sink.messages.filter((mail) => isOurs(mail.envelopeTo));
    const resent = ours.length - new Set(ours.map((mail) => mail.messageId)).size;
    process.stdout.write(
      `Travailleur tué (SIGKILL) pendant l’envoi, remplacé : nouveau processus prêt en ${up} ms ; après cela, ` +
        `l’alerte écrite sans travailleur notifiée à ${PEOPLE} personnes en ${at.notified - up} ms, ` +
        `les ${2 * PEOPLE} courriels des deux alertes envoyés en ${at.mailed - up} ms ` +
        `(${ours.length} messages groupés, dont ${resent} renvoyé(s) avec le même Message-ID).\n`,
    );
  }, 180_000);
});

// ---------------------------------------------------------------------------------------------

/** A login's outcome: OK, or the error's code. */
async function attempt(api: ApiProcess, email: string, password: string): Promise<string> {
  const result = await gql(
    api,
    null,
    'mutation($e: String!, $p: String!) { login(email: $e, password: $p) { id } }',
    {
      e: email,
      p: password,
    },
  );
  return result.errors?.[0]?.extensions?.code ?? 'OK';
}

const isOurs = (to: string[]) => to.some((address) => address.endsWith(`@${DOMAIN}`));

/** A landlord competent over Orléans, `count` people subscribed in-app and by immediate mail. */
async function addSubscribedPeople(count: number): Promise<string> {
  const {
    rows: [{ id }],
  } = await pg.query<{ id: string }>(
    `insert into organizations (name, type, whole_departement) values ($1, 'BAILLEUR', false) returning id`,
    [`Bailleur de l’essai à plusieurs processus ${suffix}`],
  );
  await pg.query(
    `insert into organization_competence_communes (organization_id, commune_code) values ($1, '45234')`,
    [id],
  );
  await pg.query(
    `insert into users (email, full_name, organization_id, roles, password_hash)
     select 'gardien-' || g || '@' || $2, 'Gardien ' || g, $1, '{agent}', null from generate_series(1, $3::int) g`,
    [id, DOMAIN, count],
  );
  await pg.query(
    `insert into alert_subscriptions (organization_id, user_id, in_app, email_mode)
     select organization_id, id, true, 'IMMEDIATE' from users where organization_id = $1`,
    [id],
  );
  return id;
}

/** What an alert left for the generated people. */
async function counts(alertId: string, organizationId: string) {
  const { rows } = await pg.query<{ notifications: number; mails: number; sent: number }>(
    `with people as (select id from users where organization_id = $2)
     select (select count(*) from notifications where alert_id = $1 and user_id in (select id from people))::int as notifications,
            (select count(*) from mail_messages where reference_id = $1 and recipient_user_id in (select id from people))::int as mails,
            (select count(*) from mail_messages where reference_id = $1 and status = 'SENT' and recipient_user_id in (select id from people))::int as sent`,
    [alertId, organizationId],
  );
  return rows[0];
}

/** Whether the outbox event of a manual alert was handed to the queue. */
async function dispatched(alertId: string): Promise<boolean> {
  const { rows } = await pg.query<{ dispatched: boolean }>(
    `select dispatched_at is not null as dispatched from outbox_events where topic = $1 and payload->>'alertId' = $2`,
    [EVENT_TOPICS.ALERT_WRITTEN, alertId],
  );
  if (rows.length !== 1) throw new Error(`Événement de l’alerte ${alertId} : ${rows.length} ligne(s).`);
  return rows[0].dispatched;
}
