import {
  RELAY_LISTENER_NAME,
  WEBHOOK_OPTIONS,
  WebhookDispatcher,
  type WebhookOptions,
} from '@continuum/server/alerts';
import { OUTBOX_CHANNEL } from '@continuum/server/platform';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Api, codeOf, unique } from './api-harness';
import { RedisServer, sleep, until } from './fault-rig';
import { SmtpSink } from './smtp-sink';

/*
 * Issue #11 — webhook deliveries survive a Redis restart, and the relay hears Postgres again after
 * it dropped the LISTEN connection. The API runs in-process with its workers, on the run's database
 * and on a Redis server of this suite's own (fault-rig), which the tests stop and start again,
 * empty, as a Redis without persistence comes back in production. The partner's systems are one
 * HTTP server here, which records each POST with its `X-Continuum-Delivery` header.
 */

const ORGANIZATIONS = 20;
const RECOVERED_WITHIN_MS = 10_000;
const STUCK = `query($first: Int, $minutes: Int) { stuckDeliveries(first: $first, olderThanMinutes: $minutes) { kind id status attempts lastError organizationName alertId nextAttemptAt createdAt } }`;

interface Call {
  deliveryId: string;
  alertId: string;
  status: number;
  at: number;
}

/** The partners' systems: answers `status` after `delayMs`, and keeps every call. */
class Receiver {
  readonly calls: Call[] = [];
  status = 200;
  delayMs = 0;
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const status = this.status;
        setTimeout(() => {
          this.calls.push({
            deliveryId: String(req.headers['x-continuum-delivery']),
            alertId: (JSON.parse(body) as { id: string }).id,
            status,
            at: Date.now(),
          });
          res.statusCode = status;
          res.end();
        }, this.delayMs);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  about(alertId: string): Call[] {
    return this.calls.filter((call) => call.alertId === alertId);
  }

  stop(): Promise<void> {
    this.server.closeAllConnections();
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

let api: Api;
let redis: RedisServer;
let sink: SmtpSink;
const receiver = new Receiver();
let options: WebhookOptions;
/** Organisations with a webhook to the receiver, and the one member each an alert reaches. */
const partners: { organizationId: string; userId: string }[] = [];

beforeAll(async () => {
  [redis, sink] = await Promise.all([RedisServer.start(), SmtpSink.start(), receiver.start()]);
  api = await Api.start({
    redisUrl: redis.url,
    redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}webhook-faults-${unique()}:`,
    role: 'all',
    mail: {
      smtpUrl: sink.url,
      from: 'Continuum <ne-pas-repondre@continuum.test>',
      retryBaseMs: 200,
      batchSize: 50,
    },
  });
  options = api.app.get<WebhookOptions>(WEBHOOK_OPTIONS);
  const run = unique();
  for (let i = 0; i < ORGANIZATIONS; i += 1) {
    const [{ id: organizationId }] = await api.dataSource.query(
      `insert into organizations (name, type) values ($1, 'BAILLEUR') returning id`,
      [`Bailleur relié ${run}-${i}`],
    );
    const [{ id: userId }] = await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles) values ($1, 'Gardien', $2, '{agent}') returning id`,
      [`gardien-${run}-${i}@webhook-faults.test`, organizationId],
    );
    await api.dataSource.query(`insert into webhooks (organization_id, url, secret) values ($1, $2, $3)`, [
      organizationId,
      `http://127.0.0.1:${receiver.port}/partenaire-${i}`,
      'f'.repeat(64),
    ]);
    partners.push({ organizationId, userId });
  }
}, 60_000);

afterAll(async () => {
  // Another suite's fan-out would call a receiver that is gone.
  await api?.dataSource.query('delete from webhooks where organization_id = any($1::uuid[])', [
    partners.map((p) => p.organizationId),
  ]);
  await api?.stop();
  await Promise.allSettled([redis?.dispose(), sink?.stop(), receiver.stop()]);
});

/** A manual alert that reached every partner, handed to the webhooks as the fan-out does. */
async function anAlertForEveryPartner(): Promise<string> {
  const [{ id }] = await api.dataSource.query(
    `insert into alerts (topic, severity, title, body) values ('MANUAL', 'INFO', $1, 'Consignes aux gardiens.') returning id`,
    [`Alerte aux partenaires ${unique()}`],
  );
  await api.dataSource.query(
    `insert into notifications (alert_id, user_id, organization_id)
     select $1, u, o from unnest($2::uuid[], $3::uuid[]) as p(u, o)`,
    [id, partners.map((p) => p.userId), partners.map((p) => p.organizationId)],
  );
  expect(await api.app.get(WebhookDispatcher).dispatch(id)).toBe(ORGANIZATIONS);
  return id;
}

interface Row {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
}
const rowsOf = (alertId: string): Promise<Row[]> =>
  api.dataSource.query(
    `select id, status, attempts, next_attempt_at from webhook_deliveries where alert_id = $1 order by id`,
    [alertId],
  );

/** Waits for every delivery of the alert to be SENT; the time it took from `since`. */
async function allSent(alertId: string, since: number): Promise<number> {
  await until(
    async () => (await rowsOf(alertId)).every((row) => row.status === 'SENT'),
    `${ORGANIZATIONS} envois de webhook SENT`,
    30_000,
    100,
  );
  return Date.now() - since;
}

/** Each delivery reached the receiver exactly once with a 200 (and its failed calls before). */
function deliveredOnce(alertId: string, rows: Row[]): void {
  const ok = receiver.about(alertId).filter((call) => call.status === 200);
  expect(ok.map((call) => call.deliveryId).sort()).toEqual(rows.map((row) => row.id).sort());
}

describe('Webhook deliveries when Redis restarts, empty', () => {
  beforeEach(() => {
    receiver.status = 200;
    receiver.delayMs = 0;
  });

  it('killed mid fan-out: every delivery reaches its partner exactly once, within 10 s of Redis coming back', async () => {
    receiver.delayMs = 300; // four at a time: about 1.5 s for twenty
    const alertId = await anAlertForEveryPartner();
    await until(() => receiver.about(alertId).length >= 2, 'premiers envois', 15_000, 20);
    await redis.stop(); // the jobs still waiting are gone
    const atStop = receiver.about(alertId).length;
    await sleep(1000);
    receiver.delayMs = 0;
    const restarted = Date.now();
    await redis.start();
    const took = await allSent(alertId, restarted);

    const rows = await rowsOf(alertId);
    expect(rows).toHaveLength(ORGANIZATIONS);
    expect(rows.every((row) => row.attempts === 1)).toBe(true);
    deliveredOnce(alertId, rows);
    expect(receiver.about(alertId)).toHaveLength(ORGANIZATIONS);
    expect(took).toBeLessThanOrEqual(RECOVERED_WITHIN_MS);
    process.stdout.write(
      `Redis arrêté pendant la diffusion : ${atStop}/${ORGANIZATIONS} reçus avant l’arrêt, tous livrés ${took} ms après son retour.\n`,
    );
  }, 60_000);

  it('while a retry was pending: shown stuck to the administration only, then retried when due (not before), once', async () => {
    const backoffMs = 1500;
    Object.assign(options, { attempts: 4, backoffMs });
    receiver.status = 503;
    const alertId = await anAlertForEveryPartner();
    await until(
      async () => (await rowsOf(alertId)).every((row) => row.attempts === 1 && row.next_attempt_at),
      'un premier échec par envoi',
      15_000,
      50,
    );
    const failedAt = new Map(receiver.about(alertId).map((call) => [call.deliveryId, call.at]));
    receiver.status = 200;
    await redis.stop(); // the delayed retries are gone
    const restarted = Date.now();
    await redis.start();

    // Written long ago as far as the administration can tell: the default threshold (15 min) shows them.
    await api.dataSource.query(
      `update webhook_deliveries set created_at = created_at - interval '20 minutes' where alert_id = $1`,
      [alertId],
    );
    const [admin, manager] = await Promise.all([
      api.as('admin@continuum.demo'),
      api.as('claire.martin@prefecture.demo'),
    ]);
    const stuck = await admin.gql<{ stuckDeliveries: Record<string, unknown>[] }>(STUCK, { first: 100 });
    expect(stuck.errors).toBeUndefined();
    const ours = stuck.data!.stuckDeliveries.filter((item) => item['alertId'] === alertId);
    expect(ours).toHaveLength(ORGANIZATIONS);
    expect(ours[0]).toMatchObject({
      kind: 'WEBHOOK',
      status: 'PENDING',
      attempts: 1,
      lastError: 'Réponse HTTP 503.',
      organizationName: expect.stringMatching(/^Bailleur relié /),
      nextAttemptAt: expect.any(String),
    });
    expect(codeOf(await manager.gql(STUCK))).toBe('FORBIDDEN');
    expect(codeOf(await admin.gql(STUCK, { minutes: 0 }))).toBe('BAD_USER_INPUT');
    // Younger than an hour's threshold: not stuck by that measure.
    const hour = await admin.gql<{ stuckDeliveries: { alertId: string }[] }>(STUCK, {
      first: 100,
      minutes: 60,
    });
    expect(hour.data!.stuckDeliveries.filter((item) => item.alertId === alertId)).toHaveLength(0);

    const took = await allSent(alertId, restarted);
    const rows = await rowsOf(alertId);
    expect(rows.every((row) => row.attempts === 2)).toBe(true);
    deliveredOnce(alertId, rows);
    expect(receiver.about(alertId)).toHaveLength(2 * ORGANIZATIONS);
    // Not hammered: no second call before the retry BullMQ had planned; nor long after it (the
    // sweeper's grace and period, and 2 s for a loaded machine).
    const latest = backoffMs + options.sweepGraceMs + options.sweepMs + 2000;
    for (const call of receiver.about(alertId).filter((c) => c.status === 200)) {
      const after = call.at - failedAt.get(call.deliveryId)!;
      expect(after).toBeGreaterThanOrEqual(backoffMs - 50);
      expect(after).toBeLessThanOrEqual(latest);
    }

    const again = await admin.gql<{ stuckDeliveries: { alertId: string }[] }>(STUCK, { first: 100 });
    expect(again.data!.stuckDeliveries.filter((item) => item.alertId === alertId)).toHaveLength(0);
    process.stdout.write(
      `Redis arrêté pendant les nouveaux essais : tous livrés ${took} ms après son retour (essai prévu à ${backoffMs} ms).\n`,
    );
  }, 60_000);
});

describe('The relay’s LISTEN connection', () => {
  /** An event committed with its NOTIFY, as emitEvent writes it; how long the relay took to take it. */
  async function relayDelayMs(): Promise<number> {
    const id = await api.dataSource.transaction(async (manager) => {
      const [row]: { id: string }[] = await manager.query(
        `insert into outbox_events (topic, payload) values ('test.listen', '{}') returning id`,
      );
      await manager.query('select pg_notify($1, $2)', [OUTBOX_CHANNEL, row.id]);
      return row.id;
    });
    const [row] = await until(
      async () => {
        const rows: { ms: number | null }[] = await api.dataSource.query(
          `select (extract(epoch from dispatched_at - created_at) * 1000)::int as ms from outbox_events where id = $1`,
          [id],
        );
        return rows[0]?.ms !== null && rows;
      },
      'événement relayé',
      10_000,
      20,
    );
    return row.ms!;
  }

  const listenerPid = async (): Promise<number | null> => {
    const rows: { pid: number }[] = await api.dataSource.query(
      `select pid from pg_stat_activity where application_name = $1 and datname = current_database()`,
      [RELAY_LISTENER_NAME],
    );
    return rows.length === 1 ? rows[0].pid : null;
  };

  it('is opened again after Postgres terminated it, and relays at once again (not every 2 s)', async () => {
    const before = await until(listenerPid, 'connexion LISTEN du relais', 10_000);
    await api.dataSource.query('select pg_terminate_backend($1)', [before]);
    const after = await until(
      async () => {
        const pid = await listenerPid();
        return pid !== null && pid !== before && pid;
      },
      'connexion LISTEN rouverte',
      10_000,
      50,
    );
    expect(after).not.toBe(before);
    // Polling (every 2 s) would take 1 s on average: five relays well under that are the NOTIFY's.
    const delays: number[] = [];
    for (let i = 0; i < 5; i += 1) {
      await sleep(Math.random() * 300);
      delays.push(await relayDelayMs());
    }
    expect(Math.max(...delays)).toBeLessThan(400);
  }, 30_000);
});
