import { SmtpCatcher } from '@continuum/server/mail/testing';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { APIRequestContext, Browser, Page, request } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { baseUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

const ADMIN = 'admin@continuum.demo';
const CLAIRE = 'claire.martin@prefecture.demo';
const MARC = 'marc.petit@orleans.demo';
const PAUL = 'paul.durand@pm-orleans.demo';
const PASSWORD = 'girafe orageuse sous le préau';

/**
 * The deliveries page of the technical administration, on real failures made through the API: an
 * insurer created for the occasion has a manager whose mailbox the SMTP catcher refuses for good
 * (550: the mail is FAILED at once) and a webhook whose receiver answers 503 (the delivery stays
 * PENDING between its retries: « en attente » after a minute). A coordinator's alert reaches both.
 */
describe('Alex Admin sees the deliveries that failed or still wait, and replays one', () => {
  const stamp = Date.now().toString(36);
  const organizationName = `Assureur Essai envois ${stamp}`;
  const managerEmail = `responsable.envois.${stamp}@assureur.demo`;
  const alertTitle = `Essai des envois ${stamp}`;
  let browser: Browser;
  let page: Page;
  let catcher: SmtpCatcher;
  let receiver: Server;
  let admin: APIRequestContext;
  let manager: APIRequestContext;
  let organizationId = '';
  let alertSentAt = 0;

  beforeAll(async () => {
    const smtpPort = Number(process.env['E2E_SMTP_PORT']);
    if (!smtpPort) throw new Error('E2E_SMTP_PORT manquant : le port où l’API envoie ses courriels.');
    catcher = await SmtpCatcher.start({ port: smtpPort });
    receiver = createServer((_req, res) => res.writeHead(503).end('Indisponible'));
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const receiverUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/continuum`;

    admin = await request.newContext({ baseURL: baseUrl() });
    await apiLogin(admin, ADMIN);
    organizationId = (
      await must<{ createOrganization: { id: string } }>(
        admin,
        `mutation ($input: CreateOrganizationInput!) { createOrganization(input: $input) { id } }`,
        { input: { name: organizationName, type: 'ASSUREUR', wholeDepartement: true } },
      )
    ).createOrganization.id;
    await must(admin, `mutation ($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: {
        fullName: `Responsable Essai ${stamp}`,
        email: managerEmail,
        organizationId,
        roles: ['MANAGER'],
      },
    });
    // The manager chooses a password from the invitation; their mailbox refuses everything after.
    const invitation = await catcher.waitFor((m) => m.envelopeTo.includes(managerEmail), 15_000);
    const token = /nouveau-mot-de-passe#([A-Za-z0-9_-]{43})/.exec(invitation.text)?.[1] ?? '';
    manager = await request.newContext({ baseURL: baseUrl() });
    await must(
      manager,
      `mutation ($token: String!, $password: String!) { setPasswordWithToken(token: $token, password: $password) }`,
      { token, password: PASSWORD },
    );
    catcher.refuseRecipient(managerEmail, 550, 'Mailbox unknown');
    await must(
      manager,
      `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`,
      {
        email: managerEmail,
        password: PASSWORD,
      },
    );
    await must(
      manager,
      `mutation ($org: ID!, $url: String!) { saveWebhook(organizationId: $org, url: $url) { secret } }`,
      {
        org: organizationId,
        url: receiverUrl,
      },
    );
    await must(
      manager,
      `mutation { saveMyAlertSubscription(input: { scope: COMPETENCE, minSeverity: INFO, inApp: true, emailMode: IMMEDIATE }) { source } }`,
    );

    const cabinet = await request.newContext({ baseURL: baseUrl() });
    await apiLogin(cabinet, CLAIRE);
    await must(cabinet, `mutation ($input: ManualAlertInput!) { sendAlert(input: $input) { id } }`, {
      input: {
        title: alertTitle,
        body: 'Essai de bout en bout des envois : à ignorer.',
        severity: 'INFO',
        communeCodes: ['45234'],
        audienceTypes: ['ASSUREUR'],
      },
    });
    alertSentAt = Date.now();
    await cabinet.dispose();

    // The mail is refused for good at its first attempt: FAILED within seconds.
    await until(async () => (await failedMailTo(admin, managerEmail)) !== null, 20_000);

    browser = await launchBrowser();
    ({ page } = await newPage(browser));
  }, 60_000);

  afterAll(async () => {
    // The webhook and its deliveries go; the insurer is switched off so no later alert reaches it.
    if (manager && organizationId)
      await graphql(
        manager,
        `
          mutation ($org: ID!) {
            deleteWebhook(organizationId: $org)
          }
        `,
        {
          org: organizationId,
        },
      ).catch(() => undefined);
    if (admin && organizationId)
      await graphql(
        admin,
        `
          mutation ($id: ID!) {
            setOrganizationDisabled(id: $id, disabled: true, reason: "Essai terminé") {
              id
            }
          }
        `,
        { id: organizationId },
      ).catch(() => undefined);
    await manager?.dispose();
    await admin?.dispose();
    await browser?.close();
    await catcher?.stop();
    await new Promise<void>((resolve) => (receiver ? receiver.close(() => resolve()) : resolve()));
  });

  it('a coordinator sees no administration and is refused the page', async () => {
    const { page: claire, context } = await newPage(browser);
    await login(claire, CLAIRE);
    expect(await claire.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await claire.goto('/administration/envois');
    await claire.waitForURL('**/mes-dossiers');
    expect(await claire.getByRole('heading', { name: 'Envois en échec ou en attente' }).count()).toBe(0);
    await context.close();
  });

  it('an agent sees no administration and is refused the page', async () => {
    const { page: marc, context } = await newPage(browser);
    await login(marc, MARC);
    expect(await marc.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await marc.goto('/administration/envois');
    await marc.waitForURL('**/mes-dossiers');
    await context.close();
  });

  it('a manager administers accounts but has no deliveries entry, and is sent back to them', async () => {
    const { page: paul, context } = await newPage(browser);
    await login(paul, PAUL);
    await paul.getByRole('link', { name: 'Administration' }).click();
    await paul.waitForURL('**/administration/comptes');
    await paul.getByTestId('users-table').waitFor();
    expect(await paul.getByRole('link', { name: 'Envois en échec' }).count()).toBe(0);
    await paul.goto('/administration/envois');
    await paul.waitForURL('**/administration/comptes');
    await context.close();
  });

  it('opens « Envois en échec » from the administration and sees the refused mail, with its error', async () => {
    await login(page, ADMIN);
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/administration/comptes');
    await page.getByRole('link', { name: 'Envois en échec' }).click();
    await page.waitForURL('**/administration/envois');
    await page.getByRole('heading', { name: 'Envois en échec ou en attente', level: 1 }).waitFor();
    const card = failedCard(page, managerEmail);
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/courriel/i);
    expect(text).toContain(alertTitle);
    expect(text).toMatch(/550/);
    expect(text).toContain('1 tentative');
    expect(text).toMatch(/Écrit le\s+\d{1,2} \S+ \d{4} à \d{1,2} h \d{2}/);
    await screenshot(page, '27-envois-en-echec');
  }, 90_000);

  it('replays it after a confirmation, is told so with the focus on the message, and the mail leaves', async () => {
    catcher.acceptRecipient(managerEmail);
    await failedCard(page, managerEmail)
      .getByRole('button', { name: /^Renvoyer/ })
      .click();
    const dialog = page.getByTestId('dialog');
    await dialog.getByRole('heading', { name: 'Renvoyer ce courriel ?' }).waitFor();
    expect(await dialog.innerText()).toContain(managerEmail);
    await screenshot(page, '28-envoi-confirmation');
    await dialog.getByRole('button', { name: 'Renvoyer' }).click();

    const outcome = page.getByTestId('outcome');
    await outcome.filter({ hasText: `Courriel à ${managerEmail} renvoyé` }).waitFor();
    expect(await outcome.getAttribute('class')).toContain('fr-alert--success');
    await page.waitForFunction(() => document.activeElement?.id === 'deliveries-outcome');
    await failedCard(page, managerEmail).waitFor({ state: 'detached' });
    const mail = await catcher.waitFor(
      (m) => m.envelopeTo.includes(managerEmail) && m.subject.includes(alertTitle),
      15_000,
    );
    expect(mail.subject).toContain(alertTitle);
    await until(async () => (await failedMailTo(admin, managerEmail)) === null, 5_000);
    await screenshot(page, '29-envoi-renvoye');
  });

  it('sees the webhook delivery still pending after a minute, with its next attempt in Paris time', async () => {
    // The stuck list starts at one minute: wait for the delivery to be that old.
    await page.waitForTimeout(Math.max(0, alertSentAt + 62_000 - Date.now()));
    await page.getByLabel('En attente depuis plus de').selectOption({ label: '1 minute' });
    const card = page
      .getByTestId('stuck-deliveries')
      .getByTestId('delivery')
      .filter({ hasText: organizationName });
    await card.waitFor();
    const text = await card.innerText();
    expect(text).toMatch(/webhook/i);
    expect(text).toContain(`Point de réception de ${organizationName}`);
    expect(text).toContain('503');
    expect(await card.getByTestId('next-attempt').innerText()).toMatch(
      /^Prochaine tentative (à|le \d{1,2} \S+ \d{4} à) \d{1,2} h \d{2}$/,
    );
    await screenshot(page, '29b-envois-en-attente');
  }, 120_000);
});

/** The card of the mail refused to this address, in the failed list. */
function failedCard(page: Page, address: string) {
  return page.getByTestId('failed-deliveries').getByTestId('delivery').filter({ hasText: address });
}

async function must<T = unknown>(
  context: APIRequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<T> {
  const result = await graphql<T>(context, query, variables);
  if (!result.data) throw new Error(`${query.slice(0, 60)}… : ${JSON.stringify(result.errors)}`);
  return result.data;
}

async function failedMailTo(admin: APIRequestContext, address: string): Promise<string | null> {
  const data = await must<{ failedDeliveries: { id: string; kind: string; toAddress: string | null }[] }>(
    admin,
    `query { failedDeliveries(first: 100) { id kind toAddress } }`,
  );
  return data.failedDeliveries.find((d) => d.kind === 'MAIL' && d.toAddress === address)?.id ?? null;
}

async function until(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Condition non remplie en ${timeoutMs} ms.`);
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}
