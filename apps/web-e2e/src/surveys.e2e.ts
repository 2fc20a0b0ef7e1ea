import { type CaughtMail, SmtpCatcher } from '@continuum/server/mail/testing';
import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

/** The respondent's link a mail carries, as a path of the running Continuum. */
function linkIn(mail: CaughtMail): string {
  const url = /https?:\/\/\S+\/enquetes\/reponse\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0];
  if (!url) throw new Error(`Pas de lien dans « ${mail.subject} » : ${mail.text}`);
  return url.replace(/^https?:\/\/[^/]+/, '');
}

const visible = (locator: Locator) => locator.waitFor({ state: 'visible', timeout: 15_000 });

/**
 * Claire Martin prepares and sends a wave of the satisfaction survey to the mairies; the mayor of
 * Orléans receives his link by mail, answers signed out, and is refused a second use of the link;
 * Claire reads the results — masked while fewer than five answered — and the trend over the waves.
 */
describe('A satisfaction survey from the cabinet to the mayors, answered through a single-use link', () => {
  const title = `Enquête de satisfaction — 1er semestre 2027 (${Date.now().toString(36)})`;
  let browser: Browser;
  let catcher: SmtpCatcher;
  let claire: Page;
  let mayor: Page;
  let link = '';
  let recipients = 0;

  beforeAll(async () => {
    const port = Number(process.env['E2E_SMTP_PORT']);
    if (!port) throw new Error('E2E_SMTP_PORT manquant : le port où l’API envoie ses courriels.');
    catcher = await SmtpCatcher.start({ port });
    browser = await launchBrowser();
    ({ page: claire } = await newPage(browser));
    ({ page: mayor } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
    await catcher?.stop();
  });

  it('shows Claire the waves answered and their trend, a chart with its table beside it', async () => {
    await login(claire, 'claire.martin@prefecture.demo');
    await claire.getByRole('link', { name: 'Enquêtes', exact: true }).click();
    await claire.waitForURL('**/enquetes');
    await visible(claire.getByTestId('wave-row').filter({ hasText: '1er semestre 2026' }));
    await visible(claire.getByTestId('trend-chart'));
    const table = await claire.getByTestId('trend-table').innerText();
    expect(table).toMatch(/2e semestre 2025/);
    expect(table).toMatch(/\d,\d\d/);
    await screenshot(claire, '100-enquetes-vagues-et-evolution');
  });

  it('lets Claire read a past wave’s results, small groups masked', async () => {
    await claire.getByTestId('wave-row').filter({ hasText: '1er semestre 2026' }).getByRole('link').click();
    await visible(claire.getByTestId('results-summary'));
    const results = await claire.getByTestId('question-results').first().innerText();
    expect(results).toMatch(/Ensemble : \d,\d\d \/ 5/);
    expect(results).toContain('secret (< 5)');
    await visible(claire.getByTestId('free-texts'));
    await screenshot(claire, '101-enquete-resultats');
  });

  it('lets Claire prepare a wave for the mairies and send it: one mail each, queued', async () => {
    await claire.goto('/enquetes');
    await claire.getByTestId('new-wave').click();
    await claire.waitForURL('**/enquetes/nouvelle');
    await claire.getByLabel('Titre').fill(title);
    // The DSFR checkbox is drawn by its label: a person clicks the label.
    await claire.locator('label[for="wave-partners"]').click();
    expect(await claire.locator('#wave-partners').isChecked()).toBe(false);
    expect(await claire.getByTestId('question-editor').count()).toBe(4);
    await screenshot(claire, '102-enquete-preparer');
    await claire.getByTestId('save-wave').click();
    await visible(claire.getByRole('heading', { name: title, level: 1 }));
    expect(await claire.getByTestId('wave-status').textContent()).toBe('En préparation');
    await claire.getByTestId('send-wave').click();
    await claire.getByTestId('confirm-action').click();
    // One mail per mairie user: the demo's six, and those other suites created in the run's database.
    const notice = claire.getByTestId('wave-notice').filter({ hasText: /Vague envoyée : \d+ courriels/ });
    await visible(notice);
    recipients = Number(/Vague envoyée : (\d+) courriels/.exec(await notice.innerText())![1]);
    expect(recipients).toBeGreaterThanOrEqual(6);
    // The page reads the wave again once sent: its status follows the notice.
    await visible(claire.getByTestId('wave-status').filter({ hasText: /^En cours$/ }));
    await screenshot(claire, '103-enquete-envoyee');
  });

  it('mails the mayor of Orléans his personal link, which opens the questionnaire signed out', async () => {
    const mail = await catcher.waitFor(
      (m) => m.envelopeTo.includes('serge.aubert@orleans.demo') && m.subject.includes(title),
      30_000,
    );
    expect(mail.subject).toBe(`Enquête de satisfaction : ${title}`);
    expect(mail.text).toContain('Bonjour Serge Aubert,');
    link = linkIn(mail);
    await mayor.goto(link);
    await visible(mayor.getByRole('heading', { name: title }));
    await visible(mayor.getByText('Bonjour Serge Aubert.'));
    await screenshot(mayor, '104-enquete-questionnaire');
  });

  it('tells the mayor which question is missing, then records his answer', async () => {
    await mayor.getByTestId('send-answer').click();
    await visible(mayor.getByText('Choisissez une note de 1 à 5.').first());
    await screenshot(mayor, '105-enquete-reponse-incomplete');
    await mayor.locator('label[for="q-1-4"]').click();
    await mayor.locator('label[for="q-2-3"]').click();
    await mayor.locator('label[for="q-3-5"]').click();
    await mayor
      .getByLabel(/Que faudrait-il améliorer/)
      .fill('Des comptes rendus plus rapides après chaque CLSPD.');
    await mayor.getByTestId('send-answer').click();
    await visible(mayor.getByTestId('survey-receipt'));
    expect(await mayor.getByTestId('survey-receipt').innerText()).toContain('Ce lien ne servira plus.');
    await screenshot(mayor, '106-enquete-merci');
  });

  it('refuses the link a second time, with its reason', async () => {
    await mayor.goto(link);
    await visible(mayor.getByRole('alert').filter({ hasText: 'Ce lien a déjà servi' }));
    await screenshot(mayor, '107-enquete-lien-deja-utilise');
  });

  it('shows Claire the answer counted, the results kept until the wave is closed', async () => {
    await claire.reload();
    await visible(claire.getByTestId('wave-sent').filter({ hasText: `1 réponse sur ${recipients}` }));
    // Read while answers arrive, one more answer would be read by difference.
    await visible(
      claire.getByRole('alert').filter({ hasText: 'Les résultats se lisent une fois la vague close' }),
    );
    await screenshot(claire, '108-enquete-premiere-reponse');
  });
});
