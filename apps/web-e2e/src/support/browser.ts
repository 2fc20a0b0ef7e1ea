import { mkdirSync, readFileSync } from 'node:fs';
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
    viewport: DESKTOP,
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { context, page };
}

const SCREENSHOTS = join(__dirname, '..', '..', '..', '..', 'test-results', 'screenshots');

/** The two widths every page is looked at: an agent's laptop and a phone. */
const DESKTOP = { width: 1366, height: 900 };
const PHONE = { width: 375, height: 812 };

/**
 * Full-page screenshots under test-results/screenshots/, named after the step — at 1366 px and,
 * as `<name>-375`, at 375 px — each checked by axe-core: a serious or critical violation fails
 * the step. The page is left at its desktop width.
 */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  const size = page.viewportSize() ?? DESKTOP;
  await page.screenshot({ path, fullPage: true });
  await checkAccessibility(page, name);
  await page.setViewportSize(PHONE);
  try {
    await page.waitForTimeout(150); // layouts and the DSFR's scripts follow the resize
    await page.screenshot({ path: join(SCREENSHOTS, `${name}-375.png`), fullPage: true });
    await checkAccessibility(page, `${name} (375 px)`);
  } finally {
    await page.setViewportSize(size);
  }
  return path;
}

/** axe-core's own build, evaluated in the page (DevTools evaluation is not subject to its CSP). */
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

interface AxeFinding {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** Fails when axe-core finds a serious or critical violation on the page as it is now. */
export async function checkAccessibility(page: Page, name: string): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const findings: AxeFinding[] = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: Document,
            options: object,
          ) => Promise<{
            violations: { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }[];
          }>;
        };
      }
    ).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations
      .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
      .map((violation) => ({
        id: violation.id,
        impact: violation.impact,
        help: violation.help,
        targets: violation.nodes.slice(0, 5).map((node) => node.target.join(' ')),
      }));
  });
  if (findings.length > 0)
    throw new Error(`Accessibilité (axe-core), « ${name} » :\n${JSON.stringify(findings, null, 1)}`);
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
