import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, newPage, screenshot, submitLogin, DEMO_PASSWORD } from './support/browser';

describe('Sophie Bernard, coordonnatrice du CLSPD d’Orléans', () => {
  let browser: Browser;
  let page: Page;
  const foreignRequests: string[] = [];
  const scriptErrors: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    const origin = new URL(baseUrl()).origin;
    page.on('pageerror', (error) => scriptErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') scriptErrors.push(message.text());
    });
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is sent to the login page, which says the data are fictitious', async () => {
    await page.goto('/');
    await page.waitForURL('**/connexion**');
    await expectVisible(page.getByRole('heading', { name: 'Connexion à Continuum' }));
    await expectVisible(page.getByText('Démonstration — données fictives'));
    await screenshot(page, '01-connexion');
  });

  it('logs in on « Mes dossiers », her name and organisation in the header, and opens the directory', async () => {
    await submitLogin(page, 'sophie.bernard@orleans.demo', DEMO_PASSWORD);
    await page.waitForURL('**/mes-dossiers');
    await expectVisible(page.getByRole('heading', { name: 'Mes dossiers', level: 1 }));
    await page.getByRole('link', { name: 'Annuaire des partenaires' }).click();
    await page.waitForURL('**/annuaire');
    await expectVisible(page.getByRole('heading', { name: 'Annuaire des partenaires', level: 1 }));
    const user = page.getByTestId('current-user');
    await expectVisible(user);
    expect(await user.innerText()).toContain('Sophie Bernard');
    expect(await user.innerText()).toContain('Mairie d’Orléans');
    await expectVisible(page.getByText('Démonstration — données fictives'));
    await page.getByTestId('organization').first().waitFor();
    await screenshot(page, '02-annuaire');
  });

  it('finds « Val de Loire Habitat Démo » typing without accents, with its people', async () => {
    await page.getByLabel('Rechercher', { exact: false }).first().fill('val de loire habitat demo');
    // The search runs on the server once typing pauses: wait for the list to narrow to one card.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="organization"]').length === 1);
    const card = page.getByTestId('organization').filter({ hasText: 'Val de Loire Habitat Démo' });
    await expectVisible(card);
    expect(await card.innerText()).toContain('Nadia Fournier');
    await screenshot(page, '03-annuaire-recherche');
  });

  it('opens the territory and sees the zones drawn on the map, fitted to them', async () => {
    await page.getByRole('link', { name: 'Territoire' }).click();
    await page.waitForURL('**/territoire');
    await expectVisible(page.getByRole('heading', { name: /Territoire/, level: 1 }));
    const paths = page.locator('[data-testid="zone-map"] .leaflet-overlay-pane path');
    await paths.nth(4).waitFor();
    expect(await paths.count()).toBeGreaterThanOrEqual(5);
    // Without a tile server the map is not blank: the communes are drawn under the zones.
    const communes = page.locator('[data-testid="zone-map"] .leaflet-cnt-communes-pane path');
    await communes.nth(300).waitFor({ state: 'attached' });
    expect(await communes.count()).toBe(325);
    await page
      .getByTestId('commune-count')
      .filter({ hasText: /\d+ communes/ })
      .waitFor();
    await screenshot(page, '04-territoire');
  });

  it('searches a commune ignoring accents', async () => {
    await page.getByLabel('Rechercher une commune').fill('orleans');
    await page.getByRole('rowheader', { name: 'Orléans', exact: true }).waitFor();
    await screenshot(page, '05-territoire-recherche');
  });

  it('made no request outside Continuum (no tile server configured in the demo)', () => {
    expect(foreignRequests).toEqual([]);
  });

  it('raised no script error along the way', () => {
    // The failed login of the other suite logs a 4xx in the console; this one never fails a request.
    expect(scriptErrors).toEqual([]);
  });

  it('logs out', async () => {
    await page.getByRole('button', { name: 'Se déconnecter' }).first().click();
    await page.waitForURL('**/connexion**');
    await page.goto('/annuaire');
    await page.waitForURL('**/connexion**');
  });
});

async function expectVisible(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
