import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

describe('Claire Martin, directrice de cabinet, confirms a persistent hotspot as a priority zone', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'claire.martin@prefecture.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the hotspots shaded by their kernel density, the density in the table', async () => {
    await page.getByRole('link', { name: 'Analyse de la délinquance', exact: true }).click();
    await page
      .getByTestId('pai')
      .filter({ hasText: 'Indice de précision prédictive' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    const table = page.getByTestId('hotspot-table');
    await visible(table.getByRole('columnheader', { name: 'Densité (faits/km²)' }));
    await page.getByLabel('Couleur des hexagones').selectOption('density');
    await visible(page.getByRole('list', { name: 'Légende' }).getByText('faits/km²').first());
  });

  it('sees the proposals from persistent hotspots, and is told in French when the name is missing', async () => {
    await visible(page.getByTestId('persistence-rule').filter({ hasText: 'point chaud persistant' }));
    const proposals = page.getByTestId('zone-proposal');
    await visible(proposals);
    const last = proposals.last();
    await last.getByRole('button', { name: 'Confirmer comme zone prioritaire' }).click();
    await visible(last.getByText('Le nom de la zone doit compter de 2 à 200 caractères.'));
    expect(await last.getByLabel('Nom de la zone').getAttribute('aria-invalid')).toBe('true');
  });

  it('confirms the last proposal as a zone, drawn over the hexagons; it leaves the proposals', async () => {
    const proposals = page.getByTestId('zone-proposal');
    const before = await proposals.count();
    const last = proposals.last();
    const name = `Secteur prioritaire ${Date.now().toString(36)}`;
    await last.getByLabel('Nom de la zone').fill(name);
    await last.getByLabel('Type de zone').selectOption({ label: 'Zone prioritaire (QRR / QPV)' });
    await last.getByRole('button', { name: 'Confirmer comme zone prioritaire' }).click();
    await visible(page.getByTestId('zone-confirmed').filter({ hasText: name }));
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="zone-proposal"]').length === count - 1,
      before,
    );
    // the zones are outlined over the hexes, the priority zones in their colour, and said in the legend
    await visible(page.locator('[data-testid="hex-map"] path[stroke="#b34000"]'));
    await visible(
      page.getByRole('list', { name: 'Légende' }).getByText('Zone prioritaire (QRR / QPV) (zone)'),
    );
    await page.getByTestId('zone-confirmed').scrollIntoViewIfNeeded();
    await screenshot(page, '83-zone-prioritaire-confirmee');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
