import { readFileSync } from 'node:fs';
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
    // the DSFR's charts, each above its table, drawn once their chunk is loaded
    for (const chart of ['trend-chart', 'category-months-chart', 'place-types-chart'])
      await visible(page.getByTestId(chart).locator('canvas'));
    await visible(
      page
        .getByTestId('category-months-chart')
        .getByText('toutes les catégories sont dans le tableau', { exact: false }),
    );
    // the département against France (the demo's fictional national figures)
    await visible(page.getByTestId('national').getByRole('rowheader', { name: 'Cambriolages de logement' }));
    await screenshot(page, '80-analyse-cabinet');
  });

  it('downloads the diagnostic as a PDF, dated and with its sources', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-pdf').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`diagnostic-45-${new Date().getFullYear()}.pdf`);
    const file = readFileSync((await download.path())!);
    expect(file.subarray(0, 5).toString()).toBe('%PDF-');
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
    await visible(page.getByTestId('category-months-chart').locator('canvas'));
    expect(await page.getByTestId('national').count()).toBe(0);
    await screenshot(page, '82-analyse-maire');
  });

  it('downloads his commune’s diagnostic as a Word document', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('export-docx').click(),
    ]);
    expect(download.suggestedFilename()).toBe(`diagnostic-45155-${new Date().getFullYear()}.docx`);
    expect(
      readFileSync((await download.path())!)
        .subarray(0, 2)
        .toString(),
    ).toBe('PK');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
