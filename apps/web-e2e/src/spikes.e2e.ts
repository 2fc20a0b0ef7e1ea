import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

const CLAIRE = 'claire.martin@prefecture.demo';
const NADIA = 'nadia.fournier@bailleur.demo';
/** The demo's smallest zone, at the entrance of a park in Orléans (about 120 m by 180 m). */
const ZONE = 'Entrée du parc (Orléans)';
const CENTRE = { lon: 1.9395, lat: 47.9135 };
const TITLE = `Hausse inhabituelle — Cambriolages de logement — ${ZONE}`;

const HEADER = 'N° procédure;Date début faits;Heure;Indicateur;Code INSEE;Longitude;Latitude;Lieu;Service';
const MAPPING = {
  columns: [
    { field: 'STARTS_ON', column: 1 },
    { field: 'STARTS_AT', column: 2 },
    { field: 'CATEGORY', column: 3 },
    { field: 'COMMUNE', column: 4 },
    { field: 'LONGITUDE', column: 5 },
    { field: 'LATITUDE', column: 6 },
    { field: 'PLACE_TYPE', column: 7 },
    { field: 'SOURCE', column: 8 },
  ],
  countingUnit: 'INFRACTION',
};

const plusDays = (iso: string, days: number) =>
  new Date(Date.parse(`${iso}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** Last week's Monday in Paris (a week over, whatever today is). */
function lastMonday(): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  const weekday = (new Date(`${today}T12:00:00Z`).getUTCDay() + 6) % 7;
  return plusDays(today, -weekday - 7);
}

/**
 * The police's export of burglaries: twelve last week at the park's entrance, one a week in the
 * twelve weeks before — the rise the detection must see (12 against about 1).
 */
function burglaries(marker: string): Buffer {
  const monday = lastMonday();
  const lines = [HEADER];
  const line = (day: string, n: number) => {
    const lon = (CENTRE.lon + ((n % 5) - 2) * 0.0001).toFixed(5).replace('.', ',');
    const lat = (CENTRE.lat + ((n % 3) - 1) * 0.0001).toFixed(5).replace('.', ',');
    const [y, m, d] = day.split('-');
    lines.push(
      `${marker}-${n};${d}/${m}/${y};03:15;Cambriolages de logement;45234;"${lon}";"${lat}";Domicile;Police nationale`,
    );
  };
  let n = 0;
  for (let i = 0; i < 12; i++) line(plusDays(monday, i % 7), n++);
  for (let back = 1; back <= 12; back++) line(plusDays(monday, 2 - 7 * back), n++);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

/**
 * Spike detection (issue #13) as a partner meets it: the cabinet imports the police's recorded
 * burglaries; the platform sees an unusual week in a zone and alerts the partners subscribed to it.
 * Nadia Fournier, the landlord's security manager, finds it in her centre, signed by the platform
 * (no person wrote it), with the count and the expected level, and nothing of any incident.
 */
describe('Nadia Fournier is told of an unusual rise of burglaries, by Continuum’s automatic detection', () => {
  let browser: Browser;
  let cabinet: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ context: cabinet } = await newPage(browser));
    ({ page } = await newPage(browser));
    await apiLogin(cabinet.request, CLAIRE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('the cabinet’s import of the police’s burglaries is recorded', async () => {
    const upload = await cabinet.request.post('/diagnostic/imports/faits', {
      multipart: {
        file: {
          name: 'cambriolages-semaine.csv',
          mimeType: 'text/csv',
          buffer: burglaries(`spike-${Date.now().toString(36)}`),
        },
      },
    });
    expect(upload.status()).toBe(201);
    const { id } = (await upload.json()) as { id: string };
    const started = await graphql<{ startIncidentImport: { status: string } }>(
      cabinet.request,
      `
        mutation ($id: ID!, $mapping: IncidentMappingInput!) {
          startIncidentImport(id: $id, mapping: $mapping) {
            status
          }
        }
      `,
      { id, mapping: MAPPING },
    );
    expect(started.errors).toBeUndefined();
    const status = await poll(
      async () =>
        (
          await graphql<{ diagnosticImport: { status: string } }>(
            cabinet.request,
            `
              query ($id: ID!) {
                diagnosticImport(id: $id) {
                  status
                }
              }
            `,
            { id },
          )
        ).data?.diagnosticImport.status,
      (value) => value === 'IMPORTED' || value === 'REFUSED' || value === 'AWAITING_DECISION',
    );
    expect(status).toBe('IMPORTED');
  });

  it('Nadia Fournier finds it among her alerts, signed « Continuum — détection automatique »', async () => {
    await login(page, NADIA);
    const card = page.getByTestId('notification').filter({ hasText: TITLE });
    // The detection and the fan-out run in the background after the import: the centre is read again.
    const count = await poll(
      async () => {
        await page.goto('/alertes?origine=INCIDENT_SPIKE');
        await page.getByRole('heading', { level: 1 }).first().waitFor();
        await page.waitForLoadState('networkidle');
        return card.count();
      },
      (value) => value > 0,
    );
    expect(count).toBe(1);
    await visible(card);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Hausse inhabituelle de la délinquance enregistrée');
    expect(text).toMatch(
      /Hausse inhabituelle : 12 cambriolages de logement la semaine du .+ dans la zone Entrée du parc \(Orléans\) \(attendu : \d+,\d\)\./,
    );
    expect(text).toContain('Émise par Continuum — détection automatique');
    expect(text).toContain(`Territoire : ${ZONE}`);
    // Aggregates only: no case to open, no procedure number, no hour of the facts.
    expect(await card.getByTestId('notification-case').count()).toBe(0);
    expect(text).not.toMatch(/spike-|03:15|3 h 15/);
    await screenshot(page, 'b0-alerte-hausse-inhabituelle');
  });
});

/** Reads `probe` every second until `done` says so, or 30 s have passed; its last value. */
async function poll<T>(probe: () => Promise<T>, done: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const value = await probe();
    if (done(value) || Date.now() > deadline) return value;
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
}

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
