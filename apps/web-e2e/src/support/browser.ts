import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { Browser, BrowserContext, chromium, Page } from 'playwright-core';

/** The running Continuum (API serving the built client), e.g. http://127.0.0.1:4300. */
export function baseUrl(): string {
  const url = process.env['E2E_BASE_URL'];
  if (!url) throw new Error('E2E_BASE_URL manquant : lancez Continuum (npm run demo) et donnez son adresse.');
  return url.replace(/\/$/, '');
}

const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Debian's Chromium; playwright-core never downloads a browser. A fresh profile per launch. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** A new French-speaking context in Paris, whatever the machine says. */
export async function newPage(browser: Browser): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    baseURL: baseUrl(),
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    viewport: { width: 1280, height: 900 },
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', 'test-results', 'screenshots');

/** Full-page screenshot under test-results/screenshots/, named after the step. */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

export const DEMO_PASSWORD = 'continuum-demo';

/** Fills and sends the login form (the page must be on /connexion). */
export async function submitLogin(page: Page, email: string, password: string): Promise<void> {
  await page.getByLabel('Adresse électronique').fill(email);
  await page.locator('#login-password-input').fill(password);
  await page.getByRole('button', { name: 'Se connecter' }).click();
}

/** Logs in from the login page and waits for « Mes dossiers », the home page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/connexion');
  await submitLogin(page, email, password);
  await page.waitForURL('**/mes-dossiers');
}
