import { join } from 'node:path';
import { Browser, BrowserContext, Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { checkAccessibility, launchBrowser, login, newPage, screenshot } from './support/browser';

const CLAIRE = 'claire.martin@prefecture.demo';
const NADIA = 'nadia.fournier@bailleur.demo';
const SOPHIE = 'sophie.bernard@orleans.demo';
const SCREENSHOTS = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');

/**
 * French as a French agent writes it, and the phone: typographic apostrophes in the demo's names,
 * the TLP code with its meaning, French map controls, coordinates with a decimal comma, and the
 * unread count in the opened mobile menu.
 */
describe('Words and the phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  describe('Nadia Fournier on a phone (375 px)', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await newPage(browser));
      await page.setViewportSize({ width: 375, height: 812 });
    });

    afterAll(async () => {
      await context?.close();
    });

    it('finds the unread count in the opened menu, live', async () => {
      await login(page, NADIA);
      const before = Number(
        await page.locator('.fr-header__tools-links [data-testid="alert-bell"]').getAttribute('data-unread'),
      );
      // Claire sends an alert that reaches the bailleurs of Orléans: Nadia's count goes up, live.
      const { context: claireContext } = await newPage(browser);
      try {
        await apiLogin(claireContext.request, CLAIRE);
        const sent = await graphql<{ sendAlert: { id: string } }>(
          claireContext.request,
          'mutation($input: ManualAlertInput!) { sendAlert(input: $input) { id } }',
          {
            input: {
              title: `Dégradations d’ascenseurs ${Date.now()}`,
              body: 'Plusieurs ascenseurs dégradés cette semaine : vigilance lors des rondes.',
              severity: 'VIGILANCE',
              communeCodes: ['45234'],
              audienceTypes: ['BAILLEUR'],
            },
          },
        );
        expect(sent.errors).toBeUndefined();
      } finally {
        await claireContext.close();
      }
      const expected = String(before + 1);
      await page.waitForFunction(
        (count) =>
          document
            .querySelector('.fr-header__tools-links [data-testid="alert-bell"]')
            ?.getAttribute('data-unread') === count,
        expected,
      );

      await page.getByRole('button', { name: 'Menu' }).click();
      const menu = page.locator('#cnt-header-menu');
      const alerts = menu.locator('#cnt-navigation').getByRole('link', { name: /^Alertes/ });
      await alerts.waitFor({ state: 'visible' });
      const count = alerts.getByTestId('nav-alert-count');
      await count.waitFor({ state: 'visible' });
      expect(await count.innerText()).toBe(expected);
      expect(await alerts.getAttribute('aria-label')).toBe(
        `Alertes, ${expected} non ${Number(expected) > 1 ? 'lues' : 'lue'}`,
      );
      // The bell's copy DSFR makes for the menu cannot stay live: it is not shown there.
      expect(await menu.locator('.fr-header__menu-links [data-testid="alert-bell"]').isVisible()).toBe(false);
      await page.screenshot({ path: join(SCREENSHOTS, 'words-01-menu-mobile-375.png') });
      await checkAccessibility(page, 'menu mobile ouvert (375 px)');
      await page.getByRole('button', { name: 'Fermer' }).click();
    });
  });

  describe('Sophie Bernard at her desk', () => {
    let context: BrowserContext;
    let page: Page;

    beforeAll(async () => {
      ({ context, page } = await newPage(browser));
    });

    afterAll(async () => {
      await context?.close();
    });

    it('reads her organisation with the typographic apostrophe', async () => {
      await login(page, SOPHIE);
      const user = await page.getByTestId('current-user').innerText();
      expect(user).toContain('Mairie d’Orléans');
      expect(user).not.toContain("d'");
    });

    it('reads each TLP code with its meaning in French beside it', async () => {
      await page.goto('/dossiers');
      const badge = page.getByTestId('sensitivity').first();
      await badge.waitFor();
      expect((await badge.innerText()).replace(/\s+/g, ' ')).toMatch(
        /^TLP:(CLEAR|GREEN|AMBER|AMBER\+STRICT|RED) — (public|organisations du département|organisations impliquées|autorités publiques impliquées|personnes nommées)$/i,
      );
      await screenshot(page, 'words-02-dossiers-tlp');
    });

    it('finds the map’s zoom buttons in French', async () => {
      await page.goto('/territoire');
      const zoomIn = page.locator('.leaflet-control-zoom-in').first();
      await zoomIn.waitFor();
      expect(await zoomIn.getAttribute('title')).toBe('Zoomer');
      expect(await page.locator('.leaflet-control-zoom-out').first().getAttribute('title')).toBe('Dézoomer');
      expect(await page.locator('.leaflet-control-zoom a[title^="Zoom "]').count()).toBe(0);
    });

    it('places a case’s point and reads it with a decimal comma, in French zoom controls', async () => {
      await page.goto('/dossiers/nouveau');
      const map = page.locator('.leaflet-container').first();
      await map.waitFor();
      expect(await map.locator('.leaflet-control-zoom-in').getAttribute('title')).toBe('Zoomer');
      await map.scrollIntoViewIfNeeded();
      const box = (await map.boundingBox())!;
      await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
      const point = page.getByTestId('case-point');
      await point.getByText('Point placé :').waitFor();
      await screenshot(page, 'words-03-point-place');
      const text = await point.innerText();
      expect(text).toMatch(/Point placé : \d+,\d+ N, \d+,\d+ E/);
      expect(text).not.toMatch(/\d\.\d/);
    });
  });
});
