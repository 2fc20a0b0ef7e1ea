import { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

describe('Alex Admin creates an account', () => {
  let browser: Browser;
  let page: Page;
  const stamp = Date.now().toString(36);
  const email = `camille.e2e.${stamp}@gien.demo`;
  const fullName = `Camille Essai ${stamp}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the accounts from the Administration menu', async () => {
    await login(page, 'admin@continuum.demo');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/administration/comptes');
    await page.getByTestId('users-table').waitFor();
    await screenshot(page, '20-administration-comptes');
  });

  it('is told in French what is missing', async () => {
    await page.getByRole('link', { name: 'Créer un compte' }).click();
    await page.waitForURL('**/administration/comptes/nouveau');
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.getByText('Saisissez le nom complet.').waitFor();
    await page.getByText('Saisissez l’adresse électronique.').waitFor();
    await page.getByText('Choisissez l’organisation.').waitFor();
    await screenshot(page, '21-creation-compte-erreurs');
  });

  it('sees the server’s message next to the e-mail field when the address is taken', async () => {
    await page.getByLabel('Nom complet').fill(fullName);
    await page.getByLabel('Fonction').fill('Agente de la police municipale (essai)');
    await page.locator('#user-email').fill('sophie.bernard@orleans.demo');
    await page.locator('#user-organizationId').selectOption({ label: 'Mairie de Gien' });
    // No password here: the person receives an invitation and chooses their own.
    expect(await page.locator('#user-password').count()).toBe(0);
    await page.getByText('pour choisir elle-même son mot de passe').waitFor();
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    const fieldError = page.getByTestId('error-email');
    await fieldError.waitFor();
    expect(await fieldError.innerText()).toContain('sophie.bernard@orleans.demo');
    await screenshot(page, '22-creation-compte-adresse-prise');
  });

  it('creates the account, is told an invitation left, and finds it in the list', async () => {
    await page.locator('#user-email').fill(email);
    await page.getByRole('button', { name: 'Créer le compte' }).click();
    await page.waitForURL('**/administration/comptes');
    const flash = page.getByTestId('flash');
    await flash.waitFor();
    expect(await flash.innerText()).toContain(
      `une invitation à choisir son mot de passe lui est envoyée à ${email}`,
    );
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
    await row.waitFor();
    expect(await row.innerText()).toContain('Mairie de Gien');
    expect(await row.innerText()).toContain(fullName);
    await screenshot(page, '23-compte-cree');
  });

  it('edits the account, then disables it with a reason', async () => {
    await page.getByTestId('users-table').getByRole('link', { name: fullName }).click();
    await page.getByRole('heading', { name: `Compte de ${fullName}` }).waitFor();
    await page.getByLabel('Fonction').fill('Garde champêtre (essai)');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.waitForURL('**/administration/comptes');
    await page.getByTestId('flash').filter({ hasText: 'a été modifié' }).waitFor();

    await page.getByTestId('users-table').getByRole('link', { name: fullName }).click();
    await page.getByLabel('Motif').fill('Compte de test de bout en bout');
    await page.getByRole('button', { name: 'Désactiver le compte' }).click();
    await page.waitForURL('**/administration/comptes');
    await page.getByTestId('flash').filter({ hasText: 'a été désactivé' }).waitFor();
    // DSFR draws the checkbox on its label, which is what a user clicks.
    await page.locator('label[for="users-disabled"]').click();
    const row = page.getByTestId('users-table').getByRole('row').filter({ hasText: email });
    await row.filter({ hasText: 'Désactivé' }).waitFor();
    expect(await row.innerText()).toContain('Garde champêtre (essai)');
  });
});

describe('Alex Admin creates an organisation competent on some communes', () => {
  let browser: Browser;
  let page: Page;
  const name = `Bailleur Essai ${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'admin@continuum.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is told what is missing, the communes included', async () => {
    await page.goto('/administration/organisations/nouvelle');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.getByText('Saisissez le nom de l’organisation.').waitFor();
    await page.getByText('Choisissez le type d’acteur.').waitFor();
    await page.getByText(/Choisissez au moins une commune de compétence/).waitFor();
  });

  it('picks communes by typing without accents, and finds the organisation listed', async () => {
    await page.locator('#org-name').fill(name);
    await page.locator('#org-type').selectOption({ label: 'Bailleur' });
    await page.locator('#org-competenceCommuneCodes').fill('saint jean de braye');
    await page.getByRole('button', { name: 'Saint-Jean-de-Braye (45284)' }).click();
    await page.locator('#org-competenceCommuneCodes').fill('fleury');
    await page.getByRole('button', { name: /Fleury-les-Aubrais/ }).click();
    await page.getByRole('button', { name: 'Retirer Saint-Jean-de-Braye' }).waitFor();
    await page.locator('#org-seatCommuneCode').selectOption({ label: 'Saint-Jean-de-Braye' });
    await screenshot(page, '24-creation-organisation');
    await page.getByRole('button', { name: 'Créer l’organisation' }).click();
    await page.waitForURL('**/administration/organisations');
    const row = page.getByTestId('organizations-table').getByRole('row').filter({ hasText: name });
    await row.waitFor();
    expect(await row.innerText()).toContain('2 communes');
    expect(await row.innerText()).toContain('Saint-Jean-de-Braye');
    await screenshot(page, '25-organisation-creee');
  });
});

describe('what the rules show', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('a manager administers the accounts of their own organisation only', async () => {
    const { page, context } = await newPage(browser);
    await login(page, 'paul.durand@pm-orleans.demo');
    await page.getByRole('link', { name: 'Administration' }).click();
    await page.waitForURL('**/administration/comptes');
    const rows = page.getByTestId('users-table').locator('tbody tr');
    await rows.first().waitFor();
    for (const text of await rows.allInnerTexts()) expect(text).toContain('Police municipale d’Orléans');
    await page.getByRole('link', { name: 'Créer un compte' }).waitFor();
    await screenshot(page, '26-responsable-comptes');

    await page.getByRole('link', { name: 'Organisations' }).click();
    await page.getByTestId('organizations-table').waitFor();
    expect(await page.getByRole('link', { name: 'Créer une organisation' }).count()).toBe(0);
    await page
      .getByTestId('organizations-table')
      .getByRole('link', { name: 'Police municipale d’Orléans' })
      .waitFor();
    expect(await page.getByTestId('organizations-table').getByRole('link').count()).toBe(1);
    await context.close();
  });

  it('an agent sees no administration', async () => {
    const { page, context } = await newPage(browser);
    await login(page, 'marc.petit@orleans.demo');
    expect(await page.getByRole('link', { name: 'Administration' }).count()).toBe(0);
    await page.goto('/administration/comptes');
    await page.waitForURL('**/mes-dossiers');
    await context.close();
  });
});
