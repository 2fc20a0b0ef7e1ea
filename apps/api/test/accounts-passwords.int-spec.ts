import { aLocalAccount, lastLinkToken, SET_PASSWORD, STRONG_PASSWORD } from './account-links';
import { Api, codeOf, DEMO_PASSWORD, ok } from './api-harness';

const CHANGE = `mutation($current: String!, $next: String!) { changePassword(currentPassword: $current, newPassword: $next) }`;
const RESET = `mutation($email: String!) { requestPasswordReset(email: $email) }`;

describe('A person’s own password', () => {
  let api: Api;

  beforeAll(async () => {
    api = await Api.start();
  });
  afterAll(() => api.stop());

  const hashOf = async (id: string) =>
    (await api.dataSource.query(`select password_hash from users where id = $1`, [id]))[0]
      .password_hash as string;

  describe('changed from « Mon compte »', () => {
    it('refuses a wrong current password in French, and changes nothing', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      const session = api.visitor();
      ok(await session.login(account.email, account.password));
      const before = await hashOf(account.id);
      const result = await session.gql(CHANGE, {
        current: 'pas le bon mot de passe',
        next: 'tournesol quinze brouette',
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors?.[0]).toMatchObject({
        message: 'Le mot de passe actuel est incorrect.',
        extensions: { field: 'currentPassword' },
      });
      expect(await hashOf(account.id)).toBe(before);
    });

    it.each([
      ['too short', 'court', /au moins 12 caractères/],
      ['common', 'motdepasse123', /trop courant ou trop facile à deviner/],
      ['keyboard-walk', 'azertyuiop123', /trop courant/],
    ])(
      'refuses a %s new password with a French message, and changes nothing',
      async (_what, next, message) => {
        const account = await aLocalAccount(api, { roles: ['agent'] });
        const session = api.visitor();
        ok(await session.login(account.email, account.password));
        const before = await hashOf(account.id);
        const result = await session.gql(CHANGE, { current: account.password, next });
        expect(codeOf(result)).toBe('BAD_USER_INPUT');
        expect(result.errors?.[0].extensions?.field).toBe('newPassword');
        expect(result.errors?.[0].message).toMatch(message);
        expect(await hashOf(account.id)).toBe(before);
      },
    );

    it('takes the new password, keeps this session and ends the others, journaled', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      const here = api.visitor();
      const elsewhere = api.visitor();
      ok(await here.login(account.email, account.password));
      ok(await elsewhere.login(account.email, account.password));
      ok(await here.gql(CHANGE, { current: account.password, next: 'tournesol quinze brouette' }));
      expect(codeOf(await elsewhere.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
      expect((await here.gql('{ me { id } }')).errors).toBeUndefined();
      expect(codeOf(await api.visitor().login(account.email, account.password))).toBe('UNAUTHENTICATED');
      ok(await api.visitor().login(account.email, 'tournesol quinze brouette'));
      const [entry] = await api.dataSource.query(
        `select actor_user_id from audit_entries where action = 'auth.password.changed' and subject_id = $1`,
        [account.id],
      );
      expect(entry.actor_user_id).toBe(account.id);
    });

    it('still opens a demo account with its seeded password (the policy applies when a password is set)', async () => {
      expect((await api.visitor().login('marc.petit@orleans.demo', DEMO_PASSWORD)).errors).toBeUndefined();
    });

    it('counts wrong current passwords as failed logins: the sixth attempt is throttled', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      const session = api.visitor();
      ok(await session.login(account.email, account.password));
      for (let i = 0; i < 5; i++)
        expect(
          codeOf(await session.gql(CHANGE, { current: `faux ${i}`, next: 'tournesol quinze brouette' })),
        ).toBe('BAD_USER_INPUT');
      const blocked = await session.gql(CHANGE, {
        current: account.password,
        next: 'tournesol quinze brouette',
      });
      expect(codeOf(blocked)).toBe('TOO_MANY_REQUESTS');
    });
  });

  describe('« mot de passe oublié »', () => {
    it('answers the same, in about the same time, whether the address has an account or not', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      const timed = async (email: string) => {
        const started = process.hrtime.bigint();
        const result = await api.visitor().gql(RESET, { email });
        return { result, ms: Number(process.hrtime.bigint() - started) / 1e6 };
      };
      const known = [await timed(account.email), await timed(account.email)];
      const unknown = [
        await timed('personne.inconnue@nulle-part.demo'),
        await timed('autre.inconnu@nulle-part.demo'),
      ];
      for (const { result } of [...known, ...unknown])
        expect(result).toEqual({ data: { requestPasswordReset: true } });
      const fastest = (runs: { ms: number }[]) => Math.min(...runs.map((run) => run.ms));
      expect(Math.abs(fastest(known) - fastest(unknown))).toBeLessThan(100);
      expect(fastest(unknown)).toBeGreaterThanOrEqual(395);
    });

    it('stores only the hash of the link’s token, which opens a password choice once', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      const signedIn = api.visitor();
      ok(await signedIn.login(account.email, account.password));
      ok(await api.visitor().gql(RESET, { email: account.email }));
      const token = await lastLinkToken(api, account.email, 'account.password-reset');
      const stored = await api.dataSource.query(
        `select token_hash, round(extract(epoch from expires_at - created_at) / 60)::int as minutes from password_tokens where user_id = $1`,
        [account.id],
      );
      expect(stored).toHaveLength(1);
      expect(stored[0].token_hash).not.toContain(token);
      expect(stored[0].minutes).toBe(30);

      const used = await api.visitor().gql(SET_PASSWORD, { token, password: 'tournesol quinze brouette' });
      expect(used).toEqual({ data: { setPasswordWithToken: account.email } });
      expect(codeOf(await signedIn.gql('{ me { id } }'))).toBe('UNAUTHENTICATED');
      ok(await api.visitor().login(account.email, 'tournesol quinze brouette'));

      const before = await hashOf(account.id);
      const again = await api
        .visitor()
        .gql(SET_PASSWORD, { token, password: 'une autre phrase bien longue' });
      expect(codeOf(again)).toBe('BAD_USER_INPUT');
      expect(again.errors?.[0].message).toMatch(/Ce lien a déjà servi/);
      expect(await hashOf(account.id)).toBe(before);
    });

    it('refuses an expired link in French, and changes nothing', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      ok(await api.visitor().gql(RESET, { email: account.email }));
      const token = await lastLinkToken(api, account.email, 'account.password-reset');
      await api.dataSource.query(
        `update password_tokens set expires_at = now() - interval '1 minute' where user_id = $1`,
        [account.id],
      );
      const before = await hashOf(account.id);
      const result = await api.visitor().gql(SET_PASSWORD, { token, password: 'tournesol quinze brouette' });
      expect(result.errors?.[0]).toMatchObject({
        message:
          'Ce lien a expiré : il n’est valable que 30 minutes. Demandez-en un nouveau depuis la page de connexion.',
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      });
      expect(await hashOf(account.id)).toBe(before);
      ok(await api.visitor().login(account.email, account.password));
    });

    it('refuses a weak password without spending the link', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      ok(await api.visitor().gql(RESET, { email: account.email }));
      const token = await lastLinkToken(api, account.email, 'account.password-reset');
      const weak = await api.visitor().gql(SET_PASSWORD, { token, password: 'motdepasse123' });
      expect(weak.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'password' } });
      expect(weak.errors?.[0].message).toMatch(/trop courant/);
      ok(await api.visitor().gql(SET_PASSWORD, { token, password: STRONG_PASSWORD + ' bis' }));
    });

    it('lets one of two simultaneous uses of a link win', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      ok(await api.visitor().gql(RESET, { email: account.email }));
      const token = await lastLinkToken(api, account.email, 'account.password-reset');
      const results = await Promise.all(
        ['première phrase de passe longue', 'seconde phrase de passe longue'].map((password) =>
          api.visitor().gql(SET_PASSWORD, { token, password }),
        ),
      );
      expect(results.filter((result) => !result.errors)).toHaveLength(1);
      expect(results.filter((result) => codeOf(result) === 'BAD_USER_INPUT')).toHaveLength(1);
    });

    it('supersedes an earlier link when a new one is asked', async () => {
      const account = await aLocalAccount(api, { roles: ['agent'] });
      ok(await api.visitor().gql(RESET, { email: account.email }));
      const first = await lastLinkToken(api, account.email, 'account.password-reset');
      ok(await api.visitor().gql(RESET, { email: account.email }));
      const result = await api
        .visitor()
        .gql(SET_PASSWORD, { token: first, password: 'tournesol quinze brouette' });
      expect(result.errors?.[0].message).toMatch(/Ce lien a déjà servi/);
    });

    it('refuses an unknown token', async () => {
      const result = await api
        .visitor()
        .gql(SET_PASSWORD, { token: 'x'.repeat(43), password: STRONG_PASSWORD });
      expect(result.errors?.[0]).toMatchObject({
        message: 'Ce lien n’est pas valide. Demandez un nouveau lien depuis la page de connexion.',
        extensions: { code: 'BAD_USER_INPUT', field: 'token' },
      });
    });

    it('throttles requests per address typed: the sixth within the window is refused', async () => {
      const email = `inconnu.${Date.now()}@nulle-part.demo`;
      for (let i = 0; i < 5; i++) ok(await api.visitor().gql(RESET, { email }));
      const refused = await api.visitor().gql(RESET, { email });
      expect(codeOf(refused)).toBe('TOO_MANY_REQUESTS');
      expect(refused.errors?.[0].message).toBe(
        'Trop de demandes. Patientez quelques minutes avant de réessayer.',
      );
    });
  });
});
