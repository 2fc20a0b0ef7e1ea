import { Api, unique } from './api-harness';
import { race, unexpected } from './race-outcomes';

const SAVE = `mutation($org: ID!, $url: String!) { saveWebhook(organizationId: $org, url: $url) { webhook { id } } }`;
const DISABLE = `mutation($org: ID!) { disableWebhook(organizationId: $org) { enabled } }`;
const ENABLE = `mutation($org: ID!) { enableWebhook(organizationId: $org) { enabled } }`;

describe('Races on webhooks', () => {
  let api: Api;

  beforeAll(async () => {
    api = await Api.start();
  });
  afterAll(() => api.stop());

  it('disables, then enables, a webhook once when 15 ask at once: every answer says so, one journal line each', async () => {
    const [{ id: org }] = await api.dataSource.query(
      `insert into organizations (name, type, whole_departement) values ($1, 'URSSAF', true) returning id`,
      [`Organisation ${unique()}${unique()}`],
    );
    const email = `responsable.${unique()}${unique()}@webhooks.test`;
    await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, 'Responsable de test', $2, '{manager}', password_hash from users where email = 'admin@continuum.demo'`,
      [email, org],
    );
    const manager = await api.as(email);
    const saved = await manager.gql<{ saveWebhook: { webhook: { id: string } } }>(SAVE, {
      org,
      url: 'http://127.0.0.1:9/continuum',
    });
    expect(saved.errors).toBeUndefined();
    const outcome = await race(15, () =>
      manager.gql<{ disableWebhook: { enabled: boolean } }>(DISABLE, { org }),
    );
    expect(unexpected(outcome.told)).toEqual([]);
    expect(outcome.winners.map((winner) => winner.disableWebhook.enabled)).toEqual(Array(15).fill(false));
    const [{ n }] = await api.dataSource.query(
      `select count(*)::int as n from audit_entries where action = 'webhook.disabled' and subject_id = $1`,
      [saved.data!.saveWebhook.webhook.id],
    );
    expect(n).toBe(1);

    const enabling = await race(15, () =>
      manager.gql<{ enableWebhook: { enabled: boolean } }>(ENABLE, { org }),
    );
    expect(unexpected(enabling.told)).toEqual([]);
    expect(enabling.winners.map((winner) => winner.enableWebhook.enabled)).toEqual(Array(15).fill(true));
    // A later click on an enabled webhook says so and writes nothing either.
    expect((await manager.gql<{ enableWebhook: { enabled: boolean } }>(ENABLE, { org })).data).toEqual({
      enableWebhook: { enabled: true },
    });
    const [{ enabledLines }] = await api.dataSource.query(
      `select count(*)::int as "enabledLines" from audit_entries where action = 'webhook.enabled' and subject_id = $1`,
      [saved.data!.saveWebhook.webhook.id],
    );
    expect(enabledLines).toBe(1);
  });
});
