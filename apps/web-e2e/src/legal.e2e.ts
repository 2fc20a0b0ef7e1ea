import { Browser, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

describe('The public notices, from the footer of every page, with or without an account', () => {
  let browser: Browser;
  let visitor: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: visitor } = await newPage(browser));
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('leads a visitor from the login page to « Données personnelles »: the controller, the rights, the cookie and the register in force', async () => {
    await visitor.goto('/connexion');
    const footer = visitor.getByRole('contentinfo');
    await footer.getByRole('link', { name: 'Données personnelles' }).click();
    await visitor.waitForURL('**/donnees-personnelles');
    await visitor.getByRole('heading', { name: 'Données personnelles', level: 1 }).waitFor();
    await visitor
      .getByText(/Le responsable du traitement est : Préfet du département Loiret \(45\)/)
      .waitFor();
    const register = visitor.getByRole('heading', { level: 3 });
    expect(await register.allInnerTexts()).toEqual([
      'Problèmes partagés (dossiers) et leurs personnes',
      'Courriels de la plateforme',
      'Alertes et notifications',
      'Propositions du public',
      'Comptes des agents',
      'Journal des accès et des actions',
    ]);
    // The durations are the ones in force (the retention rules' defaults in the demo).
    await visitor
      .getByText('2 ans après la clôture du dossier (données nominatives des dossiers clos)')
      .waitFor();
    await visitor.getByText('3 mois (contenu des courriels envoyés)').waitFor();
    await visitor.getByText('1 an (journal des accès et des actions)').waitFor();
    await screenshot(visitor, '95-donnees-personnelles');
    await footer.getByRole('link', { name: 'Gestion des cookies' }).click();
    await visitor.waitForURL('**/donnees-personnelles#cookies');
  });

  it('states accessibility as measured: « non conforme », no audit yet', async () => {
    await visitor
      .getByRole('contentinfo')
      .getByRole('link', { name: 'Accessibilité : non conforme' })
      .click();
    await visitor.waitForURL('**/accessibilite');
    await visitor.getByRole('heading', { name: 'Déclaration d’accessibilité', level: 1 }).waitFor();
    await visitor.getByText('Continuum est non conforme').waitFor();
    await screenshot(visitor, '96-accessibilite');
  });

  it('keeps the same links in the footer once signed in', async () => {
    await login(visitor, 'nadia.fournier@bailleur.demo');
    const links = await visitor.getByRole('contentinfo').getByRole('link').allInnerTexts();
    expect(links).toEqual(
      expect.arrayContaining(['Accessibilité : non conforme', 'Données personnelles', 'Gestion des cookies']),
    );
  });
});
