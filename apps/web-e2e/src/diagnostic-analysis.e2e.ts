import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

describe('Claire Martin, directrice de cabinet, reads the analysis of the délinquance', () => {
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

  it('opens « Analyse de la délinquance » on the département, figures unmasked, the heat grids shaded', async () => {
    await page.getByRole('link', { name: 'Analyse de la délinquance', exact: true }).click();
    await visible(page.getByRole('heading', { name: 'Analyse de la délinquance', level: 1 }));
    const year = new Date().getFullYear();
    await visible(page.getByTestId('analysis-area').filter({ hasText: `Loiret, ${year}` }));
    const grid = page.getByTestId('hour-weekday');
    await visible(grid.getByRole('rowheader', { name: 'vendredi' }));
    expect(await page.getByText('secret', { exact: true }).count()).toBe(0);
    expect(await page.getByTestId('trend').getByRole('row').count()).toBeGreaterThan(3);
    await screenshot(page, '80-analyse-cabinet');
  });

  it('sees the hotspots as hexagons over the communes, with last year’s PAI', async () => {
    // Gi* over the whole département, this year's and last year's: a second or two on these machines
    await page
      .getByTestId('pai')
      .filter({ hasText: 'Indice de précision prédictive' })
      .waitFor({ state: 'visible', timeout: 30_000 });
    await visible(page.locator('[data-testid="hex-map"] path.leaflet-interactive'));
    expect(await page.getByTestId('hotspot-table').getByRole('row').count()).toBeGreaterThan(1);
    await page.getByTestId('hex-map').scrollIntoViewIfNeeded();
    await screenshot(page, '81-analyse-points-chauds');
  });

  it('chooses one commune and reads it against the département', async () => {
    await page.getByLabel('Territoire').selectOption({ label: 'Gien' });
    await visible(page.getByTestId('analysis-area').filter({ hasText: 'Gien' }));
    await visible(page.getByTestId('comparison'));
  });
});

describe('Claude Vidal, maire de Gien, reads his commune’s figures, the small ones masked', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'claude.vidal@gien.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds Gien only, the masking said, small figures as « < 5 », no hotspots', async () => {
    await page.getByRole('link', { name: 'Analyse de la délinquance', exact: true }).click();
    await visible(page.getByTestId('analysis-area').filter({ hasText: 'Gien' }));
    await visible(page.getByText('Les chiffres de moins de 5 faits sont masqués', { exact: false }));
    await visible(page.getByTestId('category-months').getByRole('cell', { name: '< 5' }));
    expect(await page.getByLabel('Territoire').count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Points chauds' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Diagnostic', exact: true }).count()).toBe(0);
    await visible(page.getByTestId('comparison'));
    await screenshot(page, '82-analyse-maire');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
