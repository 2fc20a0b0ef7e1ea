import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { ApiProcess } from './fault-rig';
import { FlowBrowser, OidcProvider, type ProviderAccount } from './oidc-rig';
import { gql, login } from './process-client';

/*
 * Issue #17 — login with ProConnect, the whole flow against a real OpenID provider (oidc-provider
 * in its own process) and API processes started from the build with ProConnect configured:
 * discovery, code + PKCE, state and nonce, the provider's keys, userinfo, logout at the provider.
 * A forged, replayed or foreign callback, a token for another audience and an expired token are
 * refused with their French reason and change nothing. An unknown agent gets an access request
 * that a manager of their organisation approves (two approvals at once: one account).
 */

const suffix = randomBytes(3).toString('hex');
const prefix = `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}proconnect-${suffix}:`;
const databaseUrl = process.env['DATABASE_URL'] ?? 'postgres://postgres@127.0.0.1:5432/continuum_test';
const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379/0';

const MARC = 'marc.petit@orleans.demo';
const PAUL = 'paul.durand@pm-orleans.demo';
const LEA_EMAIL = `lea.nouvel.${suffix}@pm-orleans.demo`;
const ACCOUNTS: Record<string, ProviderAccount> = {
  [`pc-marc-${suffix}`]: { email: MARC, given_name: 'Marc', usual_name: 'Petit', siret: '21450234500015' },
  // Another ProConnect identity bearing Marc's address, once Marc is linked: not him.
  [`pc-marc-bis-${suffix}`]: {
    email: MARC,
    given_name: 'Marc',
    usual_name: 'Petit',
    siret: '21450234500015',
  },
  [`pc-lea-${suffix}`]: {
    email: LEA_EMAIL,
    given_name: 'Léa',
    usual_name: 'Nouvel',
    siret: '21450234500114',
  },
  [`pc-nobody-${suffix}`]: {
    email: `inconnu.${suffix}@exemple.gouv.fr`,
    given_name: 'Jean',
    usual_name: 'Inconnu',
    siret: '11000000000000',
  },
  // The cabinet's coordinator: a second factor is due, unless ProConnect's own counts (amr mfa).
  [`pc-claire-${suffix}`]: {
    email: 'claire.martin@prefecture.demo',
    given_name: 'Claire',
    usual_name: 'Martin',
    amr: ['pwd'],
  },
  [`pc-admin-${suffix}`]: {
    email: 'admin@continuum.demo',
    given_name: 'Alex',
    usual_name: 'Admin',
    amr: ['pwd', 'mfa'],
  },
};

const processes: ApiProcess[] = [];
const providers: OidcProvider[] = [];
let pg: Client;

/** A provider and an API process configured for it (the API's port known first: its redirect URL). */
async function pair(name: string, provider: { clockOffsetSeconds?: number; idTokenAudience?: string } = {}) {
  const [apiPort, providerPort] = [await OidcProvider.freePort(), await OidcProvider.freePort()];
  const apiUrl = `http://127.0.0.1:${apiPort}`;
  const oidc = await OidcProvider.start(providerPort, { apiUrl, accounts: ACCOUNTS, ...provider });
  providers.push(oidc);
  const api = await ApiProcess.start(name, {
    databaseUrl,
    redisUrl,
    redisPrefix: prefix,
    role: 'api',
    port: apiPort,
    env: { ...oidc.apiEnv(), CONTINUUM_PUBLIC_URL: apiUrl, CONTINUUM_REQUIRE_SECOND_FACTOR: 'true' },
  });
  processes.push(api);
  return { api, oidc };
}

let main: { api: ApiProcess; oidc: OidcProvider };

beforeAll(async () => {
  pg = new Client({ connectionString: databaseUrl });
  await pg.connect();
  // Marc's first ProConnect login is the subject of a test: whatever linked him before (another
  // run on this database) is undone.
  await pg.query(`update users set proconnect_subject = null where email = $1`, [MARC]);
  main = await pair('api-proconnect');
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(processes.map((api) => api.stop()));
  await Promise.allSettled(providers.map((provider) => provider.stop()));
  // What the suite added to the run's database, so that the suites after it find the demo.
  await pg?.query(`update users set proconnect_subject = null where proconnect_subject like $1`, [
    `%-${suffix}`,
  ]);
  await pg?.query(`delete from access_requests where subject like $1`, [`%-${suffix}`]);
  await pg?.query(`delete from access_requests where subject like $1`, [`nouvel-agent-%-${suffix}`]);
  await pg?.query(`delete from users where email = $1`, [LEA_EMAIL]);
  await pg?.end();
}, 30_000);

async function journal(action: string, since: Date): Promise<Record<string, unknown>[]> {
  const { rows } = await pg.query(
    `select details from audit_entries where action = $1 and occurred_at >= $2 order by occurred_at, id`,
    [action, since],
  );
  return rows.map((row: { details: Record<string, unknown> }) => row.details);
}

describe('Without ProConnect configured', () => {
  it('shows no button and its routes answer 404', async () => {
    const plain = await ApiProcess.start('api-sans-proconnect', {
      databaseUrl,
      redisUrl,
      redisPrefix: prefix,
      role: 'api',
    });
    processes.push(plain);
    expect((await gql(plain, null, '{ appInfo { proConnect } }')).data).toEqual({
      appInfo: { proConnect: false },
    });
    for (const path of ['connexion', 'retour?code=x&state=y', 'deconnexion'])
      expect((await fetch(`${plain.url}/auth/proconnect/${path}`, { redirect: 'manual' })).status).toBe(404);
    await plain.stop();
  }, 120_000);
});

describe('A known agent signs in with ProConnect', () => {
  let browser: FlowBrowser;
  let callback: string;
  let session: string;

  it('is linked by e-mail at the first login, signed in, and the callback serves once', async () => {
    const since = new Date();
    expect((await gql(main.api, null, '{ appInfo { proConnect } }')).data).toEqual({
      appInfo: { proConnect: true },
    });
    browser = new FlowBrowser();
    callback = await browser.loginAtProvider(main.api.url, `pc-marc-${suffix}`);
    const url = new URL(callback);
    expect(url.searchParams.get('code')).toBeTruthy();
    expect(url.searchParams.get('iss')).toBe(main.oidc.issuer);

    const signedIn = await browser.callback(callback);
    expect(signedIn.location).toBe('/');
    expect(signedIn.session).toBeTruthy();
    session = signedIn.session!;
    const me = await gql(main.api, session, '{ me { email proConnect pendingStep } }');
    expect(me.data).toEqual({ me: { email: MARC, proConnect: true, pendingStep: null } });
    const { rows } = await pg.query(`select proconnect_subject from users where email = $1`, [MARC]);
    expect(rows[0].proconnect_subject).toBe(`pc-marc-${suffix}`);
    expect(await journal('auth.proconnect.linked', since)).toHaveLength(1);
    expect((await journal('auth.login.succeeded', since)).map((d) => d['with'])).toContain('proconnect');

    // The same callback again (a replay, same browser): the login's checks were taken out.
    const replay = await browser.callback(callback);
    expect(replay).toEqual({ location: '/connexion?proconnect=state', session: null });
  });

  it('refuses a forged state, and a callback brought by another browser', async () => {
    const since = new Date();
    const genuine = await browser.loginAtProvider(main.api.url, `pc-marc-${suffix}`);
    const forged = new URL(genuine);
    forged.searchParams.set('state', 'etat-forge-par-un-tiers-0123456789abcdefghijklmn');
    expect(await browser.callback(forged.href)).toEqual({
      location: '/connexion?proconnect=state',
      session: null,
    });
    // Login CSRF: the genuine callback, opened in a browser that did not start this login.
    const other = new FlowBrowser();
    expect(await other.callback(genuine)).toEqual({ location: '/connexion?proconnect=state', session: null });
    // …which used it up: its own browser cannot use it either.
    expect((await browser.callback(genuine)).session).toBeNull();
    expect((await journal('auth.proconnect.refused', since)).map((d) => d['reason'])).toEqual([
      'state',
      'state',
      'state',
    ]);
  });

  it('refuses another identity bearing the address of an account already linked', async () => {
    const other = new FlowBrowser();
    const outcome = await other.callback(await other.loginAtProvider(main.api.url, `pc-marc-bis-${suffix}`));
    expect(outcome).toEqual({ location: '/connexion?proconnect=linked', session: null });
    const { rows } = await pg.query(`select proconnect_subject from users where email = $1`, [MARC]);
    expect(rows[0].proconnect_subject).toBe(`pc-marc-${suffix}`);
  });

  it('logs out here and at the provider', async () => {
    const response = await browser.request(`${main.api.url}/auth/proconnect/deconnexion`);
    expect(response.status).toBe(303);
    const endSession = new URL(response.headers.get('location')!);
    expect(endSession.origin).toBe(main.oidc.issuer);
    expect(endSession.pathname).toBe('/session/end');
    expect(endSession.searchParams.get('id_token_hint')).toBeTruthy();
    const after = await gql(main.api, session, '{ me { email } }');
    expect(after.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    // The provider accepts the hint, asks to confirm, and sends the browser back to Continuum.
    const page = await browser.request(endSession.href);
    const html = await page.text();
    const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
    const xsrf = /name="xsrf" value="([^"]+)"/.exec(html)?.[1];
    expect(action && xsrf).toBeTruthy();
    const confirmed = await browser.request(new URL(action!, endSession).href, {
      method: 'POST',
      form: { xsrf: xsrf!, logout: 'yes' },
    });
    const back = new URL(confirmed.headers.get('location')!);
    expect(`${back.origin}${back.pathname}`).toBe(`${main.api.url}/connexion`);
    expect(back.searchParams.get('deconnexion')).toBe('proconnect');
  });
});

describe('The second factor after ProConnect', () => {
  it('is asked of a coordinator whose provider did not ask one', async () => {
    const browser = new FlowBrowser();
    const signedIn = await browser.callback(
      await browser.loginAtProvider(main.api.url, `pc-claire-${suffix}`),
    );
    expect(signedIn.location).toBe('/connexion/double-authentification?retour=%2F');
    const me = await gql(main.api, signedIn.session, '{ me { pendingStep } }');
    expect(me.data).toEqual({ me: { pendingStep: 'ENROLMENT' } });
    const cases = await gql(main.api, signedIn.session, '{ organizations { id } }');
    expect(cases.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('is counted as given when ProConnect says `mfa`', async () => {
    const browser = new FlowBrowser();
    const signedIn = await browser.callback(
      await browser.loginAtProvider(main.api.url, `pc-admin-${suffix}`),
    );
    expect(signedIn.location).toBe('/');
    const me = await gql(main.api, signedIn.session, '{ me { email pendingStep } }');
    expect(me.data).toEqual({ me: { email: 'admin@continuum.demo', pendingStep: null } });
  });
});

describe('An agent Continuum does not know', () => {
  let requestId: string;

  it('lands on « demande d’accès » with no account and no session', async () => {
    const since = new Date();
    const browser = new FlowBrowser();
    const landed = await browser.callback(await browser.loginAtProvider(main.api.url, `pc-lea-${suffix}`));
    expect(landed.session).toBeNull();
    const location = new URL(landed.location, main.api.url);
    expect(location.pathname).toBe('/connexion/demande-acces');
    expect(location.searchParams.get('etat')).toBe('sent');
    expect(location.searchParams.get('organisation')).toBe('Police municipale d’Orléans');
    expect((await pg.query(`select 1 from users where email = $1`, [LEA_EMAIL])).rowCount).toBe(0);
    expect(await journal('access-request.created', since)).toHaveLength(1);

    // Again: the same request, still pending.
    const again = await browser.callback(await browser.loginAtProvider(main.api.url, `pc-lea-${suffix}`));
    expect(new URL(again.location, main.api.url).searchParams.get('etat')).toBe('pending');
    const { rows } = await pg.query(`select id, status from access_requests where subject = $1`, [
      `pc-lea-${suffix}`,
    ]);
    expect(rows).toEqual([{ id: expect.any(String), status: 'PENDING' }]);
    requestId = rows[0].id;
  });

  it('whose SIRET names no organisation is told so, and nothing is recorded', async () => {
    const browser = new FlowBrowser();
    const landed = await browser.callback(await browser.loginAtProvider(main.api.url, `pc-nobody-${suffix}`));
    expect(new URL(landed.location, main.api.url).searchParams.get('etat')).toBe('no-organization');
    const { rowCount } = await pg.query(`select 1 from access_requests where subject = $1`, [
      `pc-nobody-${suffix}`,
    ]);
    expect(rowCount).toBe(0);
  });

  it('is seen by the managers of that organisation only', async () => {
    const query = '{ accessRequests { id email organizationName status } }';
    const paul = await gql<{ accessRequests: { id: string }[] }>(
      main.api,
      await login(main.api, PAUL),
      query,
    );
    expect(paul.data?.accessRequests).toContainEqual({
      id: requestId,
      email: LEA_EMAIL,
      organizationName: 'Police municipale d’Orléans',
      status: 'PENDING',
    });
    // A manager of another organisation, an agent: nothing.
    for (const email of ['laurent.moreau@police.demo', MARC]) {
      const other = await gql<{ accessRequests: { id: string }[] }>(
        main.api,
        await login(main.api, email),
        query,
      );
      expect(other.data?.accessRequests).toEqual([]);
    }
    const laurent = await gql(main.api, await login(main.api, 'laurent.moreau@police.demo'), APPROVE, {
      id: requestId,
    });
    expect(laurent.errors?.[0]?.extensions?.['code']).toBe('NOT_FOUND');
    const marc = await gql(main.api, await login(main.api, MARC), APPROVE, { id: requestId });
    expect(marc.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('is approved once when two approvals come at the same moment, then signs in as an agent', async () => {
    const since = new Date();
    const [first, second] = [await login(main.api, PAUL), await login(main.api, PAUL)];
    const results = await Promise.all(
      [first, second].map((c) => gql(main.api, c, APPROVE, { id: requestId })),
    );
    const codes = results.map((r) => r.errors?.[0]?.extensions?.['code'] ?? 'OK').sort();
    expect(codes).toEqual(['CONFLICT', 'OK']);
    expect(results.find((r) => r.errors)?.errors?.[0]?.message).toBe(
      'Cette demande d’accès a déjà été approuvée.',
    );
    const { rows } = await pg.query(
      `select roles, proconnect_subject, full_name from users where email = $1`,
      [LEA_EMAIL],
    );
    expect(rows).toEqual([
      { roles: '{agent}', proconnect_subject: `pc-lea-${suffix}`, full_name: 'Léa Nouvel' },
    ]);
    expect(await journal('access-request.approved', since)).toHaveLength(1);

    const browser = new FlowBrowser();
    const signedIn = await browser.callback(await browser.loginAtProvider(main.api.url, `pc-lea-${suffix}`));
    expect(signedIn.location).toBe('/');
    const me = await gql(main.api, signedIn.session, '{ me { email roles organization { name } } }');
    expect(me.data).toEqual({
      me: { email: LEA_EMAIL, roles: ['AGENT'], organization: { name: 'Police municipale d’Orléans' } },
    });
  });
});

const APPROVE = 'mutation($id: ID!) { approveAccessRequest(id: $id) { id status } }';
const REFUSE =
  'mutation($id: ID!, $reason: String) { refuseAccessRequest(id: $id, reason: $reason) { id status } }';

describe('An access request refused', () => {
  it('needs a motive of reasonable length, is journaled, and the agent is told it was refused', async () => {
    const subject = `nouvel-agent-refuse-${suffix}`;
    const browser = new FlowBrowser();
    await browser.callback(await browser.loginAtProvider(main.api.url, subject));
    const { rows } = await pg.query(`select id from access_requests where subject = $1`, [subject]);
    const paul = await login(main.api, PAUL);

    const tooLong = await gql(main.api, paul, REFUSE, { id: rows[0].id, reason: 'x'.repeat(1001) });
    expect(tooLong.errors?.[0]?.message).toBe('Le motif du refus est limité à 1 000 caractères.');
    expect((await pg.query(`select status from access_requests where id = $1`, [rows[0].id])).rows).toEqual([
      { status: 'PENDING' },
    ]);

    const since = new Date();
    const refused = await gql(main.api, paul, REFUSE, { id: rows[0].id, reason: 'Inconnue du service.' });
    expect(refused.data).toEqual({ refuseAccessRequest: { id: rows[0].id, status: 'REFUSED' } });
    expect(await journal('access-request.refused', since)).toHaveLength(1);
    // Approving it afterwards is refused: it was decided.
    const late = await gql(main.api, paul, APPROVE, { id: rows[0].id });
    expect(late.errors?.[0]?.message).toBe('Cette demande d’accès a déjà été refusée.');

    const again = await browser.callback(await browser.loginAtProvider(main.api.url, subject));
    expect(again.session).toBeNull();
    expect(new URL(again.location, main.api.url).searchParams.get('etat')).toBe('refused');
    expect(
      (await pg.query(`select 1 from users where email = $1`, [`refuse-${suffix}@pm-orleans.demo`])).rowCount,
    ).toBe(0);
  });
});

describe('A provider’s token Continuum must not accept', () => {
  async function refusedWith(provider: { clockOffsetSeconds?: number; idTokenAudience?: string }) {
    const { api } = await pair('api-proconnect-hostile', provider);
    const since = new Date();
    const before = await pg.query(`select last_login_at from users where email = $1`, [MARC]);
    const browser = new FlowBrowser();
    const outcome = await browser.callback(await browser.loginAtProvider(api.url, `pc-marc-${suffix}`));
    const after = await pg.query(`select last_login_at from users where email = $1`, [MARC]);
    expect(after.rows).toEqual(before.rows);
    await api.stop();
    return { outcome, journal: await journal('auth.proconnect.refused', since) };
  }

  it('refuses an ID token issued for another audience', async () => {
    const { outcome, journal: entries } = await refusedWith({ idTokenAudience: 'un-autre-service' });
    expect(outcome).toEqual({ location: '/connexion?proconnect=audience', session: null });
    expect(entries.map((d) => d['reason'])).toEqual(['audience']);
  }, 120_000);

  it('refuses an expired ID token (a provider whose clock is two hours behind)', async () => {
    const { outcome, journal: entries } = await refusedWith({ clockOffsetSeconds: -7200 });
    expect(outcome).toEqual({ location: '/connexion?proconnect=expired', session: null });
    expect(entries.map((d) => d['reason'])).toEqual(['expired']);
  }, 120_000);
});
