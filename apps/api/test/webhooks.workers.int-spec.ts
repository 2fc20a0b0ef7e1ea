import {
  FanOutService,
  WEBHOOK_OPTIONS,
  WebhookDispatcher,
  type WebhookOptions,
} from '@continuum/server/alerts';
import { SmtpCatcher } from '@continuum/server/mail/testing';
import { createHmac } from 'node:crypto';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { Api, codeOf, Session, unique } from './api-harness';
import { organizationId } from './case-factory';

/*
 * The webhook channel against the real PostgreSQL and Redis, with the partner's system played by
 * an HTTP server in the test process (plain http on 127.0.0.1 is allowed in the test environment
 * only). Other suites run fan-outs at the same time on the same database: the failure scenario
 * works on an organisation of its own that no territorial alert reaches.
 */

const SAVE = `mutation($org: ID!, $url: String!) { saveWebhook(organizationId: $org, url: $url) { secret webhook { id url enabled consecutiveFailures } } }`;
const GET = `query($org: ID!) { organizationWebhook(organizationId: $org) { id organizationId url enabled consecutiveFailures disabledAt disabledReason createdAt updatedAt } }`;
const DELIVERIES = `query($org: ID!) { webhookDeliveries(organizationId: $org, first: 50) { id alertId topic status attempts lastError responseStatus deliveredAt } }`;
const ROTATE = `mutation($org: ID!) { rotateWebhookSecret(organizationId: $org) { secret webhook { id } } }`;
const ENABLE = `mutation($org: ID!) { enableWebhook(organizationId: $org) { enabled consecutiveFailures disabledAt } }`;
const DISABLE = `mutation($org: ID!) { disableWebhook(organizationId: $org) { enabled disabledReason } }`;
const DELETE = `mutation($org: ID!) { deleteWebhook(organizationId: $org) }`;
const SEND = `mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id } }`;
const FAILED = `query { failedDeliveries(first: 100) { kind id status attempts lastError subject toAddress organizationId organizationName responseStatus alertId createdAt } }`;
const REPLAY = `mutation($kind: DeliveryKind!, $id: ID!) { replayDelivery(kind: $kind, id: $id) { kind id status } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { items { alert { topic title body } } } }`;

interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
  status: number;
}
interface Delivery {
  id: string;
  alertId: string;
  topic: string;
  status: string;
  attempts: number;
  lastError: string | null;
  responseStatus: number | null;
}
interface FailedDelivery {
  kind: string;
  id: string;
  status: string;
  attempts: number;
  lastError: string | null;
  subject: string | null;
  toAddress: string | null;
  organizationName: string | null;
  responseStatus: number | null;
  alertId: string | null;
}

const until = async <T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 15_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`délai dépassé : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

/** The partner's system: records every POST and answers what the test says for its path. */
class Receiver {
  readonly received: Received[] = [];
  readonly answers = new Map<string, number>();
  private server!: Server;
  port = 0;

  async start(): Promise<void> {
    this.server = createServer((req, res) => {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (chunk: string) => (body += chunk));
      req.on('end', () => {
        const path = req.url ?? '/';
        const status = this.answers.get(path) ?? 200;
        this.received.push({ path, headers: req.headers, body, status });
        res.statusCode = status;
        res.end();
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
  }

  url(path: string): string {
    return `http://127.0.0.1:${this.port}${path}`;
  }

  about(alertId: string, path?: string): Received[] {
    return this.received.filter(
      (r) => (!path || r.path === path) && (JSON.parse(r.body) as { id: string }).id === alertId,
    );
  }

  stop(): Promise<void> {
    return new Promise((resolve) => this.server.close(() => resolve()));
  }
}

describe('Webhooks: an organisation’s own system receives its alerts, signed; failures are seen and replayed', () => {
  let api: Api;
  let catcher: SmtpCatcher;
  const receiver = new Receiver();
  let options: WebhookOptions;
  let habitat: string;
  let habitatManager: Session;
  let nadia: Session;
  let paul: Session;
  let claire: Session;
  let admin: Session;

  /** A manager for an organisation (the demo has none for the landlord), with the demo password. */
  const aManagerOf = async (organization: string): Promise<Session> => {
    const email = `responsable.${unique()}${unique()}@webhook.test`;
    await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, 'Responsable des webhooks', $2, '{manager}', password_hash from users where email = 'nadia.fournier@bailleur.demo'`,
      [email, organization],
    );
    return api.as(email);
  };

  beforeAll(async () => {
    await receiver.start();
    catcher = await SmtpCatcher.start();
    api = await Api.start({
      redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}webhooks-${unique()}:`,
      role: 'all',
      mail: {
        smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
        from: 'Continuum <ne-pas-repondre@continuum.test>',
        retryBaseMs: 300,
        batchSize: 50,
      },
    });
    // Quick retries for this application only (0.1 s, then 0.2 s); disabled after 5 failures.
    options = api.app.get<WebhookOptions>(WEBHOOK_OPTIONS);
    Object.assign(options, { attempts: 3, backoffMs: 100 });
    habitat = await organizationId(api, 'Val de Loire Habitat Démo');
    habitatManager = await aManagerOf(habitat);
    [nadia, paul, claire, admin] = await Promise.all(
      [
        'nadia.fournier@bailleur.demo',
        'paul.durand@pm-orleans.demo',
        'claire.martin@prefecture.demo',
        'admin@continuum.demo',
      ].map((email) => api.as(email)),
    );
  });
  afterAll(async () => {
    // Other suites' fan-outs would keep calling a receiver that is gone.
    await api.dataSource.query('delete from webhooks where organization_id = $1', [habitat]);
    await api.stop();
    await catcher.stop();
    await receiver.stop();
  });

  const deliveriesOf = async (session: Session, org: string) =>
    (await session.gql<{ webhookDeliveries: Delivery[] }>(DELIVERIES, { org })).data!.webhookDeliveries;

  describe('Val de Loire Habitat Démo', () => {
    let secret: string;
    let alertId: string;

    it('is registered by a manager of the organisation, who sees the secret once', async () => {
      const saved = await habitatManager.gql<{
        saveWebhook: { secret: string | null; webhook: { id: string; url: string; enabled: boolean } };
      }>(SAVE, { org: habitat, url: receiver.url('/habitat') });
      expect(saved.errors).toBeUndefined();
      expect(saved.data!.saveWebhook.webhook).toMatchObject({ url: receiver.url('/habitat'), enabled: true });
      secret = saved.data!.saveWebhook.secret!;
      expect(secret).toMatch(/^[0-9a-f]{64}$/);

      const read = await habitatManager.gql(GET, { org: habitat });
      expect(read.data).toMatchObject({
        organizationWebhook: { url: receiver.url('/habitat'), enabled: true },
      });
      expect(JSON.stringify(read)).not.toContain(secret);
      // Saved again (a new address, or the same): no secret comes back.
      const again = await habitatManager.gql<{ saveWebhook: { secret: string | null } }>(SAVE, {
        org: habitat,
        url: receiver.url('/habitat'),
      });
      expect(again.data!.saveWebhook.secret).toBeNull();
    });

    it('receives a manual alert for landlords of Orléans, signed with the secret, with nothing nominative', async () => {
      const title = `Dégradations parkings ${unique()}`;
      const sent = await claire.gql<{ sendAlert: { id: string } }>(SEND, {
        input: {
          title,
          body: 'Série de dégradations dans les parkings souterrains : vigilance lors des rondes.',
          severity: 'VIGILANCE',
          category: 'DESTRUCTIONS_DEGRADATIONS',
          communeCodes: ['45234'],
          audienceTypes: ['BAILLEUR'],
        },
      });
      expect(sent.errors).toBeUndefined();
      alertId = sent.data!.sendAlert.id;

      const [call] = await until(
        async () => receiver.about(alertId, '/habitat').length > 0 && receiver.about(alertId, '/habitat'),
        'envoi au webhook',
      );
      expect(call.headers['content-type']).toBe('application/json');
      expect(call.headers['user-agent']).toBe('Continuum-Webhook/1');
      const timestamp = Number(call.headers['x-continuum-timestamp']);
      expect(Math.abs(Date.now() / 1000 - timestamp)).toBeLessThan(60);
      // What the partner does: HMAC-SHA256 of "<timestamp>.<raw body>" with the secret.
      const expected = `sha256=${createHmac('sha256', secret).update(`${timestamp}.${call.body}`).digest('hex')}`;
      expect(call.headers['x-continuum-signature']).toBe(expected);

      const payload = JSON.parse(call.body);
      expect(Object.keys(payload).sort()).toEqual(
        ['body', 'caseId', 'category', 'createdAt', 'id', 'link', 'severity', 'title', 'topic'].sort(),
      );
      expect(payload).toMatchObject({
        id: alertId,
        topic: 'MANUAL',
        severity: 'VIGILANCE',
        category: 'DESTRUCTIONS_DEGRADATIONS',
        title,
        caseId: null,
        link: expect.stringMatching(/\/alertes$/),
      });

      const seen = await until(
        async () =>
          (await deliveriesOf(habitatManager, habitat)).find(
            (d) => d.alertId === alertId && d.status === 'SENT',
          ),
        'envoi noté SENT',
      );
      expect(seen).toMatchObject({ topic: 'MANUAL', attempts: 1, responseStatus: 200, lastError: null });
    });

    it('is sent once, however often the fan-out runs again', async () => {
      const [event] = await api.dataSource.query(
        `select id from outbox_events where topic = 'alert.written' and payload->>'alertId' = $1`,
        [alertId],
      );
      const fanOut = api.app.get(FanOutService);
      await fanOut.handle(event.id);
      await fanOut.handle(event.id);
      await new Promise((resolve) => setTimeout(resolve, 500));
      const [{ n }] = await api.dataSource.query(
        `select count(*)::int as n from webhook_deliveries d join webhooks w on w.id = d.webhook_id
          where d.alert_id = $1 and w.organization_id = $2`,
        [alertId, habitat],
      );
      expect(n).toBe(1);
      expect(receiver.about(alertId, '/habitat')).toHaveLength(1);
    });

    it('hears nothing of a restricted working group’s meeting, and of a plenary it does', async () => {
      const [{ id: nadiaId }] = await api.dataSource.query(
        `select id from users where email = 'nadia.fournier@bailleur.demo'`,
      );
      const deliveriesFor = async (kind: 'restricted' | 'plenary') => {
        const [{ id: meetingId }] = await api.dataSource.query(
          `select id from meetings where ${kind === 'restricted' ? 'working_group_id is not null' : "kind <> 'GROUPE_RESTREINT' and working_group_id is null"} limit 1`,
        );
        const [{ id }] = await api.dataSource.query(
          `insert into alerts (topic, severity, title, body, meeting_id) values ('MEETING_CONVENED', 'INFO', $1, 'Séance du jeudi.', $2) returning id`,
          [`Convocation ${unique()}`, meetingId],
        );
        await api.dataSource.query(
          `insert into notifications (alert_id, user_id, organization_id) values ($1, $2, $3)`,
          [id, nadiaId, habitat],
        );
        await api.app.get(WebhookDispatcher).dispatch(id);
        const [{ n }] = await api.dataSource.query(
          `select count(*)::int as n from webhook_deliveries d join webhooks w on w.id = d.webhook_id
            where d.alert_id = $1 and w.organization_id = $2`,
          [id, habitat],
        );
        return n;
      };
      expect(await deliveriesFor('restricted')).toBe(0);
      expect(await deliveriesFor('plenary')).toBe(1);
    });

    it('is neither read nor changed by anyone but the organisation’s managers', async () => {
      for (const session of [nadia, paul, claire, admin]) {
        expect(codeOf(await session.gql(GET, { org: habitat }))).toBe('FORBIDDEN');
        expect(codeOf(await session.gql(DELIVERIES, { org: habitat }))).toBe('FORBIDDEN');
        expect(codeOf(await session.gql(SAVE, { org: habitat, url: receiver.url('/volé') }))).toBe(
          'FORBIDDEN',
        );
        for (const mutation of [ROTATE, ENABLE, DISABLE, DELETE])
          expect(codeOf(await session.gql(mutation, { org: habitat }))).toBe('FORBIDDEN');
      }
      const read = await habitatManager.gql<{ organizationWebhook: { url: string; enabled: boolean } }>(GET, {
        org: habitat,
      });
      expect(read.data!.organizationWebhook).toMatchObject({ url: receiver.url('/habitat'), enabled: true });
    });

    it('never gives its secret back to a query; a renewal shows the new one once', async () => {
      const schema = await habitatManager.gql<{ __type: { fields: { name: string }[] } }>(
        `{ __type(name: "Webhook") { fields { name } } }`,
      );
      expect(schema.data!.__type.fields.map((f) => f.name)).not.toContain('secret');
      const rotated = await habitatManager.gql<{ rotateWebhookSecret: { secret: string } }>(ROTATE, {
        org: habitat,
      });
      const renewed = rotated.data!.rotateWebhookSecret.secret;
      expect(renewed).toMatch(/^[0-9a-f]{64}$/);
      expect(renewed).not.toBe(secret);
      const reads = JSON.stringify([
        await habitatManager.gql(GET, { org: habitat }),
        await habitatManager.gql(DELIVERIES, { org: habitat }),
      ]);
      expect(reads).not.toContain(renewed);
      expect(reads).not.toContain(secret);
    });

    it('refuses an address that is no https URL with the field named', async () => {
      const refused = await habitatManager.gql(SAVE, { org: habitat, url: 'ftp://partenaire.fr/alertes' });
      expect(refused.errors?.[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'url' });
    });

    it('is deleted by its manager, with the history of its deliveries', async () => {
      const deleted = await habitatManager.gql(DELETE, { org: habitat });
      expect(deleted.data).toEqual({ deleteWebhook: true });
      expect((await habitatManager.gql(GET, { org: habitat })).data).toEqual({ organizationWebhook: null });
      expect(codeOf(await habitatManager.gql(ENABLE, { org: habitat }))).toBe('NOT_FOUND');
    });
  });

  describe('a partner whose system fails', () => {
    let org: string;
    let manager: Session;
    let alertIds: string[];
    const path = '/en-panne';

    /** An alert reaching the organisation's manager, handed to the webhooks as the fan-out does. */
    const anAlertFor = async (userId: string): Promise<string> => {
      const [{ id }] = await api.dataSource.query(
        `insert into alerts (topic, severity, title, body) values ('MANUAL', 'INFO', $1, 'Message de test.') returning id`,
        [`Alerte de test ${unique()}`],
      );
      await api.dataSource.query(
        `insert into notifications (alert_id, user_id, organization_id) values ($1, $2, $3)`,
        [id, userId, org],
      );
      await api.app.get(WebhookDispatcher).dispatch(id);
      return id;
    };
    const deliveryOf = async (alertId: string) =>
      (
        await api.dataSource.query(
          `select d.* from webhook_deliveries d join webhooks w on w.id = d.webhook_id
            where d.alert_id = $1 and w.organization_id = $2`,
          [alertId, org],
        )
      )[0];

    beforeAll(async () => {
      [{ id: org }] = await api.dataSource.query(
        `insert into organizations (name, type) values ($1, 'BAILLEUR') returning id`,
        [`Bailleur au webhook fragile ${unique()}`],
      );
      manager = await aManagerOf(org);
      receiver.answers.set(path, 500);
      const saved = await manager.gql(SAVE, { org, url: receiver.url(path) });
      expect(saved.errors).toBeUndefined();
    });

    it('is tried again, then the delivery is FAILED and counts against the webhook', async () => {
      const [{ id: userId }] = await api.dataSource.query(`select id from users where organization_id = $1`, [
        org,
      ]);
      const first = await anAlertFor(userId);
      const failed = await until(async () => {
        const row = await deliveryOf(first);
        return row?.status === 'FAILED' && row;
      }, 'échec définitif');
      expect(failed).toMatchObject({ attempts: 3, response_status: 500, last_error: 'Réponse HTTP 500.' });
      expect(receiver.about(first, path)).toHaveLength(3);
      const read = await manager.gql<{
        organizationWebhook: { enabled: boolean; consecutiveFailures: number };
      }>(GET, {
        org,
      });
      expect(read.data!.organizationWebhook).toMatchObject({ enabled: true, consecutiveFailures: 1 });
      alertIds = [first, ...(await Promise.all([1, 2, 3, 4].map(() => anAlertFor(userId))))];
    });

    it('is disabled after five failed deliveries in a row, and its managers are told', async () => {
      const read = await until(async () => {
        const result = await manager.gql<{
          organizationWebhook: {
            enabled: boolean;
            consecutiveFailures: number;
            disabledReason: string | null;
          };
        }>(GET, { org });
        return !result.data!.organizationWebhook.enabled && result.data!.organizationWebhook;
      }, 'webhook désactivé');
      expect(read).toMatchObject({
        consecutiveFailures: 5,
        disabledReason: expect.stringMatching(/5 envois en échec/),
      });
      const statuses = (await deliveriesOf(manager, org)).map((d) => d.status);
      expect(statuses).toEqual(['FAILED', 'FAILED', 'FAILED', 'FAILED', 'FAILED']);

      const told = await until(async () => {
        const result = await manager.gql<{
          notifications: { items: { alert: { topic: string; title: string; body: string } }[] };
        }>(NOTIFICATIONS);
        return result.data!.notifications.items.find((n) => n.alert.topic === 'WEBHOOK_DISABLED');
      }, 'alerte WEBHOOK_DISABLED');
      expect(told.alert.title).toMatch(/^Webhook de Bailleur au webhook fragile .* désactivé$/);
      expect(told.alert.body).toContain(`127.0.0.1:${receiver.port}`);

      // Disabled: a new alert makes no delivery.
      const [{ id: userId }] = await api.dataSource.query(`select id from users where organization_id = $1`, [
        org,
      ]);
      const later = await anAlertFor(userId);
      expect(await deliveryOf(later)).toBeUndefined();
    });

    describe('the dead letters', () => {
      let mailId: string;
      let caseMailId: string;
      const address = `relance-${unique()}@continuum.test`;

      beforeAll(async () => {
        [{ id: mailId }] = await api.dataSource.query(
          `insert into mail_messages (topic, to_address, subject, text, status, attempts, last_error)
           values ('test.replay', $1, 'Convocation de test', 'Corps confidentiel du courriel', 'FAILED', 8, '550 boîte inconnue')
           returning id`,
          [address],
        );
        // An alert mail about a case: its subject names the case.
        const [kase] = await api.dataSource.query(`select id, title from cases order by reference limit 1`);
        const [{ id: alertId }] = await api.dataSource.query(
          `insert into alerts (topic, severity, title, case_id) values ('CASE_OPENED', 'INFO', $1, $2) returning id`,
          [kase.title, kase.id],
        );
        [{ id: caseMailId }] = await api.dataSource.query(
          `insert into mail_messages (topic, reference_id, to_address, subject, text, status, attempts, last_error)
           values ('alert', $1, $2, $3, 'Texte', 'FAILED', 8, '550 boîte inconnue') returning id`,
          [alertId, `dossier-${unique()}@continuum.test`, `[Continuum] Information — ${kase.title}`],
        );
      });

      it('are listed for the technical administration only, without bodies or case titles', async () => {
        for (const session of [nadia, paul, claire, manager])
          expect(codeOf(await session.gql(FAILED))).toBe('FORBIDDEN');
        const listed = await admin.gql<{ failedDeliveries: FailedDelivery[] }>(FAILED);
        expect(listed.errors).toBeUndefined();
        const items = listed.data!.failedDeliveries;
        expect(items.find((item) => item.id === mailId)).toMatchObject({
          kind: 'MAIL',
          status: 'FAILED',
          subject: 'Convocation de test',
          toAddress: address,
          attempts: 8,
          lastError: '550 boîte inconnue',
        });
        expect(items.find((item) => item.id === caseMailId)?.subject).toMatch(/objet masqué/);
        const webhook = items.find((item) => item.kind === 'WEBHOOK' && item.alertId === alertIds[0]);
        expect(webhook).toMatchObject({ status: 'FAILED', attempts: 3, responseStatus: 500 });
        expect(webhook?.organizationName).toMatch(/^Bailleur au webhook fragile/);
        expect(JSON.stringify(listed)).not.toContain('Corps confidentiel');
        const fields = await admin.gql<{ __type: { fields: { name: string }[] } }>(
          `{ __type(name: "FailedDelivery") { fields { name } } }`,
        );
        expect(fields.data!.__type.fields.map((f) => f.name)).not.toEqual(
          expect.arrayContaining(['text', 'body', 'html']),
        );
      });

      it('are replayed by the administration: a webhook once its managers have enabled it again', async () => {
        const failed = await deliveryOf(alertIds[0]);
        expect(codeOf(await manager.gql(REPLAY, { kind: 'WEBHOOK', id: failed.id }))).toBe('FORBIDDEN');
        expect(codeOf(await admin.gql(REPLAY, { kind: 'WEBHOOK', id: failed.id }))).toBe('CONFLICT');

        receiver.answers.set(path, 204);
        const enabled = await manager.gql(ENABLE, { org });
        expect(enabled.data).toMatchObject({
          enableWebhook: { enabled: true, consecutiveFailures: 0, disabledAt: null },
        });
        // Read back after the job is queued: a quick worker may already have sent it.
        const replayed = await admin.gql(REPLAY, { kind: 'WEBHOOK', id: failed.id });
        expect(replayed.data).toMatchObject({
          replayDelivery: {
            kind: 'WEBHOOK',
            id: failed.id,
            status: expect.stringMatching(/^(PENDING|SENT)$/),
          },
        });
        const sent = await until(async () => {
          const row = await deliveryOf(alertIds[0]);
          return row.status === 'SENT' && row;
        }, 'envoi relancé');
        expect(sent).toMatchObject({ attempts: 4, response_status: 204, last_error: null });
        expect(receiver.about(alertIds[0], path).at(-1)?.status).toBe(204);
      });

      it('are replayed by the administration: a mail goes out again', async () => {
        catcher.clear();
        // Read back after the job is queued: a quick worker may already have sent it.
        const replayed = await admin.gql(REPLAY, { kind: 'MAIL', id: mailId });
        expect(replayed.data).toMatchObject({
          replayDelivery: { kind: 'MAIL', id: mailId, status: expect.stringMatching(/^(PENDING|SENT)$/) },
        });
        const mail = await catcher.waitFor((m) => m.to.includes(address), 15_000);
        expect(mail.subject).toBe('Convocation de test');
        await until(
          async () =>
            (await api.dataSource.query('select status from mail_messages where id = $1', [mailId]))[0]
              .status === 'SENT',
          'courriel envoyé',
        );
        expect(codeOf(await admin.gql(REPLAY, { kind: 'MAIL', id: mailId }))).toBe('CONFLICT');
        expect(codeOf(await admin.gql(REPLAY, { kind: 'MAIL', id: 'pas-un-id' }))).toBe('BAD_USER_INPUT');
      });
    });
  });

  describe('Bull Board at /admin/queues', () => {
    const get = (path: string, session?: Session) => {
      const call = request(api.app.getHttpServer()).get(path);
      return session?.cookie ? call.set('cookie', session.cookie) : call;
    };

    it('asks for a session, refuses whoever is not an administrator, and shows the queues to one', async () => {
      expect((await get('/admin/queues')).status).toBe(401);
      expect((await get('/admin/queues/api/queues')).status).toBe(401);
      expect((await get('/admin/queues', nadia)).status).toBe(403);
      expect((await get('/admin/queues/api/queues', claire)).status).toBe(403);

      const page = await get('/admin/queues', admin);
      expect(page.status).toBe(200);
      expect(page.text).toContain('Continuum — files de tâches');
      const queues = await get('/admin/queues/api/queues', admin);
      expect(queues.status).toBe(200);
      expect((queues.body as { queues: { name: string; readOnlyMode: boolean }[] }).queues).toEqual(
        expect.arrayContaining(
          ['alerts', 'mail', 'webhooks'].map((name) => expect.objectContaining({ name, readOnlyMode: true })),
        ),
      );
      // Read-only: what failed is replayed with replayDelivery, where the rows are.
      const retry = await request(api.app.getHttpServer())
        .put('/admin/queues/api/queues/webhooks/retry/failed')
        .set('cookie', admin.cookie!);
      expect(retry.status).toBeGreaterThanOrEqual(400);
    });
  });
});
