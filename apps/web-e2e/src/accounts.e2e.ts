import { type CaughtMail, SmtpCatcher } from '@continuum/server/mail/testing';
import { generateSync } from 'otplib';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot, submitLogin } from './support/browser';

const ADMIN = 'admin@continuum.demo';
const SECOND_ADMIN = 'jeanne.riviere@prefecture.demo';
const FIRST_PASSWORD = 'girafe orageuse sous le préau';
const SECOND_PASSWORD = 'tournesol quinze brouette verte';
const THIRD_PASSWORD = 'hérisson lunaire dans la grange';

/** The link a mail carries, as a path of the running Continuum (the mail names its public URL). */
function linkIn(mail: CaughtMail): string {
  const url = /https?:\/\/\S+\/connexion\/nouveau-mot-de-passe#[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  if (!url) throw new Error(`Pas de lien dans « ${mail.subject} » : ${mail.text}`);
  return url.replace(/^https?:\/\/[^/]+/, '');
}

/** The code an authenticator application shows `offset` periods of 30 s from now. */
const codeAt = (secret: string, offset = 0) =>
  generateSync({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

/**
 * Camille is invited by Alex Admin, chooses her password from the mail, changes it from « Mon
 * compte », forgets it and sets a new one through the mailed link, enrols a second factor and signs
 * in with it. Alex asks the coordinator role for her; it waits until Jeanne, a second administrator,
 * approves.
 */
describe('Local accounts people can trust', () => {
  const stamp = Date.now().toString(36);
  const email = `camille.comptes.${stamp}@prefecture.demo`;
  const fullName = `Camille Comptes ${stamp}`;
  let browser: Browser;
  let catcher: SmtpCatcher;
  let context: BrowserContext;
  let page: Page;
  let secret = '';
  /** The code typed at enrolment: it has served. */
  let enrolmentCode = '';

  beforeAll(async () => {
    const port = Number(process.env['E2E_SMTP_PORT']);
    if (!port) throw new Error('E2E_SMTP_PORT manquant : le port où l’API envoie ses courriels.');
    catcher = await SmtpCatcher.start({ port });
    browser = await launchBrowser();
    ({ context, page } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await catcher?.stop();
  });

  it('Alex invites Camille without choosing a password for her', async () => {
    await login(page, ADMIN);
    await page.goto('/administration/comptes/nouveau');
    await page.getByLabel('Nom complet').fill(fullName);
    await page.locator('#user-email').fill(email);
    await page.locator('#user-organizationId').selectOption({ label: 'Préfecture du Loiret — cabinet' });
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.waitForURL('**/administration/comptes');
    expect(await page.getByTestId('flash').innerText()).toContain(
      'une invitation à choisir son mot de passe',
    );
    await page.getByTestId('current-user').click();
    await page.waitForURL('**/mon-compte');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');
  });

  it('Camille opens the invitation, is refused a weak password, chooses hers and signs in', async () => {
    const mail = await catcher.waitFor((m) => m.envelopeTo.includes(email), 15_000);
    expect(mail.subject).toBe('Continuum — votre compte vous attend');
    await page.goto(linkIn(mail));
    await page.getByRole('heading', { name: 'Choisir votre mot de passe' }).waitFor();
    await page.locator('#new-password').fill('motdepasse123');
    await page.locator('#new-password-confirmation').fill('motdepasse123');
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByText(/trop courant ou trop facile à deviner/).waitFor();
    await screenshot(page, '60-invitation-mot-de-passe-refuse');
    await page.locator('#new-password').fill(FIRST_PASSWORD);
    await page.locator('#new-password-confirmation').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.waitForURL('**/connexion?**');
    await page.getByTestId('password-set').waitFor();
    expect(await page.getByLabel('Adresse électronique').inputValue()).toBe(email);
    await screenshot(page, '61-mot-de-passe-enregistre');
    await page.locator('#login-password-input').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.waitForURL('**/mes-dossiers');
  });

  it('Camille changes her password from « Mon compte », after a wrong current one is refused', async () => {
    await page.getByTestId('current-user').click();
    await page.getByRole('heading', { name: 'Mon compte', level: 1 }).waitFor();
    await page.locator('#current-password').fill('pas le bon mot de passe');
    await page.locator('#changed-password').fill(SECOND_PASSWORD);
    await page.locator('#changed-password-confirmation').fill(SECOND_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page
      .getByTestId('error-current-password')
      .filter({ hasText: 'Le mot de passe actuel est incorrect.' })
      .waitFor();
    await screenshot(page, '62-mon-compte-mot-de-passe-actuel-faux');
    await page.locator('#current-password').fill(FIRST_PASSWORD);
    await page.getByRole('button', { name: 'Changer le mot de passe' }).click();
    await page.getByTestId('password-changed').waitFor();
    await screenshot(page, '63-mon-compte-mot-de-passe-change');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');
  });

  it('Camille forgets it, receives a link, and the link serves once', async () => {
    await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
    await page.waitForURL('**/connexion/mot-de-passe-oublie');
    await page.getByLabel('Adresse électronique').fill(email);
    catcher.clear();
    await page.getByRole('button', { name: 'Recevoir un lien' }).click();
    await page.getByTestId('reset-sent').waitFor();
    await screenshot(page, '64-mot-de-passe-oublie-demande');
    const mail = await catcher.waitFor((m) => m.envelopeTo.includes(email), 15_000);
    expect(mail.subject).toBe('Continuum — choisir un nouveau mot de passe');
    const link = linkIn(mail);
    await page.goto(link);
    await page.locator('#new-password').fill(THIRD_PASSWORD);
    await page.locator('#new-password-confirmation').fill(THIRD_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByTestId('password-set').waitFor();
    await submitLogin(page, email, THIRD_PASSWORD);
    await page.waitForURL('**/mes-dossiers');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');

    // The same link again: refused, in French, with a way to ask another.
    await page.goto(link);
    await page.locator('#new-password').fill(SECOND_PASSWORD);
    await page.locator('#new-password-confirmation').fill(SECOND_PASSWORD);
    await page.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
    await page.getByTestId('problem').filter({ hasText: 'Ce lien a déjà servi' }).waitFor();
    await page.getByRole('link', { name: 'Recevoir un nouveau lien' }).waitFor();
    await screenshot(page, '65-lien-deja-utilise');
  });

  it('Camille enrols a second factor from « Mon compte »', async () => {
    await login(page, email, THIRD_PASSWORD);
    await page.goto('/mon-compte');
    await page.getByRole('button', { name: 'Configurer la double authentification' }).click();
    const shown = page.getByTestId('totp-secret');
    await shown.waitFor();
    secret = (await shown.innerText()).replace(/\s+/g, '');
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    await screenshot(page, '66-double-authentification-cle');
    enrolmentCode = codeAt(secret);
    await page.getByLabel('Code à 6 chiffres').fill(enrolmentCode);
    await page.getByRole('button', { name: 'Activer la double authentification' }).click();
    const codes = page.getByTestId('recovery-codes').locator('li');
    await codes.first().waitFor();
    expect(await codes.count()).toBe(10);
    await screenshot(page, '67-double-authentification-codes-de-secours');
    await page.getByRole('button', { name: 'J’ai conservé mes codes' }).click();
    await page.getByTestId('second-factor-enabled').waitFor();
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');
  });

  it('Camille signs in with her code; a code that has served is refused', async () => {
    await page.goto('/connexion');
    await submitLogin(page, email, THIRD_PASSWORD);
    await page.waitForURL('**/connexion/code**');
    await page.getByRole('heading', { name: 'Double authentification' }).waitFor();
    await page.locator('#second-factor-code').fill(enrolmentCode);
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.getByText(/Ce code a déjà servi/).waitFor();
    await screenshot(page, '68-code-deja-servi');
    await page.locator('#second-factor-code').fill(codeAt(secret, 1));
    await page.getByRole('button', { name: 'Valider' }).click();
    await page.waitForURL('**/mes-dossiers');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');
    await context.clearCookies();
  });

  it('Alex asks the coordinator role for Camille: it waits, and Alex cannot approve it', async () => {
    await login(page, ADMIN);
    await page.goto('/administration/comptes');
    await page.getByTestId('users-table').getByRole('link', { name: fullName }).click();
    await page.getByRole('heading', { name: `Compte de ${fullName}` }).waitFor();
    await page.locator('label[for="user-role-COORDINATOR"]').click();
    await page.getByTestId('grant-notice').waitFor();
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.waitForURL('**/administration/comptes');
    expect(await page.getByTestId('flash').innerText()).toContain(
      'Le rôle « Coordination (cabinet du préfet) » attend l’approbation d’un autre administrateur.',
    );
    const grant = page.getByTestId('pending-grant').filter({ hasText: fullName });
    await grant.waitFor();
    expect(await grant.innerText()).toContain('En attente d’un autre administrateur');
    expect(await grant.getByRole('button', { name: 'Approuver' }).count()).toBe(0);
    await page.locator('#users-search').fill(stamp);
    await page.getByText('1 compte', { exact: true }).waitFor();
    await screenshot(page, '69-attribution-en-attente');
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
    expect(await row.innerText()).not.toContain('Coordination');
    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    await page.waitForURL('**/connexion');
  });

  it('Jeanne, a second administrator, approves it; Camille is a coordinator', async () => {
    await login(page, SECOND_ADMIN);
    await page.goto('/administration/comptes');
    const grant = page.getByTestId('pending-grant').filter({ hasText: fullName });
    await grant.waitFor();
    expect(await grant.innerText()).toContain('demandé par Alex Admin');
    await page.locator('#users-search').fill(stamp);
    await screenshot(page, '70-attribution-a-approuver');
    await grant.getByRole('button', { name: 'Approuver' }).click();
    await page.getByText(`Rôle « Coordination (cabinet du préfet) » attribué à ${fullName}.`).waitFor();
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
    await row.filter({ hasText: 'Coordination' }).waitFor();
    await screenshot(page, '71-attribution-approuvee');
  });
});
