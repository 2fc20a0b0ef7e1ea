import { Browser, Page } from 'playwright-core';
import { baseUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

/*
 * Issue #17 — « S’identifier avec ProConnect » in Chromium, against the local OpenID provider the
 * test run starts beside the API (tools/testing/oidc-provider.mjs: its own login and consent
 * pages; the login is the account's subject). A known agent comes back signed in and logs out
 * there too; a forged callback is refused in French; an agent Continuum does not know lands on
 * « demande d’accès », their manager approves, and they come back signed in.
 */

/** The provider's login page (any password), then its consent page, then back to Continuum. */
async function signInAtProvider(page: Page, subject: string): Promise<void> {
  await page.getByRole('link', { name: 'S’identifier avec ProConnect' }).click();
  await page.locator('input[name="login"]').waitFor();
  expect(new URL(page.url()).origin).not.toBe(baseUrl());
  await page.locator('input[name="login"]').fill(subject);
  await page.locator('input[name="password"]').fill('mot-de-passe-du-fournisseur');
  await page.locator('button[type="submit"]').click();
  // The consent page: « Continue ».
  await page.getByRole('button', { name: 'Continue' }).click();
}

describe('ProConnect', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a known agent signs in with ProConnect, then logs out here and at ProConnect', async () => {
    const { page } = await newPage(browser);
    await page.goto('/connexion');
    await page.getByTestId('proconnect').waitFor();
    await screenshot(page, '70-connexion-proconnect');

    await signInAtProvider(page, 'pc-marc-petit');
    await page.waitForURL('**/mes-dossiers');
    await page.getByTestId('current-user').getByText('Marc Petit').waitFor();
    await screenshot(page, '71-proconnect-connecte');

    await page.getByRole('button', { name: 'Se déconnecter' }).click();
    // The provider asks whether to end its session too.
    await page.getByRole('button', { name: /Yes, sign me out/i }).click();
    await page.waitForURL('**/connexion?deconnexion=proconnect*');
    await page.getByText('Vous êtes déconnecté de Continuum et de ProConnect.').waitFor();
    await screenshot(page, '72-proconnect-deconnecte');
  });

  it('refuses a forged callback with a French message, and nobody is signed in', async () => {
    const { page } = await newPage(browser);
    await page.goto('/auth/proconnect/retour?code=code-vole&state=etat-forge&iss=http%3A%2F%2F127.0.0.1');
    await page.waitForURL('**/connexion?proconnect=state');
    await page
      .getByTestId('proconnect-refusal')
      .getByText('La réponse de ProConnect ne correspond à aucune connexion en cours', { exact: false })
      .waitFor();
    expect(await page.getByTestId('current-user').count()).toBe(0);
    await screenshot(page, '73-proconnect-refuse');
  });

  it('an unknown agent asks for access; their manager approves; they sign in', async () => {
    const name = `lea-${Date.now().toString(36)}`;
    const agent = await newPage(browser);
    await agent.page.goto('/connexion');
    await signInAtProvider(agent.page, `nouvel-agent-${name}`);
    await agent.page.waitForURL('**/connexion/demande-acces?*');
    await agent.page.getByRole('heading', { name: 'Demande d’accès envoyée' }).waitFor();
    await agent.page.getByText('transmise aux responsables de Police municipale d’Orléans').waitFor();
    await screenshot(agent.page, '74-demande-acces-envoyee');

    const manager = await newPage(browser);
    await login(manager.page, 'paul.durand@pm-orleans.demo');
    await manager.page.goto('/administration/comptes');
    const request = manager.page.getByTestId('access-request').filter({ hasText: `${name}@pm-orleans.demo` });
    await request.waitFor();
    await screenshot(manager.page, '75-demandes-acces-responsable');
    await request.getByRole('button', { name: /^Approuver la demande/ }).click();
    await manager.page.getByText(/Demande approuvée : le compte de Léa Nouvel .* est créé/).waitFor();

    // Another day, another browser: signed in, an agent of the Police municipale.
    const approved = await newPage(browser);
    await approved.page.goto('/connexion');
    await signInAtProvider(approved.page, `nouvel-agent-${name}`);
    await approved.page.waitForURL('**/mes-dossiers');
    await approved.page.getByTestId('current-user').getByText('Police municipale d’Orléans').waitFor();
  });
});
