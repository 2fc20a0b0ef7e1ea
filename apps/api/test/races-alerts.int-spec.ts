import { Api, Session, unique } from './api-harness';
import { anOrganization, BuiltOrganization } from './case-factory';
import { race } from './race-outcomes';

/**
 * A user's alert centre and subscriptions under parallel requests (two tabs, a double click): each
 * notification is counted read once, and a subscription saved twice at once is saved, not refused
 * with « Erreur interne ». The users are made here, in an organisation of their own, so that no
 * other suite's subscriptions or notifications are touched.
 */
describe('Races on alerts: read once, saved once', () => {
  let api: Api;
  let organization: BuiltOrganization;
  let agentId: string;
  /** Two tabs of the same agent, two of the same manager. */
  let agentTabs: Session[];
  let managerTabs: Session[];
  let claire: Session;
  const tab = (tabs: Session[], i: number) => tabs[i % tabs.length];

  const aUser = async (role: 'agent' | 'manager'): Promise<{ id: string; email: string }> => {
    const email = `${role}.${unique()}${unique()}@courses.test`;
    const [{ id }] = await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, $2, $3, $4, password_hash from users where email = 'nadia.fournier@bailleur.demo' returning id`,
      [email, `Agent des courses ${unique()}`, organization.id, `{${role}}`],
    );
    return { id, email };
  };

  /** `count` manual alerts, each notified to the agent, unread. */
  const notifications = async (count: number): Promise<string[]> => {
    const ids: string[] = [];
    for (let i = 0; i < count; i++) {
      const [{ id: alertId }] = await api.dataSource.query(
        `insert into alerts (topic, severity, title, body) values ('MANUAL', 'INFO', $1, 'Message de test.') returning id`,
        [`Alerte des courses ${unique()}`],
      );
      const [{ id }] = await api.dataSource.query(
        'insert into notifications (alert_id, user_id, organization_id) values ($1, $2, $3) returning id',
        [alertId, agentId, organization.id],
      );
      ids.push(id);
    }
    return ids;
  };

  beforeAll(async () => {
    api = await Api.start();
    // A type no demo organisation has: the alerts sent below reach only the users made here.
    organization = await anOrganization(api)
      .named('Organisation des courses')
      .ofType('ORDRE_PROFESSIONNEL')
      .build();
    const agent = await aUser('agent');
    const manager = await aUser('manager');
    agentId = agent.id;
    agentTabs = await Promise.all([api.as(agent.email), api.as(agent.email)]);
    managerTabs = await Promise.all([api.as(manager.email), api.as(manager.email)]);
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(() => api.stop());

  // Whether two calls overlap is a matter of timing: five rounds of 20 make it all but certain that some do.
  it('of 20 « mark these read » at once, the counts add up to the notifications marked, each once', async () => {
    for (let round = 0; round < 5; round++) {
      const ids = await notifications(6);
      const outcome = await race(20, (i) =>
        tab(agentTabs, i).gql<{ markNotificationsRead: number }>(
          'mutation($ids: [ID!]!) { markNotificationsRead(ids: $ids) }',
          { ids },
        ),
      );
      expect(outcome.told).toEqual([]);
      expect(outcome.winners.reduce((sum, won) => sum + won.markNotificationsRead, 0)).toBe(6);
      const [{ unread }] = await api.dataSource.query(
        'select count(*)::int as unread from notifications where id = any($1::uuid[]) and read_at is null',
        [ids],
      );
      expect(unread).toBe(0);
    }
  });

  it('of 20 « mark all read » at once, the counts add up to the unread notifications, and the bell shows none', async () => {
    for (let round = 0; round < 5; round++) {
      await notifications(6);
      const outcome = await race(20, (i) =>
        tab(agentTabs, i).gql<{ markAllNotificationsRead: number }>('mutation { markAllNotificationsRead }'),
      );
      expect(outcome.told).toEqual([]);
      expect(outcome.winners.reduce((sum, won) => sum + won.markAllNotificationsRead, 0)).toBe(6);
      const bell = await agentTabs[0].gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }');
      expect(bell.data?.unreadNotificationCount).toBe(0);
    }
  });

  it('of 10 acknowledgements at once, all answer the same first acknowledgement', async () => {
    const [id] = await notifications(1);
    const outcome = await race(10, (i) =>
      tab(agentTabs, i).gql<{ acknowledgeNotification: { acknowledgedAt: string; readAt: string } }>(
        'mutation($id: ID!) { acknowledgeNotification(id: $id) { acknowledgedAt readAt } }',
        { id },
      ),
    );
    expect(outcome.told).toEqual([]);
    const [row] = await api.dataSource.query(
      'select acknowledged_at, read_at from notifications where id = $1',
      [id],
    );
    expect(new Set(outcome.winners.map((won) => won.acknowledgeNotification.acknowledgedAt))).toEqual(
      new Set([row.acknowledged_at.toISOString()]),
    );
  });

  const SEVERITIES = ['INFO', 'VIGILANCE', 'URGENT'];
  const EMAIL_MODES = ['NONE', 'DIGEST', 'IMMEDIATE'];
  const settings = (i: number) => ({
    scope: 'COMPETENCE',
    minSeverity: SEVERITIES[i % 3],
    inApp: true,
    emailMode: EMAIL_MODES[Math.floor(i / 3) % 3],
  });

  it('of 10 saves of my subscription at once, each is saved in turn: no error, one subscription, one of those sent', async () => {
    const outcome = await race(10, (i) =>
      tab(agentTabs, i).gql(
        'mutation($input: AlertSubscriptionInput!) { saveMyAlertSubscription(input: $input) { source } }',
        { input: settings(i) },
      ),
    );
    expect(outcome.told).toEqual([]);
    const rows = await api.dataSource.query(
      'select min_severity, email_mode from alert_subscriptions where user_id = $1',
      [agentId],
    );
    expect(rows).toHaveLength(1);
    const sent = Array.from({ length: 10 }, (_, i) => settings(i));
    expect(sent).toContainEqual(
      expect.objectContaining({ minSeverity: rows[0].min_severity, emailMode: rows[0].email_mode }),
    );
  });

  it('of 20 saves of my subscription to communes at once, none waits on the pool for what it already holds: no error', async () => {
    const outcome = await race(20, (i) =>
      tab(agentTabs, i).gql(
        'mutation($input: AlertSubscriptionInput!) { saveMyAlertSubscription(input: $input) { source communeCodes } }',
        {
          input: { ...settings(i), scope: 'COMMUNES', communeCodes: i % 2 ? ['45234'] : ['45234', '45147'] },
        },
      ),
    );
    expect(outcome.told).toEqual([]);
    const rows = await api.dataSource.query(
      'select commune_codes from alert_subscriptions where user_id = $1',
      [agentId],
    );
    expect(rows).toHaveLength(1);
  });

  it('of 10 saves of the organisation’s default at once, each is saved in turn: no error, one default', async () => {
    const outcome = await race(10, (i) =>
      tab(managerTabs, i).gql(
        `mutation($org: ID!, $input: AlertSubscriptionInput!) {
           saveOrganizationAlertSubscription(organizationId: $org, input: $input) { source } }`,
        { org: organization.id, input: settings(i) },
      ),
    );
    expect(outcome.told).toEqual([]);
    const rows = await api.dataSource.query(
      'select 1 from alert_subscriptions where organization_id = $1 and user_id is null',
      [organization.id],
    );
    expect(rows).toHaveLength(1);
  });

  it('of 24 alerts sent or previewed at once, none waits on the pool for what it already holds: each is sent', async () => {
    const input = (i: number) => ({
      title: `Alerte des courses ${i} ${unique()}`,
      body: 'Fermeture exceptionnelle du quai du Roi.',
      severity: 'VIGILANCE',
      communeCodes: ['45234'],
      audienceTypes: ['ORDRE_PROFESSIONNEL'],
    });
    const outcome = await race(24, (i) =>
      i % 2
        ? claire.gql('mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id } }', {
            input: input(i),
          })
        : claire.gql('query($input: ManualAlertInput!) { alertAudiencePreview(input: $input) { total } }', {
            input: input(i),
          }),
    );
    expect(outcome.told).toEqual([]);
    expect(outcome.results.filter((result) => result.data && 'sendAlert' in result.data)).toHaveLength(12);
  });
});
