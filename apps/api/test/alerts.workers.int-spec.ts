import {
  DigestService,
  draftFromEvent,
  EVENT_TOPICS,
  FanOutService,
  OutboxRelay,
} from '@continuum/server/alerts';
import { SmtpCatcher } from '@continuum/server/mail/testing';
import { APP_CONFIG, type AppConfig, bullPrefix, emitEvent, QueueWorkers } from '@continuum/server/platform';
import { Queue } from 'bullmq';
import { createClient } from 'graphql-ws';
import type { AddressInfo } from 'node:net';
import WebSocket from 'ws';
import { Api, codeOf, Session, unique } from './api-harness';
import { organizationId } from './case-factory';

const CREATE_CASE = `mutation($input: CreateCaseInput!) { createCase(input: $input) { id title } }`;
const NOTIFICATIONS = `{ notifications(first: 50) { items { id readAt acknowledgedAt alert { id topic title body severity case { id } } } } unreadNotificationCount }`;
const SEND = `mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id title recipientCount } }`;
const PREVIEW = `query($input: ManualAlertInput!) { alertAudiencePreview(input: $input) { total organizations { name people } classes { label people } } }`;

interface Notifications {
  notifications: {
    items: {
      id: string;
      readAt: string | null;
      alert: { id: string; topic: string; title: string; body: string; case: { id: string } | null };
    }[];
  };
  unreadNotificationCount: number;
}

const until = async <T>(
  probe: () => Promise<T | null | undefined | false>,
  what: string,
  timeoutMs = 10_000,
): Promise<T> => {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`délai dépassé : ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
};

describe('Scoped alerts: outbox, fan-out under the sharing policy, channels, acknowledgement', () => {
  let api: Api;
  let catcher: SmtpCatcher;
  let paul: Session;
  let nadia: Session;
  let claire: Session;
  let gaelle: Session;
  let hugo: Session;
  let laurent: Session;

  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
    api = await Api.start({
      redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}alerts-${unique()}:`,
      role: 'all',
      mail: {
        smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
        from: 'Continuum <ne-pas-repondre@continuum.test>',
        retryBaseMs: 300,
        batchSize: 50,
      },
    });
    await api.app.listen(0, '127.0.0.1');
    [paul, nadia, claire, gaelle, hugo, laurent] = await Promise.all(
      [
        'paul.durand@pm-orleans.demo',
        'nadia.fournier@bailleur.demo',
        'claire.martin@prefecture.demo',
        'gaelle.lambert@montargis.demo',
        'hugo.dupont@securite.demo',
        'laurent.moreau@police.demo',
      ].map((email) => api.as(email)),
    );
  });
  afterAll(async () => {
    // Other suites share the run's database: leave the personas' settings as the seed made them.
    await laurent.gql('mutation { resetMyAlertSubscription { source } }');
    await nadia.gql('mutation { resetMyAlertSubscription { source } }');
    await api.stop();
    await catcher.stop();
  });

  const notificationsOf = async (session: Session) => (await session.gql<Notifications>(NOTIFICATIONS)).data!;
  const alertedAbout = (data: Notifications, caseId: string) =>
    data.notifications.items.filter((n) => n.alert.case?.id === caseId);
  const createCase = async (sensitivity: string) =>
    (
      await paul.gql<{ createCase: { id: string; title: string } }>(CREATE_CASE, {
        input: {
          title: `Rodéos motorisés quai du Châtelet ${unique()}`,
          category: 'RODEOS_URBAINS',
          communeCode: '45234',
          sensitivity,
        },
      })
    ).data!.createCase;

  it('tells the partners of the territory of a GREEN case, not its author, not those elsewhere', async () => {
    const created = await createCase('GREEN');
    const seen = await until(
      async () => alertedAbout(await notificationsOf(nadia), created.id)[0],
      'alerte de Nadia',
    );
    expect(seen.alert).toMatchObject({ topic: 'CASE_OPENED', title: expect.stringContaining(created.title) });
    expect(alertedAbout(await notificationsOf(paul), created.id)).toHaveLength(0);
    expect(alertedAbout(await notificationsOf(gaelle), created.id)).toHaveLength(0);
  });

  it('tells nobody who may not read an AMBER case — not even that it exists — and its readers in full', async () => {
    const created = await createCase('AMBER');
    await until(async () => alertedAbout(await notificationsOf(claire), created.id)[0], 'alerte du cabinet');
    const [row] = await api.dataSource.query(
      `select count(*)::int as n from notifications n join alerts a on a.id = n.alert_id
         join users u on u.id = n.user_id where a.case_id = $1 and u.email = any($2)`,
      [
        created.id,
        ['nadia.fournier@bailleur.demo', 'laurent.moreau@police.demo', 'hugo.dupont@securite.demo'],
      ],
    );
    expect(row.n).toBe(0);
    const mail = JSON.stringify(catcher.messages);
    expect(mail).not.toContain(created.title);
  });

  it('tells the organisation a case is referred to, which may now read it', async () => {
    const created = await createCase('AMBER');
    await paul.gql(`mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`, {
      id: created.id,
      org: await organizationId(api, 'Val de Loire Habitat Démo'),
    });
    const referral = await until(
      async () =>
        alertedAbout(await notificationsOf(nadia), created.id).find((n) => n.alert.topic === 'CASE_REFERRED'),
      'saisine de Nadia',
    );
    expect(referral.alert.body).toMatch(/saisie/);
  });

  it('raises nothing for a change that is rolled back, and everything for one that commits', async () => {
    const caseId = (await createCase('GREEN')).id;
    const topic = 'case.opened';
    await expect(
      api.dataSource.transaction(async (manager) => {
        await emitEvent(manager, topic, { caseId, rolledBack: true });
        throw new Error('échec après l’écriture de l’événement');
      }),
    ).rejects.toThrow('échec');
    const [events] = await api.dataSource.query(
      `select count(*)::int as n from outbox_events where payload->>'rolledBack' = 'true'`,
    );
    expect(events.n).toBe(0);
    const committed = await api.dataSource.transaction((manager) =>
      emitEvent(manager, topic, { caseId, committed: unique() }),
    );
    await until(
      async () =>
        (await api.dataSource.query('select 1 from alerts where outbox_event_id = $1', [committed])).length >
        0,
      'alerte du commit',
    );
  });

  it('delivers an event once, however often it is handled', async () => {
    const caseId = (await createCase('GREEN')).id;
    const [event] = await api.dataSource.query(
      `select id from outbox_events where payload->>'caseId' = $1 and topic = 'case.opened'`,
      [caseId],
    );
    const fanOut = api.app.get(FanOutService);
    await until(
      async () =>
        (
          await api.dataSource.query('select fanned_out_at from alerts where outbox_event_id = $1', [
            event.id,
          ])
        )[0]?.fanned_out_at,
      'diffusion',
    );
    const count = async () =>
      (
        await api.dataSource.query(
          'select count(*)::int as n from notifications n join alerts a on a.id = n.alert_id where a.outbox_event_id = $1',
          [event.id],
        )
      )[0].n;
    const before = await count();
    expect(before).toBeGreaterThan(0);
    await fanOut.handle(event.id);
    await fanOut.handle(event.id);
    expect(await count()).toBe(before);
  });

  it('hands over again an event whose job Redis lost, and restores the schedulers', async () => {
    const caseId = (await createCase('GREEN')).id;
    // As left by a Redis that restarted empty: handed over five minutes ago, never handled.
    const [{ id: eventId }] = await api.dataSource.query(
      `insert into outbox_events (topic, payload, dispatched_at) values ('case.opened', $1, now() - interval '5 minutes')
       returning id`,
      [JSON.stringify({ caseId, lostByRedis: unique() })],
    );
    const relay = api.app.get(OutboxRelay);
    const config = api.app.get<AppConfig>(APP_CONFIG);
    const queue = new Queue('alerts', {
      prefix: bullPrefix(config.redisPrefix),
      connection: { url: config.redisUrl },
    });
    try {
      for (const scheduler of await queue.getJobSchedulers()) await queue.removeJobScheduler(scheduler.key);
      expect(await queue.getJobSchedulers()).toHaveLength(0);
      // The relay's sweep hands the event over; the queue platform restores the schedulers (it
      // checks them every 3 s where workers run: called here so as not to wait).
      await relay.sweep();
      await api.app.get(QueueWorkers).restoreSchedules();
      const handled = await until(
        async () =>
          (await api.dataSource.query('select handled_at from outbox_events where id = $1', [eventId]))[0]
            ?.handled_at,
        'reprise de l’événement',
      );
      expect(handled).toBeInstanceOf(Date);
      const [alert] = await api.dataSource.query(
        'select recipient_count from alerts where outbox_event_id = $1',
        [eventId],
      );
      expect(alert.recipient_count).toBeGreaterThan(0);
      expect((await queue.getJobSchedulers()).map((s) => s.key).sort()).toEqual([
        'detect-spikes',
        'scan-due-actions',
        'send-digests',
      ]);
      // A restored scheduler runs at once: let it finish before the next tests listen live.
      await until(async () => {
        const counts = await queue.getJobCounts('active', 'waiting', 'prioritized');
        return counts['active'] + counts['waiting'] + counts['prioritized'] === 0;
      }, 'tâches planifiées terminées');
      // Handled: the next sweep leaves it alone.
      const [{ n: before }] = await api.dataSource.query(
        'select count(*)::int as n from notifications n join alerts a on a.id = n.alert_id where a.outbox_event_id = $1',
        [eventId],
      );
      await queue.remove(eventId);
      await relay.sweep();
      expect(await queue.getJob(eventId)).toBeUndefined();
      const [{ n: afterSweep }] = await api.dataSource.query(
        'select count(*)::int as n from notifications n join alerts a on a.id = n.alert_id where a.outbox_event_id = $1',
        [eventId],
      );
      expect(afterSweep).toBe(before);
    } finally {
      await queue.close();
    }
  });

  describe('manual alerts', () => {
    const input = {
      title: `Cambriolages secteur Orléans ${unique()}`,
      body: 'Série de cambriolages de caves signalée cette semaine : vigilance lors des rondes.',
      severity: 'VIGILANCE',
      category: 'CAMBRIOLAGES',
      communeCodes: ['45234'],
      audienceTypes: ['MAIRIE', 'POLICE_MUNICIPALE', 'BAILLEUR'],
    };

    it('are written by the cabinet or a secretary only, with an audience and a territory of the département', async () => {
      expect(codeOf(await nadia.gql(SEND, { input }))).toBe('FORBIDDEN');
      const empty = await claire.gql(SEND, { input: { ...input, audienceTypes: [] } });
      expect(empty.errors?.[0].extensions?.['field']).toBe('input.audienceTypes');
      const foreign = await claire.gql(SEND, { input: { ...input, communeCodes: ['75056'] } });
      expect(foreign.errors?.[0].extensions?.['field']).toBe('input.communeCodes');
      const far = await claire.gql(SEND, {
        input: {
          ...input,
          communeCodes: [],
          area: {
            type: 'Polygon',
            coordinates: [
              [
                [5, 45],
                [5.1, 45],
                [5.1, 45.1],
                [5, 45],
              ],
            ],
          },
        },
      });
      expect(far.errors?.[0].message).toMatch(/hors du département/);
    });

    it('previews exactly who will receive them, then reaches them live and is acknowledged', async () => {
      const preview = (
        await claire.gql<{
          alertAudiencePreview: { total: number; organizations: { name: string; people: number }[] };
        }>(PREVIEW, { input })
      ).data!.alertAudiencePreview;
      expect(preview.organizations.map((o) => o.name)).toEqual(
        expect.arrayContaining([
          'Mairie d’Orléans',
          'Police municipale d’Orléans',
          'Val de Loire Habitat Démo',
        ]),
      );
      expect(preview.organizations.map((o) => o.name)).not.toContain('Centre Sécurité Privée Démo');

      const port = (api.app.getHttpServer().address() as AddressInfo).port;
      const client = createClient({
        url: `ws://127.0.0.1:${port}/graphql`,
        webSocketImpl: class extends WebSocket {
          constructor(address: string, protocols?: string | string[]) {
            super(address, protocols, { headers: { cookie: nadia.cookie! } });
          }
        },
        retryAttempts: 0,
      });
      const received = new Promise<{ title: string }>((resolve, reject) => {
        client.subscribe<{ notificationReceived: { alert: { title: string } } }>(
          { query: 'subscription { notificationReceived { id alert { title } } }' },
          {
            next: (message) => message.data && resolve(message.data.notificationReceived.alert),
            error: reject,
            complete: () => undefined,
          },
        );
      });
      await new Promise((resolve) => setTimeout(resolve, 300));
      const sent = await claire.gql<{ sendAlert: { id: string } }>(SEND, { input });
      expect(sent.errors).toBeUndefined();
      expect((await received).title).toBe(input.title);
      await client.dispose();

      const alertId = sent.data!.sendAlert.id;
      await until(
        async () =>
          (await api.dataSource.query('select fanned_out_at from alerts where id = $1', [alertId]))[0]
            ?.fanned_out_at,
        'diffusion manuelle',
      );
      const [{ n }] = await api.dataSource.query(
        'select count(*)::int as n from notifications where alert_id = $1',
        [alertId],
      );
      expect(n).toBe(preview.total);
      expect(alertedAbout(await notificationsOf(hugo), 'none')).toHaveLength(0);
      expect(
        (await notificationsOf(hugo)).notifications.items.some((item) => item.alert.id === alertId),
      ).toBe(false);

      const mine = (await notificationsOf(nadia)).notifications.items.find(
        (item) => item.alert.id === alertId,
      )!;
      await nadia.gql(`mutation($id: ID!) { acknowledgeNotification(id: $id) { acknowledgedAt } }`, {
        id: mine.id,
      });
      const view = await claire.gql<{
        sentAlert: {
          acknowledgements: { organizationName: string; recipients: number; acknowledged: number }[];
        };
      }>(
        `query($id: ID!) { sentAlert(id: $id) { acknowledgements { organizationName recipients read acknowledged } } }`,
        { id: alertId },
      );
      expect(
        view.data!.sentAlert.acknowledgements.find(
          (row) => row.organizationName === 'Val de Loire Habitat Démo',
        ),
      ).toMatchObject({ acknowledged: 1 });
      expect(codeOf(await nadia.gql(`query($id: ID!) { sentAlert(id: $id) { id } }`, { id: alertId }))).toBe(
        'NOT_FOUND',
      );

      // The sender's list carries the totals; a recipient reading the same alert gets none.
      const list = await claire.gql<{
        sentAlerts: { id: string; recipientCount: number; readCount: number; acknowledgedCount: number }[];
      }>(`{ sentAlerts { id recipientCount readCount acknowledgedCount } }`);
      expect(list.data!.sentAlerts.find((row) => row.id === alertId)).toEqual({
        id: alertId,
        recipientCount: preview.total,
        readCount: 1,
        acknowledgedCount: 1,
      });
      // Asking for the sender's fields costs a recipient nothing of the rest of the page.
      const asRecipient = await nadia.gql<{
        notifications: { items: { alert: Record<string, unknown> }[] };
      }>(
        `{ notifications(first: 50) { items { alert { id readCount acknowledgedCount recipientCount acknowledgements { organizationName } } } } }`,
      );
      expect(asRecipient.errors).toBeUndefined();
      expect(
        asRecipient.data!.notifications.items.find((item) => item.alert['id'] === alertId)?.alert,
      ).toEqual({
        id: alertId,
        readCount: null,
        acknowledgedCount: null,
        recipientCount: null,
        acknowledgements: null,
      });

      // The centre's filters, counted under the same rules.
      type Filtered = { notifications: { totalCount: number; items: { alert: { id: string } }[] } };
      const filtered = async (filter: Record<string, unknown>) =>
        (
          await nadia.gql<Filtered>(
            `query($filter: NotificationFilterInput) { notifications(first: 100, filter: $filter) { totalCount items { alert { id } } } }`,
            { filter },
          )
        ).data!.notifications;
      const ids = (page: Filtered['notifications']) => page.items.map((item) => item.alert.id);
      const manual = await filtered({ topics: ['MANUAL'], severities: ['VIGILANCE'] });
      expect(ids(manual)).toContain(alertId);
      expect(manual.totalCount).toBe(manual.items.length);
      expect(ids(await filtered({ unacknowledged: true }))).not.toContain(alertId);
      expect(ids(await filtered({ unread: true }))).not.toContain(alertId);
      expect(ids(await filtered({ severities: ['URGENT'] }))).not.toContain(alertId);
      expect(ids(await filtered({ topics: ['CASE_OPENED'] }))).not.toContain(alertId);
      const refused = await nadia.gql(`{ notifications(filter: { topics: [PAS_UN_SUJET] }) { totalCount } }`);
      expect(refused.errors?.[0].message).toMatch(/PAS_UN_SUJET/);
    });

    it('e-mails those who chose it, once each; a digest groups them', async () => {
      const saved = await laurent.gql(
        `mutation { saveMyAlertSubscription(input: { scope: COMPETENCE, minSeverity: INFO, inApp: true, emailMode: IMMEDIATE }) { source } }`,
      );
      expect(saved.errors).toBeUndefined();
      catcher.clear();
      const sent = await claire.gql<{ sendAlert: { id: string } }>(SEND, {
        input: { ...input, title: `Rixes gare ${unique()}`, audienceTypes: ['POLICE_NATIONALE'] },
      });
      expect(sent.errors).toBeUndefined();
      const mail = await catcher.waitFor((m) => m.envelopeTo.includes('laurent.moreau@police.demo'), 15_000);
      expect(mail.subject).toMatch(/^\[Continuum\] Vigilance — Rixes gare/);
      await new Promise((resolve) => setTimeout(resolve, 500));
      expect(catcher.to('laurent.moreau@police.demo')).toHaveLength(1);

      // A worker that died between the notifications' commit and the mails' writes them when the
      // job runs again — the missing one only.
      const alertId = sent.data!.sendAlert.id;
      const mailRows = async () =>
        (
          await api.dataSource.query(
            `select m.id from mail_messages m join users u on u.id = m.recipient_user_id
              where m.reference_id = $1 and u.email = 'laurent.moreau@police.demo'`,
            [alertId],
          )
        ).map((r: { id: string }) => r.id);
      const [lost] = await mailRows();
      await api.dataSource.transaction(async (manager) => {
        await manager.query(
          `update alert_deliveries set mail_message_id = null, status = 'PENDING' where mail_message_id = $1`,
          [lost],
        );
        await manager.query('delete from mail_messages where id = $1', [lost]);
      });
      const [{ id: eventId, others }] = await api.dataSource.query(
        `select id, (select count(*)::int from mail_messages where reference_id = $1) as others
           from outbox_events where payload->>'alertId' = $1::text`,
        [alertId],
      );
      const fanOut = api.app.get(FanOutService);
      expect((await fanOut.handle(eventId)).mailed).toBe(1);
      expect((await fanOut.handle(eventId)).mailed).toBe(0);
      const rewritten = await mailRows();
      expect(rewritten).toHaveLength(1);
      expect(rewritten[0]).not.toBe(lost);
      const [after] = await api.dataSource.query(
        `select count(*)::int as n, count(*) filter (where d.mail_message_id is null)::int as unlinked
           from alert_deliveries d where d.alert_id = $1 and d.channel = 'EMAIL' and d.status <> 'DIGEST'`,
        [alertId],
      );
      expect(after).toEqual({ n: others + 1, unlinked: 0 });
      await until(
        async () => catcher.to('laurent.moreau@police.demo').length === 2,
        'courriel réécrit envoyé',
      );

      // A digest: two alerts, one mail when digests go out.
      await laurent.gql(
        `mutation { saveMyAlertSubscription(input: { scope: COMPETENCE, minSeverity: INFO, inApp: true, emailMode: DIGEST }) { source } }`,
      );
      catcher.clear();
      const titles = [`Digest un ${unique()}`, `Digest deux ${unique()}`];
      for (const title of titles) {
        const digestSent = await claire.gql<{ sendAlert: { id: string } }>(SEND, {
          input: { ...input, title, audienceTypes: ['POLICE_NATIONALE'] },
        });
        await until(
          async () =>
            (
              await api.dataSource.query('select fanned_out_at from alerts where id = $1', [
                digestSent.data!.sendAlert.id,
              ])
            )[0]?.fanned_out_at,
          'diffusion',
        );
      }
      expect(catcher.to('laurent.moreau@police.demo')).toHaveLength(0);
      await api.app.get(DigestService).send();
      const digest = await catcher.waitFor(
        (m) => m.envelopeTo.includes('laurent.moreau@police.demo'),
        15_000,
      );
      expect(digest.subject).toMatch(/Récapitulatif/);
      for (const title of titles) expect(digest.text).toContain(title);
      await api.app.get(DigestService).send();
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(catcher.to('laurent.moreau@police.demo')).toHaveLength(1);
    });
  });

  describe('subscriptions', () => {
    it('refuse a zone the organisation has no competence over', async () => {
      const [{ id }] = await api.dataSource.query(
        `select id from zones where name = 'Centre-ville de Gien (vidéoprotection)'`,
      );
      const refused = await nadia.gql(
        `mutation($zones: [ID!]) { saveMyAlertSubscription(input: { scope: ZONES, zoneIds: $zones, minSeverity: INFO, inApp: true, emailMode: NONE }) { source } }`,
        { zones: [id] },
      );
      expect(refused.errors?.[0].extensions?.['field']).toBe('input.zoneIds');
      expect(refused.errors?.[0].message).toMatch(/hors de la compétence/);
    });

    it('refuse a drawn area that reaches beyond the organisation’s competence', async () => {
      const SAVE = `mutation($area: JSON) { saveMyAlertSubscription(input: { scope: AREA, area: $area, minSeverity: INFO, inApp: true, emailMode: NONE }) { source } }`;
      const loiret = {
        type: 'Polygon',
        coordinates: [
          [
            [1.4, 47.4],
            [3.2, 47.4],
            [3.2, 48.4],
            [1.4, 48.4],
            [1.4, 47.4],
          ],
        ],
      };
      const refused = await nadia.gql(SAVE, { area: loiret });
      expect(refused.errors?.[0].extensions?.['field']).toBe('input.area');
      expect(refused.errors?.[0].message).toMatch(/déborde de la compétence de votre organisation/);
    });
  });

  it('tells a restricted group’s decision only to those of the organisation who may read its meeting', async () => {
    const [mairie] = await api.dataSource.query(
      `select id from organizations where name = 'Mairie d’Orléans'`,
    );
    const decide = async (restricted: boolean) => {
      const [item] = await api.dataSource.query(
        `select i.id, i.meeting_id from agenda_items i join meetings m on m.id = i.meeting_id
          where ${restricted ? 'm.working_group_id is not null' : "m.working_group_id is null and m.kind <> 'GROUPE_RESTREINT'"}
          limit 1`,
      );
      const [{ id }] = await api.dataSource.query(
        `insert into agenda_decisions (agenda_item_id, text, owner_organization_id) values ($1, 'Renforcer les rondes', $2) returning id`,
        [item.id, mairie.id],
      );
      const draft = await draftFromEvent(
        api.dataSource.manager,
        EVENT_TOPICS.DECISION_ASSIGNED,
        { decisionId: id },
        'Europe/Paris',
      );
      await api.dataSource.query('delete from agenda_decisions where id = $1', [id]);
      return { meetingId: item.meeting_id as string, targeting: draft?.targeting ?? null };
    };
    expect((await decide(false)).targeting).toMatchObject({ organizationIds: [mairie.id] });
    const restricted = await decide(true);
    // Not the organisation: its people who may read the restricted meeting, by name, if any.
    const readers: { id: string }[] = await api.dataSource.query(
      `select u.id from users u, meetings m
        where m.id = $2 and u.organization_id = $1
          and (u.id in (select mi.user_id from meeting_invitees mi where mi.meeting_id = m.id)
               or u.id in (select wm.user_id from working_group_members wm join working_groups wg on wg.id = wm.working_group_id
                            where wg.id = m.working_group_id and wm.charter_signed_at is not null
                              and wm.charter_signed_version = wg.charter_version))`,
      [mairie.id, restricted.meetingId],
    );
    if (readers.length === 0) expect(restricted.targeting).toBeNull();
    else {
      expect(restricted.targeting).not.toHaveProperty('organizationIds');
      expect([...(restricted.targeting as { userIds: string[] }).userIds].sort()).toEqual(
        readers.map((r) => r.id).sort(),
      );
    }
  });

  it('drops from the centre an alert whose case its recipient may no longer read, and never counts it', async () => {
    const created = await createCase('GREEN');
    const notification = await until(
      async () => alertedAbout(await notificationsOf(nadia), created.id)[0],
      'alerte de Nadia',
    );
    await api.dataSource.query(`update cases set sensitivity = 'AMBER_STRICT' where id = $1`, [created.id]);
    expect(alertedAbout(await notificationsOf(nadia), created.id)).toHaveLength(0);

    // Marking it read by its id, or everything read, neither touches it nor counts it.
    const byId = await nadia.gql<{ markNotificationsRead: number }>(
      `mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }`,
      { ids: [notification.id] },
    );
    expect(byId.data?.markNotificationsRead).toBe(0);
    const unread = await nadia.gql<{ notifications: { totalCount: number } }>(
      `{ notifications(filter: { unread: true }) { totalCount } }`,
    );
    const all = await nadia.gql<{ markAllNotificationsRead: number }>(
      `mutation { markAllNotificationsRead }`,
    );
    expect(all.data?.markAllNotificationsRead).toBe(unread.data?.notifications.totalCount);
    const [hidden] = await api.dataSource.query(`select read_at from notifications where id = $1`, [
      notification.id,
    ]);
    expect(hidden.read_at).toBeNull();
  });
});
