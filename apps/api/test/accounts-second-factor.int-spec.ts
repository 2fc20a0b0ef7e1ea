import { generateSync } from 'otplib';
import request from 'supertest';
import { aLocalAccount } from './account-links';
import { Api, codeOf, ok, Session } from './api-harness';

const ME = `{ me { email pendingStep roles } }`;
const START = `mutation { startSecondFactorEnrolment { secret otpauthUri } }`;
const CONFIRM = `mutation($code: String!) { confirmSecondFactorEnrolment(code: $code) { codes } }`;
const VERIFY = `mutation($code: String!) { verifySecondFactor(code: $code) { email pendingStep } }`;
const STATUS = `{ mySecondFactor { enabled required recoveryCodesLeft } }`;

/** The code an authenticator application shows `offset` steps of 30 s from now. */
const codeAt = (secret: string, offset = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

describe('The second factor (TOTP and recovery codes) where the platform requires it', () => {
  let api: Api;

  beforeAll(async () => {
    api = await Api.start({ requireSecondFactor: true });
  });
  afterAll(() => api.stop());

  /** A coordinator who signed in, went through enrolment and holds the secret and recovery codes. */
  async function enrolled(): Promise<{
    email: string;
    password: string;
    secret: string;
    codes: string[];
    enrolmentCode: string;
  }> {
    const account = await aLocalAccount(api, {
      roles: ['coordinator'],
      organization: 'Préfecture du Loiret — cabinet',
    });
    const session = api.visitor();
    ok(await session.login(account.email, account.password));
    const { secret } = ok(
      await session.gql<{ startSecondFactorEnrolment: { secret: string } }>(START),
    ).startSecondFactorEnrolment;
    // Kept: the code typed at enrolment has served (recomputing it could cross a 30 s step).
    const enrolmentCode = codeAt(secret);
    const { codes } = ok(
      await session.gql<{ confirmSecondFactorEnrolment: { codes: string[] } }>(CONFIRM, {
        code: enrolmentCode,
      }),
    ).confirmSecondFactorEnrolment;
    return { ...account, secret, codes, enrolmentCode };
  }

  it('leads a DPO without one to enrolment too: she reads every person’s data through subject access', async () => {
    const account = await aLocalAccount(api, {
      roles: ['dpo'],
      organization: 'Préfecture du Loiret — cabinet',
    });
    const session = api.visitor();
    expect((await session.login(account.email, account.password)).errors).toBeUndefined();
    expect(ok(await session.gql(ME))).toEqual({
      me: { email: account.email, pendingStep: 'ENROLMENT', roles: ['DPO'] },
    });
    const search = await session.gql(`{ subjectAccessSearch(terms: { fullName: "Dupont" }) { truncated } }`);
    expect(codeOf(search)).toBe('FORBIDDEN');
  });

  it('leads a coordinator without one to enrolment before anything else', async () => {
    const account = await aLocalAccount(api, {
      roles: ['coordinator'],
      organization: 'Préfecture du Loiret — cabinet',
    });
    const session = api.visitor();
    const login = await session.login(account.email, account.password);
    expect(login.errors).toBeUndefined();
    expect(ok(await session.gql(ME))).toEqual({
      me: { email: account.email, pendingStep: 'ENROLMENT', roles: ['COORDINATOR'] },
    });
    const cases = await session.gql(`{ cases(first: 1) { totalCount } }`);
    expect(codeOf(cases)).toBe('FORBIDDEN');
    expect(cases.errors?.[0].message).toMatch(/configurez d’abord la double authentification/);
    expect(codeOf(await session.gql(`{ users { id } }`))).toBe('FORBIDDEN');
    expect(ok(await session.gql(STATUS))).toEqual({
      mySecondFactor: { enabled: false, required: true, recoveryCodesLeft: 0 },
    });

    const { startSecondFactorEnrolment: key } = ok(
      await session.gql<{ startSecondFactorEnrolment: { secret: string; otpauthUri: string } }>(START),
    );
    expect(key.otpauthUri).toBe(
      `otpauth://totp/Continuum:${encodeURIComponent(account.email)}?secret=${key.secret}&issuer=Continuum`,
    );
    const wrong = await session.gql(CONFIRM, { code: '000000' === codeAt(key.secret) ? '111111' : '000000' });
    expect(wrong.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'code' } });
    const cookieBefore = session.cookie;
    const { codes } = ok(
      await session.gql<{ confirmSecondFactorEnrolment: { codes: string[] } }>(CONFIRM, {
        code: codeAt(key.secret),
      }),
    ).confirmSecondFactorEnrolment;
    expect(codes).toHaveLength(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    // A new session under a new cookie: the token seen before the second factor opens nothing.
    expect(session.cookie).not.toBe(cookieBefore);
    expect(ok(await session.gql(ME))).toMatchObject({ me: { pendingStep: null } });
    expect((await session.gql(`{ cases(first: 1) { totalCount } }`)).errors).toBeUndefined();
    const stale = api.visitor();
    stale.cookie = cookieBefore;
    expect(codeOf(await stale.gql(ME))).toBe('UNAUTHENTICATED');
    const stored = await api.dataSource.query(
      `select code_hash from user_recovery_codes where user_id = (select id from users where email = $1)`,
      [account.email],
    );
    expect(stored).toHaveLength(10);
    expect(stored.map((row: { code_hash: string }) => row.code_hash)).not.toContain(codes[0]);
  });

  it('asks an enrolled user for a code at login, and refuses a code that has served', async () => {
    const account = await enrolled();
    const session = api.visitor();
    ok(await session.login(account.email, account.password));
    expect(ok(await session.gql(ME))).toMatchObject({ me: { pendingStep: 'CODE' } });
    // The code that confirmed the enrolment, still on screen: it has served.
    const reused = await session.gql(VERIFY, { code: account.enrolmentCode });
    expect(reused.errors?.[0]).toMatchObject({
      message:
        'Ce code a déjà servi : attendez le suivant, votre application en affiche un nouveau toutes les 30 secondes.',
      extensions: { code: 'BAD_USER_INPUT', field: 'code' },
    });
    expect(ok(await session.gql(ME))).toMatchObject({ me: { pendingStep: 'CODE' } });
    const next = codeAt(account.secret, 1);
    expect(ok(await session.gql(VERIFY, { code: next }))).toEqual({
      verifySecondFactor: { email: account.email, pendingStep: null },
    });
    expect((await session.gql(`{ cases(first: 1) { totalCount } }`)).errors).toBeUndefined();
    // The same code a moment later, from another login: refused.
    const other = api.visitor();
    ok(await other.login(account.email, account.password));
    expect((await other.gql(VERIFY, { code: next })).errors?.[0].message).toMatch(/déjà servi/);
  });

  it('lets one of two simultaneous uses of the same code win', async () => {
    const account = await enrolled();
    const [a, b] = [api.visitor(), api.visitor()];
    ok(await a.login(account.email, account.password));
    ok(await b.login(account.email, account.password));
    const code = codeAt(account.secret, 1);
    const results = await Promise.all([a.gql(VERIFY, { code }), b.gql(VERIFY, { code })]);
    expect(results.filter((result) => !result.errors)).toHaveLength(1);
    expect(results.filter((result) => result.errors?.[0].message.match(/déjà servi/))).toHaveLength(1);
  });

  it('accepts a recovery code once', async () => {
    const account = await enrolled();
    const first = api.visitor();
    ok(await first.login(account.email, account.password));
    ok(await first.gql(VERIFY, { code: account.codes[3].toUpperCase() }));
    const second = api.visitor();
    ok(await second.login(account.email, account.password));
    expect(codeOf(await second.gql(VERIFY, { code: account.codes[3] }))).toBe('BAD_USER_INPUT');
    expect(ok(await first.gql(STATUS))).toEqual({
      mySecondFactor: { enabled: true, required: true, recoveryCodesLeft: 9 },
    });
  });

  it('throttles wrong codes: after five, even the right one waits', async () => {
    const account = await enrolled();
    const session: Session = api.visitor();
    ok(await session.login(account.email, account.password));
    for (let i = 0; i < 5; i++)
      expect(codeOf(await session.gql(VERIFY, { code: `99999${i}` }))).toBe('BAD_USER_INPUT');
    const blocked = await session.gql(VERIFY, { code: codeAt(account.secret, 1) });
    expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    expect(blocked.errors?.[0].message).toBe(
      'Trop de codes incorrects. Patientez quelques minutes avant de réessayer.',
    );
    const journaled = await api.dataSource.query(
      `select count(*)::int as n from audit_entries where action = 'auth.second-factor.failed'
          and subject_id = (select id::text from users where email = $1)`,
      [account.email],
    );
    expect(journaled[0].n).toBe(5);
  });

  it('opens nothing outside GraphQL either while the factor is due (the queues board)', async () => {
    const admin = await aLocalAccount(api, { roles: ['admin'] });
    const session = api.visitor();
    ok(await session.login(admin.email, admin.password));
    expect(ok(await session.gql(ME))).toMatchObject({ me: { pendingStep: 'ENROLMENT' } });
    const board = await request(api.app.getHttpServer()).get('/admin/queues').set('cookie', session.cookie!);
    expect(board.status).toBe(401);
  });

  it('lets an agent sign in with the password alone', async () => {
    const account = await aLocalAccount(api, { roles: ['agent'] });
    const session = api.visitor();
    ok(await session.login(account.email, account.password));
    expect(ok(await session.gql(ME))).toMatchObject({ me: { pendingStep: null } });
  });
});
