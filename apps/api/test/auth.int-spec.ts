import { REDIS } from '@continuum/server/platform';
import Redis from 'ioredis';
import { Api, codeOf, DEMO_PASSWORD, randomIp } from './api-harness';

const PERSONAS = [
  'admin@continuum.demo',
  'claire.martin@prefecture.demo',
  'sophie.bernard@orleans.demo',
  'marc.petit@orleans.demo',
  'paul.durand@pm-orleans.demo',
  'laurent.moreau@police.demo',
  'julie.lefebvre@gendarmerie.demo',
  'antoine.roux@justice.demo',
  'gaelle.lambert@montargis.demo',
  'bruno.garnier@gien.demo',
  'nadia.fournier@bailleur.demo',
  'thomas.girard@transport.demo',
  'hugo.dupont@securite.demo',
  'emma.bonnet@urssaf.demo',
  'romain.fontaine@ars.demo',
  'ines.caron@douane.demo',
  'luc.mercier@dgfip.demo',
];

const ME = `{ me { email fullName roles organization { name type publicAuthority } rules sessionExpiresAt } }`;

describe('Login and sessions', () => {
  let api: Api;
  let redis: Redis;

  beforeAll(async () => {
    api = await Api.start();
    redis = api.app.get(REDIS);
  });
  afterAll(() => api.stop());

  it.each(PERSONAS)('%s logs in with the demo password and sees who they are', async (email) => {
    const session = await api.as(email);
    const { data, errors } = await session.gql<{
      me: { email: string; organization: { name: string }; rules: unknown[] };
    }>(ME);
    expect(errors).toBeUndefined();
    expect(data?.me.email).toBe(email);
    expect(data?.me.organization.name).toBeTruthy();
    expect(Array.isArray(data?.me.rules)).toBe(true);
  });

  it('sets an HttpOnly, SameSite=Strict session cookie', async () => {
    const response = await api.visitor().post({
      query: 'mutation($e:String!,$p:String!){ login(email:$e, password:$p) { id } }',
      variables: { e: 'nadia.fournier@bailleur.demo', p: DEMO_PASSWORD },
    });
    const cookie = (response.headers['set-cookie'] as unknown as string[]).find((c) =>
      c.startsWith('continuum_session='),
    );
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\//);
  });

  it('answers a wrong password and an unknown e-mail with the same error', async () => {
    const wrong = await api.visitor().login('nadia.fournier@bailleur.demo', 'pas-le-bon-mot-de-passe');
    const unknown = await api.visitor().login('personne@nulle-part.demo', 'pas-le-bon-mot-de-passe');
    expect(codeOf(wrong)).toBe('UNAUTHENTICATED');
    expect(wrong.errors).toEqual(unknown.errors);
    expect(wrong.data).toEqual(unknown.data);
  });

  it('refuses a query without a session', async () => {
    const result = await api.visitor().gql(ME);
    expect(codeOf(result)).toBe('UNAUTHENTICATED');
    expect(result.data).toBeNull();
  });

  it('throttles failed logins per account, whether the account exists or not', async () => {
    for (const email of ['thomas.girard@transport.demo', 'inconnu.throttle@nulle-part.demo']) {
      for (let attempt = 0; attempt < 5; attempt++) {
        expect(codeOf(await api.visitor().login(email, 'mauvais-mot-de-passe'))).toBe('UNAUTHENTICATED');
      }
      const blocked = await api.visitor().login(email, email.startsWith('thomas') ? DEMO_PASSWORD : 'x');
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
      expect(blocked.errors?.[0].message).toMatch(/Trop de tentatives/);
      // Other test files log this persona in: lift the block this test put on it.
      await redis.del(`login-failures:account:${email}`);
    }
  });

  it('throttles failed logins per address', async () => {
    const ip = randomIp();
    for (let attempt = 0; attempt < 30; attempt++) {
      await api.visitor(ip).login(`essai-${attempt}@nulle-part.demo`, 'mauvais-mot-de-passe');
    }
    expect(codeOf(await api.visitor(ip).login('romain.fontaine@ars.demo', DEMO_PASSWORD))).toBe(
      'TOO_MANY_REQUESTS',
    );
    // Another address is not affected.
    expect(codeOf(await api.visitor().login('romain.fontaine@ars.demo', DEMO_PASSWORD))).toBeUndefined();
  });

  it('ends the session on logout', async () => {
    const session = await api.as('julie.lefebvre@gendarmerie.demo');
    const stolenCookie = session.cookie;
    expect((await session.gql('mutation { logout }')).data).toEqual({ logout: true });
    session.cookie = stolenCookie;
    expect(codeOf(await session.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses a session past its idle expiry', async () => {
    const session = await api.as('luc.mercier@dgfip.demo');
    const keys = await sessionKeysOf(redis, 'luc.mercier@dgfip.demo', api);
    await Promise.all(keys.map((key) => redis.pexpire(key, 1)));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(codeOf(await session.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('refuses a session past its 12-hour absolute expiry, even if used recently', async () => {
    const session = await api.as('ines.caron@douane.demo');
    const keys = await sessionKeysOf(redis, 'ines.caron@douane.demo', api);
    const thirteenHoursAgo = Date.now() - 13 * 3600 * 1000;
    await Promise.all(keys.map((key) => redis.hset(key, 'createdAt', String(thirteenHoursAgo))));
    expect(codeOf(await session.gql(ME))).toBe('UNAUTHENTICATED');
  });

  it('reports a session expiry at most 30 minutes ahead', async () => {
    const session = await api.as('emma.bonnet@urssaf.demo');
    const { data } = await session.gql<{ me: { sessionExpiresAt: string } }>(ME);
    const ahead = new Date(data!.me.sessionExpiresAt).getTime() - Date.now();
    expect(ahead).toBeGreaterThan(29 * 60 * 1000);
    expect(ahead).toBeLessThanOrEqual(30 * 60 * 1000);
  });

  it('journals login successes and failures with the address', async () => {
    const ip = randomIp();
    await api.visitor(ip).login('hugo.dupont@securite.demo', 'mauvais-mot-de-passe');
    await api.visitor(ip).login('hugo.dupont@securite.demo', DEMO_PASSWORD);
    const rows: { action: string }[] = await api.dataSource.query(
      `select action from audit_entries where ip = $1 order by id`,
      [ip],
    );
    expect(rows.map((row) => row.action)).toEqual(['auth.login.failed', 'auth.login.succeeded']);
  });
});

/** The Redis keys of a user's sessions (through the per-user index the store keeps). */
async function sessionKeysOf(redis: Redis, email: string, api: Api): Promise<string[]> {
  const [{ id }] = await api.dataSource.query('select id from users where email = $1', [email]);
  const ids = await redis.smembers(`user-sessions:${id}`);
  return ids.map((sessionId) => `session:${sessionId}`);
}
