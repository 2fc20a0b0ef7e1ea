import { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

/**
 * Mathilde Leroy, the DPO: her page from the header, the journal with its filters, a person searched
 * across every case (accents and case ignored), the answer downloaded as JSON, retention and purges.
 */
describe('The data-protection officer’s page', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'mathilde.leroy@prefecture.demo');
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('opens « Protection des données » from the header and reads the journal, filtered', async () => {
    await page
      .getByRole('navigation', { name: /menu principal/i })
      .getByRole('link', { name: 'Protection des données' })
      .click();
    await page.waitForURL('**/protection-des-donnees');
    await page.getByRole('heading', { name: 'Protection des données', level: 1 }).waitFor();
    await page.getByLabel(/^Action/).fill('auth.');
    await page
      .getByLabel('Organisation de l’auteur')
      .selectOption({ label: 'Préfecture du Loiret — cabinet' });
    await page
      .getByLabel(/^Auteur/)
      .locator('option', { hasText: 'Mathilde Leroy' })
      .waitFor({ state: 'attached' });
    await page.getByLabel(/^Auteur/).selectOption({ label: 'Mathilde Leroy' });
    await page.getByRole('button', { name: 'Filtrer' }).click();
    // The unfiltered page is shown first; the filtered one replaces it.
    await page.waitForFunction(() => {
      const cells = [...document.querySelectorAll('tbody tr td:nth-child(2)')];
      return cells.length > 0 && cells.every((cell) => cell.textContent?.trim().startsWith('auth.'));
    });
    const actions = await page.locator('tbody tr td:nth-child(2)').allInnerTexts();
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.every((action) => action.startsWith('auth.'))).toBe(true);
    const authors = await page.locator('tbody tr td:nth-child(3)').allInnerTexts();
    expect(authors.every((author) => author.startsWith('Mathilde Leroy'))).toBe(true);
    const href = await page.getByRole('link', { name: 'Exporter en CSV' }).getAttribute('href');
    expect(href).toMatch(
      /^\/exports\/journal\.csv\?action=auth\.&actorUserId=[0-9a-f-]{36}&actorOrganizationId=[0-9a-f-]{36}$/,
    );
    await screenshot(page, '97-dpd-journal');
  });

  it('finds a demo person across the cases and downloads everything held on them as JSON', async () => {
    await page.getByRole('tab', { name: 'Accès d’une personne' }).click();
    await page.getByLabel(/^Nom et prénom/).fill('FICTIF');
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /trouvées? pour « FICTIF »/ })
      .waitFor();
    const titles = await page.locator('.fr-card__title').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.every((title) => /^45-\d{4}-\d{6} — /.test(title))).toBe(true);
    const names = await page.locator('.cnt-person dt:text-is("Nom") + dd').allInnerTexts();
    expect(names.every((name) => /fictif/i.test(name))).toBe(true);
    await screenshot(page, '98-dpd-acces');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Exporter en JSON' }).click(),
    ]);
    const body = JSON.parse((await (await download.createReadStream()).toArray()).join(''));
    expect(body.terms).toEqual({ fullName: 'FICTIF', birthYear: null, address: null });
    expect(body.matches).toHaveLength(titles.length);
    expect(body.answeredBy).toMatch(/^Mathilde Leroy/);
  });

  it('shows the durations in force and the last purges', async () => {
    await page.getByRole('tab', { name: 'Conservation' }).click();
    await page.getByRole('heading', { name: 'Durées de conservation en vigueur' }).waitFor();
    await page.getByRole('cell', { name: 'Journal des accès et des actions', exact: true }).waitFor();
    await page.getByRole('heading', { name: 'Dernières purges' }).waitFor();
    await screenshot(page, '99-dpd-conservation');
  });
});
