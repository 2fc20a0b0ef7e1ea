import { SmtpCatcher } from '@continuum/server/mail/testing';
import { aLocalAccount, SET_PASSWORD, STRONG_PASSWORD, tokenIn } from './account-links';
import { Api, codeOf, ok, unique } from './api-harness';

/** Invitations and reset links, mailed through the outbox and the mail worker to a real SMTP server. */
describe('Account mails through the outbox', () => {
  let api: Api;
  let catcher: SmtpCatcher;

  beforeAll(async () => {
    catcher = await SmtpCatcher.start();
    api = await Api.start({
      // Its own queues, so that another suite's worker never takes these mails.
      redisPrefix: `${process.env['CONTINUUM_REDIS_PREFIX'] ?? 'continuum-test:'}accounts-${unique()}:`,
      role: 'all',
      publicUrl: 'https://continuum.loiret.test',
      mail: {
        smtpUrl: `smtp://127.0.0.1:${catcher.port}`,
        from: 'Continuum <ne-pas-repondre@continuum.test>',
        retryBaseMs: 300,
        batchSize: 50,
      },
    });
  });
  afterAll(async () => {
    await api?.stop();
    await catcher?.stop();
  });

  it('invites a new person, who sets their own password from the mailed link and signs in', async () => {
    const admin = await api.as('admin@continuum.demo');
    const email = `camille.${unique()}@gien.demo`;
    const [{ id: gien }] = await api.dataSource.query(
      `select id from organizations where name = 'Mairie de Gien'`,
    );
    ok(
      await admin.gql(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email, fullName: 'Camille Essai', organizationId: gien, roles: ['AGENT'] },
      }),
    );
    const mail = await catcher.waitFor((caught) => caught.envelopeTo.includes(email), 10_000);
    expect(mail.subject).toBe('Continuum — votre compte vous attend');
    expect(mail.text).toContain(
      'Alex Admin (Préfecture du Loiret — SIDSIC) vous a ouvert un compte sur Continuum',
    );
    expect(mail.text).toContain('valable 7 jours');
    expect(mail.text).toMatch(
      /https:\/\/continuum\.loiret\.test\/connexion\/nouveau-mot-de-passe#[A-Za-z0-9_-]{43}/,
    );
    expect(mail.html).toContain('<a href="https://continuum.loiret.test/connexion/nouveau-mot-de-passe#');

    const token = tokenIn(mail.text);
    expect(ok(await api.visitor().gql(SET_PASSWORD, { token, password: STRONG_PASSWORD }))).toEqual({
      setPasswordWithToken: email,
    });
    ok(await api.visitor().login(email, STRONG_PASSWORD));
    expect(
      codeOf(await api.visitor().gql(SET_PASSWORD, { token, password: 'une autre phrase longue' })),
    ).toBe('BAD_USER_INPUT');
  });

  it('mails a reset link to a known address only, and the link sets the password once', async () => {
    const account = await aLocalAccount(api, { roles: ['agent'] });
    const request = `mutation($email: String!) { requestPasswordReset(email: $email) }`;
    const unknown = `personne.${unique()}@nulle-part.demo`;
    ok(await api.visitor().gql(request, { email: unknown }));
    ok(await api.visitor().gql(request, { email: account.email.toUpperCase() }));
    const mail = await catcher.waitFor((caught) => caught.envelopeTo.includes(account.email), 10_000);
    expect(mail.subject).toBe('Continuum — choisir un nouveau mot de passe');
    expect(mail.text).toContain('valable 30 minutes et pour une seule utilisation');
    expect(mail.text).toContain('Si vous n’avez rien demandé, ignorez ce courriel');
    ok(
      await api
        .visitor()
        .gql(SET_PASSWORD, { token: tokenIn(mail.text), password: 'tournesol quinze brouette' }),
    );
    ok(await api.visitor().login(account.email, 'tournesol quinze brouette'));
    // Given the time to arrive, nothing went to the unknown address.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(catcher.to(unknown)).toEqual([]);
  });
});
