import { Browser, Page } from 'playwright-core';
import { launchBrowser, newPage, screenshot, submitLogin } from './support/browser';

describe('login refused', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('asks for the missing fields in French before calling the server', async () => {
    await page.goto('/connexion');
    await page.getByRole('button', { name: 'Se connecter' }).click();
    await page.getByText('Saisissez votre adresse électronique.').waitFor();
    await page.getByText('Saisissez votre mot de passe.').waitFor();
  });

  it('shows the server’s French message for a wrong password, and the same for an unknown address', async () => {
    await submitLogin(page, 'sophie.bernard@orleans.demo', 'pas-le-bon-mot-de-passe');
    const alert = page.getByTestId('problem');
    await alert.waitFor();
    const wrongPassword = (await alert.innerText()).trim();
    expect(wrongPassword).toMatch(/[a-zéèà]/i);
    expect(wrongPassword).not.toMatch(/invalid|error|password/i);
    expect(page.url()).toContain('/connexion');
    await screenshot(page, '10-connexion-refusee');

    // A new unknown address each run: failures are throttled per address typed (5 in 15 minutes).
    await submitLogin(
      page,
      `personne.inconnue.${Date.now().toString(36)}@orleans.demo`,
      'pas-le-bon-mot-de-passe',
    );
    await page.waitForFunction(
      (previous) => document.querySelector('[data-testid="problem"]')?.textContent?.trim() === previous,
      wrongPassword,
    );
    expect((await alert.innerText()).trim()).toBe(wrongPassword);
  });
});
