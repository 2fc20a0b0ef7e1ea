import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, Locator, Page, WebSocket } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { baseUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

const CLAIRE = 'claire.martin@prefecture.demo';
const NADIA = 'nadia.fournier@bailleur.demo';
const HUGO = 'hugo.dupont@securite.demo';
const PAUL = 'paul.durand@pm-orleans.demo';
const TITLE = 'Alerte cambriolages secteur Orléans';
const BODY =
  'Série de cambriolages de caves et de parkings signalée depuis trois nuits dans les résidences du secteur. ' +
  'Vérifiez les accès, signalez toute effraction au commissariat et rappelez les consignes aux gardiens.';
const BAILLEUR = 'Val de Loire Habitat Démo';
/** The bell's accessible name: « Alertes, aucune non lue », « Alertes, 1 non lue », « Alertes, 3 non lues ». */
const BELL_NAME = /^Alertes, (aucune non lue|\d+ non lues?)$/;

/**
 * The prefect's cabinet alerts the municipalities, municipal police and landlords of Orléans about
 * burglaries. The landlord's security manager, on her home page, sees it arrive without reloading
 * (the bell counts it, a notice says it), acknowledges it from her notification centre, and the
 * cabinet sees the acknowledgement. A private security firm, not in the audience, receives nothing
 * (SHARING.md: partners receive only what they are addressed).
 */
describe('Claire Martin alerts Orléans; Nadia Fournier receives it live and acknowledges it', () => {
  let browser: Browser;
  let claire: Page;
  let nadia: Page;
  let nadiaSocket: WebSocket | null = null;
  const nadiaFrames: string[] = [];
  const cspViolations: string[] = [];
  let unreadBefore = 0;
  let sentAlertUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: nadia } = await newPage(browser));
    ({ page: claire } = await newPage(browser));
    for (const page of [nadia, claire]) {
      page.on('console', (message) => {
        if (/Content Security Policy|Refused to connect/i.test(message.text()))
          cspViolations.push(message.text());
      });
    }
    nadia.on('websocket', (socket) => {
      nadiaSocket = socket;
      socket.on('framereceived', (frame) => nadiaFrames.push(String(frame.payload)));
    });
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('Nadia Fournier signs in and stays on « Mes dossiers »: the bell says how many alerts are unread, over a live connection', async () => {
    await login(nadia, NADIA);
    await visible(nadia.getByRole('heading', { name: 'Mes dossiers', level: 1 }));
    const bell = bellOf(nadia);
    await visible(bell);
    await visible(nadia.getByRole('link', { name: BELL_NAME }).first());
    unreadBefore = Number(await bell.getAttribute('data-unread'));
    // The subscription travels over a WebSocket to the same host, accepted by the page's CSP.
    await waitUntil(
      () => nadiaFrames.some((frame) => frame.includes('"connection_ack"')),
      'connexion en direct',
    );
    const socketUrl = new URL((nadiaSocket as WebSocket | null)?.url() ?? 'about:blank');
    expect(socketUrl.protocol).toBe('ws:');
    expect(socketUrl.host).toBe(new URL(baseUrl()).host);
    expect(socketUrl.pathname).toBe('/graphql');
    expect(cspViolations).toEqual([]);
    // A marker the page keeps until it reloads: the alert must arrive without one.
    await nadia.evaluate(() => ((window as unknown as { cntMarker: string }).cntMarker = 'same page'));
  });

  it('Claire Martin opens the composer from « Alertes » and sees who would receive her alert', async () => {
    await login(claire, CLAIRE);
    await claire
      .locator('#cnt-navigation')
      .getByRole('link', { name: /^Alertes/ })
      .click();
    await claire.waitForURL('**/alertes');
    await visible(claire.getByRole('heading', { name: 'Mes alertes', level: 1 }));
    await claire.getByRole('link', { name: 'Nouvelle alerte' }).click();
    await claire.waitForURL('**/alertes/nouvelle');

    const preview = claire.getByTestId('audience-preview');
    await visible(preview.getByText('Choisissez le territoire et les destinataires'));

    await claire.getByLabel(/Titre \*/).fill(TITLE);
    await claire.getByLabel(/Message \*/).fill(BODY);
    await claire.locator('label[for="composer-severity-VIGILANCE"]').click();
    await claire.getByLabel(/^\s*Catégorie/).selectOption('CAMBRIOLAGES');
    await claire.locator('#composer-communeCodes').fill('Orléans');
    await claire.getByRole('button', { name: 'Orléans (45234)' }).click();
    await visible(claire.getByRole('button', { name: 'Retirer Orléans' }));
    for (const type of ['MAIRIE', 'POLICE_MUNICIPALE', 'BAILLEUR']) {
      await claire.locator(`label[for="composer-audience-${type}"]`).click();
      expect(await claire.locator(`#composer-audience-${type}`).isChecked()).toBe(true);
    }

    const organizations = preview.getByTestId('preview-organization');
    await visible(organizations.filter({ hasText: BAILLEUR }));
    await visible(organizations.filter({ hasText: 'Police municipale d’Orléans' }));
    await visible(organizations.filter({ hasText: 'Mairie d’Orléans' }));
    expect(await preview.innerText()).not.toContain('Centre Sécurité Privée Démo');
    expect(await preview.getByTestId('preview-total').innerText()).toMatch(
      /^\d+ personnes recevront cette alerte\.$/,
    );
    await visible(preview.getByText('Tous reçoivent le titre et le message, tels que vous les avez écrits'));
    await screenshot(claire, '70-alerte-redaction-apercu');
  });

  it('sends it after confirming, and lands on the sender’s view, counted live: never « 0 » while counting', async () => {
    // Every text the receipts summary shows, from the first render on (the router keeps this window).
    await claire.evaluate(() => {
      const seen: string[] = [];
      (window as unknown as { summaries: string[] }).summaries = seen;
      setInterval(() => {
        const text = document.querySelector('[data-testid="receipts-summary"]')?.textContent?.trim();
        if (text && seen[seen.length - 1] !== text) seen.push(text);
      }, 25);
    });
    await claire.getByRole('button', { name: 'Envoyer l’alerte' }).click();
    const dialog = claire.locator('dialog[open]');
    await visible(dialog.getByText(`Envoyer « ${TITLE} » (Vigilance) à`));
    await dialog.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await claire.waitForURL(/\/alertes\/envoyees\/[0-9a-f-]{36}$/);
    sentAlertUrl = new URL(claire.url()).pathname;
    await claire
      .getByTestId('flash')
      .filter({ hasText: `Alerte « ${TITLE} » envoyée.` })
      .waitFor();
    expect(await claire.getByTestId('sent-alert-title').innerText()).toBe(TITLE);
    // Without « Actualiser »: the page reads again while the fan-out runs.
    await claire
      .getByTestId('receipts-summary')
      .filter({ hasText: /ont reçu l’alerte dans \d+ organisations?/ })
      .waitFor({ timeout: 10_000 });
    const summaries = await claire.evaluate(() => (window as unknown as { summaries: string[] }).summaries);
    expect(summaries.filter((text) => /Personne n’a reçu|dans 0 organisation/.test(text))).toEqual([]);
  });

  it('Nadia’s page shows it without reloading: the bell counts one more, a notice gives its title', async () => {
    const notice = nadia.getByTestId('alert-notice');
    await notice.waitFor({ timeout: 30_000 });
    expect(await notice.innerText()).toContain(TITLE);
    expect(await notice.getAttribute('data-severity')).toBe('VIGILANCE');
    const bell = bellOf(nadia);
    await nadia.waitForFunction(
      (count) =>
        document.querySelector('[data-testid="alert-bell"]')?.getAttribute('data-unread') === String(count),
      unreadBefore + 1,
    );
    await visible(nadia.getByRole('link', { name: bellName(unreadBefore + 1) }).first());
    expect(await bell.getByTestId('alert-bell-count').innerText()).toBe(String(unreadBefore + 1));
    expect(new URL(nadia.url()).pathname).toBe('/mes-dossiers');
    expect(await nadia.evaluate(() => (window as unknown as { cntMarker?: string }).cntMarker)).toBe(
      'same page',
    );
    // As she sees it: the notice sits in the corner of the window.
    await nadia.screenshot({ path: screenshotPath('71-alerte-recue-en-direct') });
    await nadia.locator('header').screenshot({ path: screenshotPath('72-cloche-non-lues') });
  });

  it('Nadia opens her alerts from the bell and acknowledges it; the bell counts it as read', async () => {
    await bellOf(nadia).click();
    await nadia.waitForURL('**/alertes');
    const card = nadia.getByTestId('notification').filter({ hasText: TITLE });
    await visible(card);
    expect(
      (await nadia.getByTestId('notification').first().getByTestId('notification-title').innerText()).trim(),
    ).toBe(TITLE);
    expect(await card.getAttribute('data-read')).toBe('false');
    expect(await card.innerText()).toContain('Émise par Claire Martin');
    expect(await card.innerText()).toContain('Catégorie : Cambriolages de logement');
    expect((await card.getByTestId('notification-severity').textContent())?.trim()).toBe('Vigilance');
    // No case is linked: no link to open one.
    expect(await card.getByTestId('notification-case').count()).toBe(0);
    // Already on the list: no notice in the corner.
    expect(await nadia.getByTestId('alert-notice').count()).toBe(0);
    await screenshot(nadia, '73-centre-alertes');

    await card.getByRole('button', { name: 'Accuser réception' }).click();
    await nadia
      .getByTestId('flash')
      .filter({ hasText: `Réception accusée : « ${TITLE} »` })
      .waitFor();
    await visible(card.getByTestId('notification-acknowledged'));
    expect(await card.getAttribute('data-read')).toBe('true');
    expect(await card.getByRole('button', { name: 'Accuser réception' }).count()).toBe(0);
    await nadia.waitForFunction(
      (count) =>
        document.querySelector('[data-testid="alert-bell"]')?.getAttribute('data-unread') === String(count),
      unreadBefore,
    );
    await screenshot(nadia, '74-reception-accusee');
  });

  it('Nadia filters her alerts: « Non acquittées » hides the one she acknowledged, the count follows, a reload keeps it', async () => {
    const count = nadia.getByTestId('notification-count');
    const card = nadia.getByTestId('notification').filter({ hasText: TITLE });
    const all = await totalOf(nadia);
    expect(all).toBeGreaterThanOrEqual(1);
    expect((await count.textContent())?.trim()).toMatch(new RegExp(`^${all} alertes?\\b`));

    // From the keyboard: the checkbox takes the focus, the space bar ticks it.
    await nadia.locator('#centre-unacknowledged').focus();
    await nadia.keyboard.press('Space');
    await nadia.waitForURL(/[?&]nonacquittees=1/);
    await nadia.waitForFunction(
      (before) =>
        Number(document.querySelector('[data-testid="notification-count"]')?.getAttribute('data-total')) <
        before,
      all,
    );
    const unacknowledged = await totalOf(nadia);
    expect(await card.count()).toBe(0);
    expect((await count.textContent())?.trim()).toMatch(
      unacknowledged === 0 ? /^Aucune alerte/ : new RegExp(`^${unacknowledged} alertes?\\b`),
    );
    await screenshot(nadia, '74b-centre-filtre-non-acquittees');

    await nadia.reload();
    await visible(nadia.getByRole('heading', { name: 'Mes alertes', level: 1 }));
    await nadia.waitForFunction(
      (total) =>
        document.querySelector('[data-testid="notification-count"]')?.getAttribute('data-total') ===
        String(total),
      unacknowledged,
    );
    expect(await nadia.locator('#centre-unacknowledged').isChecked()).toBe(true);
    expect(await card.count()).toBe(0);

    await nadia.getByRole('button', { name: 'Effacer les filtres (1)' }).click();
    await visible(card);
    expect(await totalOf(nadia)).toBe(all);
  });

  it('Nadia narrows by gravity and origin: her Vigilance alert from the cabinet stays, and goes under « Non acquittées »', async () => {
    const card = nadia.getByTestId('notification').filter({ hasText: TITLE });
    await nadia.locator('label[for="centre-severity-VIGILANCE"]').click();
    await nadia.waitForURL(/[?&]gravite=VIGILANCE/);
    // Only origins she can receive, in French: no « Webhook », which only managers receive.
    const origins = (await nadia.getByLabel('Origine').locator('option').allInnerTexts()).map((text) =>
      text.trim(),
    );
    expect(origins).toContain('Alerte émise');
    expect(origins.filter((text) => /webhook/i.test(text))).toEqual([]);
    await nadia.getByLabel('Origine').selectOption({ label: 'Alerte émise' });
    await nadia.waitForURL(/[?&]origine=MANUAL/);
    await visible(card);
    await nadia.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="notification-severity"]')].every(
        (badge) => badge.textContent?.trim() === 'Vigilance',
      ),
    );
    expect(await nadia.locator('#centre-severity-VIGILANCE').isChecked()).toBe(true);
    expect(await nadia.locator('#centre-severity-URGENT').isChecked()).toBe(false);
    await screenshot(nadia, '74c-centre-filtre-gravite-origine');

    await nadia.locator('label[for="centre-unacknowledged"]').click();
    await nadia.waitForURL(/[?&]nonacquittees=1/);
    await card.waitFor({ state: 'detached' });
    if ((await totalOf(nadia)) === 0) {
      await visible(nadia.getByTestId('no-notification'));
      expect((await nadia.getByTestId('no-notification').innerText()).trim()).toBe(
        'Aucune alerte ne correspond à ces filtres.',
      );
      await screenshot(nadia, '74d-centre-aucune-alerte-filtres');
    }
    await nadia.getByRole('button', { name: /^Effacer les filtres/ }).click();
    await nadia.waitForURL((url) => url.search === '');
    await visible(card);
  });

  it('Hugo Dupont (sécurité privée, compétent sur Orléans mais pas destinataire) ne la reçoit pas', async () => {
    const { context } = await newPage(browser);
    try {
      await apiLogin(context.request, HUGO);
      const result = await graphql<{ notifications: { items: { alert: { title: string } }[] } }>(
        context.request,
        '{ notifications(first: 100) { items { alert { title } } } }',
      );
      expect(result.errors).toBeUndefined();
      expect(result.data?.notifications.items.map((item) => item.alert.title)).not.toContain(TITLE);
    } finally {
      await context.close();
    }
  });

  it('Claire’s sender view shows Val de Loire Habitat Démo: one recipient, read and acknowledged', async () => {
    await claire.getByRole('button', { name: 'Actualiser' }).click();
    const row = claire.getByTestId('receipt-row').and(claire.locator(`[data-organization="${BAILLEUR}"]`));
    await claire.waitForFunction(
      (name) =>
        document
          .querySelector(
            `[data-testid="receipt-row"][data-organization="${name}"] [data-testid="receipt-acknowledged"]`,
          )
          ?.textContent?.trim() === '1',
      BAILLEUR,
    );
    // Other end-to-end tests may have added people to the landlord: at least Nadia received it.
    expect(Number((await row.getByTestId('receipt-recipients').innerText()).trim())).toBeGreaterThanOrEqual(
      1,
    );
    expect((await row.getByTestId('receipt-read').innerText()).trim()).toBe('1');
    await row.getByRole('button', { name: BAILLEUR }).click();
    const people = row.getByTestId('receipt-people');
    await visible(people);
    expect(await people.innerText()).toMatch(
      /Nadia Fournier : accusé réception le \d{2}\/\d{2}\/\d{4} à \d{1,2} h \d{2}/,
    );
    expect(await claire.getByTestId('receipts-table').innerText()).toContain('Police municipale d’Orléans');
    await screenshot(claire, '75-alerte-envoyee-accuses');

    await claire.getByRole('link', { name: 'Alertes envoyées' }).click();
    await claire.waitForURL('**/alertes/envoyees');
    await visible(claire.getByTestId('sent-alert-row').filter({ hasText: TITLE }));
    expect(await claire.locator(`a[href="${sentAlertUrl}"]`).count()).toBe(1);
  });

  it('Claire’s list of sent alerts says how many of the recipients read it and acknowledged it', async () => {
    const row = claire
      .getByTestId('sent-alert-row')
      .filter({ has: claire.locator(`a[href="${sentAlertUrl}"]`) });
    const read = row.getByTestId('sent-alert-read');
    const acknowledged = row.getByTestId('sent-alert-acknowledged');
    // Nadia alone read and acknowledged it, among everyone it was sent to.
    const recipients = Number(await read.getAttribute('data-recipients'));
    expect(recipients).toBeGreaterThanOrEqual(1);
    expect(await read.getAttribute('data-count')).toBe('1');
    expect(await acknowledged.getAttribute('data-count')).toBe('1');
    expect((await read.textContent())?.replace(/\s+/g, ' ')).toContain(`Lue par 1 / ${recipients}`);
    expect((await acknowledged.textContent())?.replace(/\s+/g, ' ')).toContain(
      `Réception accusée par 1 / ${recipients}`,
    );
    // Screen readers hear « 1 sur N » rather than a slash.
    expect(await read.locator('.fr-sr-only').textContent()).toBe(`1 sur ${recipients}`);
    await screenshot(claire, '75b-alertes-envoyees-lectures');
  });
});

describe('Paul Durand (police municipale, responsable) règle ses alertes et celles de son organisation', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, PAUL);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('follows a zone he draws on the map', async () => {
    await page.goto('/alertes/reglages');
    await visible(page.getByRole('heading', { name: 'Réglages des alertes', level: 1 }));
    await visible(page.getByRole('tab', { name: 'Mes réglages' }));
    expect(await page.getByTestId('subscription-source').innerText()).toContain(
      'Vous suivez les réglages par défaut de Continuum',
    );
    await page.locator('label[for="subscription-scope-AREA"]').click();
    const map = page.getByTestId('area-map');
    await visible(map);
    await page.getByRole('button', { name: 'Dessiner la zone' }).click();
    await visible(
      page.getByTestId('area-status').getByText('Cliquez sur la carte pour placer chaque sommet'),
    );

    // The map is fitted to the zones of the département. Paul's competence is Orléans alone, and
    // the communes' outlines judge the area: he zooms on the QPV de l'Argonne (found by its
    // tooltip) and draws a quadrilateral within it, well inside Orléans.
    await map.scrollIntoViewIfNeeded();
    const paths = map.locator('.leaflet-overlay-pane path');
    const mapBox = await map.boundingBox();
    if (!mapBox) throw new Error('Carte introuvable.');
    let index = -1;
    await page.getByRole('button', { name: 'Annuler le tracé' }).click();
    for (let i = 0; i < (await paths.count()) && index < 0; i++) {
      // Away from every zone first, so that only this path's tooltip can show.
      await page.mouse.move(mapBox.x + 2, mapBox.y + mapBox.height - 2);
      await page.locator('.leaflet-tooltip', { hasText: 'Argonne' }).waitFor({ state: 'detached' });
      await paths.nth(i).hover({ force: true });
      await page.waitForTimeout(100);
      if ((await page.locator('.leaflet-tooltip', { hasText: 'Argonne' }).count()) > 0) index = i;
    }
    if (index < 0) throw new Error('Zone de l’Argonne introuvable sur la carte.');
    const argonne = async () => {
      const found = await paths.nth(index).boundingBox();
      if (!found) throw new Error('Zone de l’Argonne hors de la carte.');
      return found;
    };
    for (let zoom = 0; zoom < 3; zoom++) {
      const zone = await argonne();
      await page.mouse.dblclick(zone.x + zone.width / 3, zone.y + zone.height / 2);
      await page.waitForTimeout(400);
    }
    const box = await argonne();
    await page.getByRole('button', { name: 'Dessiner la zone' }).click();
    // The western part of the zone: the Argonne's eastern edge touches Saint-Jean-de-Braye.
    const corners: [number, number][] = [
      [0.2, 0.35],
      [0.45, 0.35],
      [0.45, 0.65],
      [0.2, 0.65],
    ];
    for (const [x, y] of [...corners, corners[0]]) {
      await page.mouse.click(box.x + box.width * x, box.y + box.height * y);
      await page.waitForTimeout(150);
    }
    await visible(page.getByTestId('area-status').getByText('Zone dessinée : 4 sommets.'));
    await page.getByRole('button', { name: 'Enregistrer mes réglages' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Vos réglages sont enregistrés.' }).waitFor();
    await visible(page.getByTestId('subscription-source').getByText('Ces réglages sont les vôtres.'));

    await page.reload();
    await visible(page.getByTestId('area-status').getByText('Zone dessinée : 4 sommets.'));
    expect(await page.locator('#subscription-scope-AREA').isChecked()).toBe(true);
    // The zones of the département as landmarks, and the area drawn over them.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="area-map"] path').length >= 8);
    await screenshot(page, '76-reglages-zone-dessinee');
  });

  it('is offered only the zones within his organisation’s competence: none of Montargis', async () => {
    await page.locator('label[for="subscription-scope-ZONES"]').click();
    const zones = page.locator('label[for^="subscription-zone-"]');
    await visible(zones);
    const offered = (await zones.allInnerTexts()).join(' | ');
    expect(offered).toContain('Argonne');
    expect(offered).not.toContain('Quartier du Plateau');
    await screenshot(page, '77-reglages-zones-de-la-competence');
  });

  it('goes back to his organisation’s settings, then sets its defaults in the second tab', async () => {
    await page.getByRole('button', { name: 'Revenir aux réglages de mon organisation' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Vous suivez de nouveau les réglages' }).waitFor();
    await visible(
      page.getByTestId('subscription-source').getByText('Vous suivez les réglages par défaut de Continuum'),
    );

    await page.getByRole('tab', { name: 'Réglages par défaut de mon organisation' }).click();
    await visible(
      page.getByTestId('subscription-source').getByText('Votre organisation n’a pas encore de réglages'),
    );
    await page.locator('label[for="subscription-emailMode-DIGEST"]').click();
    await page.getByRole('button', { name: 'Enregistrer les réglages de l’organisation' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: 'Réglages par défaut de l’organisation enregistrés.' })
      .waitFor();
    await visible(
      page.getByTestId('subscription-source').getByText('Réglages par défaut de votre organisation'),
    );
    await page.getByRole('tab', { name: 'Mes réglages' }).click();
    await visible(
      page
        .getByTestId('subscription-source')
        .getByText('Vous suivez les réglages par défaut de votre organisation'),
    );
  });
});

/** All the alerts that match the centre's filters, as the page last counted them. */
async function totalOf(page: Page): Promise<number> {
  const count = page.getByTestId('notification-count');
  await count.and(page.locator('[data-total]')).waitFor();
  return Number(await count.getAttribute('data-total'));
}

function bellOf(page: Page): Locator {
  return page.locator('.fr-header__tools-links').getByTestId('alert-bell').first();
}

function bellName(unread: number): string {
  return unread === 0 ? 'Alertes, aucune non lue' : `Alertes, ${unread} non ${unread > 1 ? 'lues' : 'lue'}`;
}

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`Délai dépassé : ${what}.`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** A screenshot of part of the page (or of the window), next to those of `screenshot`. */
function screenshotPath(name: string): string {
  const folder = join(__dirname, '..', '..', '..', 'test-results', 'screenshots');
  mkdirSync(folder, { recursive: true });
  return join(folder, `${name}.png`);
}
