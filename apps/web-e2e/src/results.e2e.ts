import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { baseUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** The public page as anyone reads it: a new context, no session. */
async function publicPage(browser: Browser, code: string): Promise<{ page: Page; status: number }> {
  const { page } = await newPage(browser);
  const response = await page.goto(`/public/resultats/${code}`);
  return { page, status: response?.status() ?? 0 };
}

/**
 * Serge Aubert, mayor of Orléans, reads his commune's results against the département; Claire
 * Martin (the cabinet) opens Gien's public page, reads it as anyone would, and closes it again.
 */
describe('Results for mayors and the communes’ public pages', () => {
  let browser: Browser;
  let serge: Page;
  let claire: Page;
  let claireContext: BrowserContext;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: serge } = await newPage(browser));
    ({ page: claire, context: claireContext } = await newPage(browser));
    await login(serge, 'serge.aubert@orleans.demo');
    await login(claire, 'claire.martin@prefecture.demo');
    // Gien's page starts closed, whatever an earlier run left.
    await apiLogin(claireContext.request, 'claire.martin@prefecture.demo');
    const reset = await graphql(
      claireContext.request,
      'mutation { setPublicResultPage(communeCode: "45155", enabled: false) }',
    );
    expect(reset.errors).toBeUndefined();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the mayor of Orléans his commune against the département, and its public page', async () => {
    await serge.getByRole('link', { name: 'Résultats de ma commune' }).first().click();
    await serge.waitForURL('**/resultats');
    await visible(serge.getByRole('heading', { name: 'Résultats de ma commune', level: 1 }));
    const commune = serge.getByTestId('results-commune');
    await visible(commune);
    expect(await commune.innerText()).toMatch(/Orléans \(45234\) — 116\s357 habitants/);
    const facts = serge.getByTestId('facts-table');
    await visible(facts.getByRole('rowheader', { name: 'Cambriolages de logement' }));
    // French figures: the count grouped by thin spaces, the rates with a decimal comma, both compared
    // (the figures themselves depend on what other suites imported into the run's database).
    const row = await facts.getByRole('row', { name: /Vols sans violence contre des personnes/ }).innerText();
    expect(row.replace(/\s+/g, ' ').trim()).toMatch(
      /^Vols sans violence contre des personnes \d{1,3}( \d{3})* \d+(,\d)? \d+(,\d)? (au-dessus du département|en dessous du département|comme le département)$/,
    );
    expect((await serge.getByTestId('presence-hours').innerText()).replace(/\s/g, ' ')).toMatch(
      /^\d[\d ]* h$/,
    );
    expect(Number(await serge.getByTestId('operations-done').innerText())).toBeGreaterThan(0);
    // What he may read there: operations and open cases, each a link to its page.
    const operation = serge.getByTestId('result-operations').getByRole('link').first();
    expect(await operation.getAttribute('href')).toMatch(/^\/operations\/[0-9a-f-]{36}$/);
    const kase = serge.getByTestId('result-cases').getByRole('link').first();
    expect(await kase.getAttribute('href')).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
    expect(await serge.getByTestId('open-cases').innerText()).toMatch(
      /dossiers en cours que vous pouvez consulter/,
    );
    const objectives = serge.getByTestId('result-objectives');
    await visible(objectives.getByRole('rowheader', { name: /Faire reculer les cambriolages de logement/ }));
    // His territory's figures are not the département's objective: they are not compared to its target.
    expect(await objectives.innerText()).toMatch(/Non comparée à la cible/i);
    // Orléans' public page is open in the demo: he is given its address, not the switch.
    const link = serge.getByTestId('public-page-link').getByRole('link');
    expect(await link.getAttribute('href')).toBe('/public/resultats/45234');
    expect(await serge.getByRole('button', { name: /page publique/ }).count()).toBe(0);
    await screenshot(serge, '96-resultats-maire-orleans');
  });

  it('lets the cabinet open Gien’s public page after a confirmation', async () => {
    await claire.getByRole('link', { name: 'Résultats des communes' }).first().click();
    await claire.waitForURL('**/resultats');
    await visible(claire.getByRole('heading', { name: 'Résultats des communes', level: 1 }));
    // The list of open pages: Orléans, opened in the demo.
    await visible(claire.getByTestId('public-pages').getByRole('rowheader', { name: 'Orléans' }));
    await claire.getByRole('searchbox', { name: /Commune/ }).fill('Gien');
    await claire.getByRole('button', { name: 'Gien (45155)' }).click();
    await claire.waitForURL('**/resultats/45155');
    await visible(claire.getByTestId('results-commune').getByText('Gien'));
    expect((await claire.getByTestId('public-page-state').textContent())?.trim()).toBe('Fermée');
    await claire.getByRole('button', { name: 'Ouvrir la page publique' }).click();
    const dialog = claire.getByRole('dialog', { name: 'Ouvrir la page publique de Gien ?' });
    await visible(dialog);
    expect(await dialog.innerText()).toContain('Ce changement est inscrit au journal.');
    await dialog.getByRole('button', { name: 'Ouvrir la page', exact: true }).click();
    await visible(claire.getByTestId('public-page-state').getByText('Ouverte'));
    await visible(claire.getByTestId('public-pages').getByRole('rowheader', { name: 'Gien' }));
    await screenshot(claire, '97-resultats-cabinet-gien');
  });

  it('follows the link to the public page, which anyone reads without logging in', async () => {
    await claire.getByRole('link', { name: 'Voir la page publique de Gien' }).click();
    await claire.waitForURL('**/public/resultats/45155');
    expect(await claire.locator('body').innerText()).toContain('Gien');

    const { page: anyone, status } = await publicPage(browser, '45155');
    expect(status).toBe(200);
    const text = await anyone.locator('body').innerText();
    expect(text).toContain('Gien');
    expect(text).toContain('Cambriolages de logement');
    // No case, no name: aggregates only.
    expect(text).not.toMatch(/45-2026-\d{6}/);
    await screenshot(anyone, '98-page-publique-gien');
    await anyone.context().close();
  });

  it('closes it again: the public address answers « Page introuvable »', async () => {
    await claire.goto(`${baseUrl()}/resultats/45155`);
    await claire.getByRole('button', { name: 'Fermer la page publique' }).click();
    const dialog = claire.getByRole('dialog', { name: 'Fermer la page publique de Gien ?' });
    await dialog.getByRole('button', { name: 'Fermer la page', exact: true }).click();
    await visible(claire.getByTestId('public-page-state').getByText('Fermée'));
    expect(await claire.getByTestId('public-pages').getByRole('rowheader', { name: 'Gien' }).count()).toBe(0);
    expect(await claire.getByTestId('public-page-link').count()).toBe(0);

    const { page: anyone, status } = await publicPage(browser, '45155');
    expect(status).toBe(404);
    expect(await anyone.locator('body').innerText()).toContain('Page introuvable');
    await anyone.context().close();
  });
});
