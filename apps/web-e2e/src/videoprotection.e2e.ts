import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

const TITLE = `Parvis de la médiathèque ${Date.now().toString(36)}`;

describe('The mairie of Orléans asks for video-protection with a site drawn; Karim Benali gives his opinion; Claire Martin records the funding', () => {
  let browser: Browser;
  let marc: Page;
  let karim: Page;
  let claire: Page;
  let projectUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: marc } = await newPage(browser));
    ({ page: karim } = await newPage(browser));
    ({ page: claire } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows Marc Petit his commune’s projects, sortable by « dans un lieu identifié »', async () => {
    await login(marc, 'marc.petit@orleans.demo');
    await marc.getByRole('link', { name: 'Vidéoprotection', exact: true }).click();
    await marc.waitForURL('**/videoprotection');
    await visible(
      marc.getByTestId('video-row').filter({ hasText: 'Vidéoprotection du quartier de l’Argonne' }),
    );
    expect(await marc.getByTestId('video-projects').innerText()).not.toContain('Quartier du Plateau');
    await marc.getByTestId('sort-TARGETED_FIRST').click();
    await visible(marc.getByTestId('video-row').first());
    await screenshot(marc, 'a0-videoprotection-liste');
  });

  it('lets him submit a project with a site placed on the map', async () => {
    await marc.getByRole('link', { name: 'Nouveau projet' }).click();
    await marc.waitForURL('**/videoprotection/nouveau');
    await visible(marc.locator('#video-commune option[value="45234"]'), 'attached');
    await marc.getByLabel('Titre du projet *').fill(TITLE);
    await marc
      .getByLabel(/Finalité \*/)
      .fill('Dissuader les dégradations et rassurer les usagers du parvis le soir.');
    await marc.getByLabel('Nom du site *').fill('Parvis');
    await marc.getByLabel('Caméras prévues *').fill('3');
    await marc.getByRole('button', { name: 'Placer un point' }).click();
    await visible(marc.getByTestId('draw-status').filter({ hasText: 'cliquez sur la carte' }));
    // The map is fitted to Orléans: its centre lies in the commune.
    await marc.waitForTimeout(800);
    await marc.getByTestId('sites-map').click();
    await visible(marc.getByTestId('site-shape-0').filter({ hasText: 'Point tracé' }));
    await screenshot(marc, 'a1-videoprotection-demande');
    await marc.getByTestId('video-submit').click();
    await visible(marc.getByRole('heading', { name: TITLE, level: 1 }));
    expect(await marc.getByTestId('video-status').textContent()).toContain('Demandé');
    expect(await marc.getByTestId('video-sites').innerText()).toMatch(/Parvis — 3 caméras/);
    // The mairie does not give the opinion: no step for it now.
    expect(await marc.getByTestId('step-panel').count()).toBe(0);
    projectUrl = marc.url();
    await screenshot(marc, 'a2-videoprotection-projet-demande');
  });

  it('lets Karim Benali, référent sûreté, give a favourable opinion', async () => {
    await login(karim, 'karim.benali@police.demo');
    await karim.getByRole('link', { name: 'Vidéoprotection', exact: true }).click();
    await karim.getByTestId('video-row').filter({ hasText: TITLE }).getByRole('link').click();
    await visible(karim.getByRole('heading', { name: 'Étape suivante : Avis du référent sûreté rendu' }));
    await karim.locator('label[for="opinion-FAVORABLE"]').click();
    await karim.getByLabel(/Motivation de l’avis/).fill('Implantation cohérente avec les faits constatés.');
    await screenshot(karim, 'a3-videoprotection-avis');
    await karim.getByTestId('step-submit').click();
    await visible(karim.getByTestId('video-status').filter({ hasText: 'Avis du référent sûreté rendu' }));
    expect(await karim.getByTestId('video-opinion').innerText()).toContain('Favorable');
  });

  it('lets the mairie ask for the FIPD funding', async () => {
    await marc.goto(projectUrl);
    await visible(marc.getByRole('heading', { name: 'Étape suivante : Financement FIPD demandé' }));
    await marc.getByLabel(/Montant FIPD demandé/).fill('-5');
    await marc.getByTestId('step-submit').click();
    await visible(marc.getByTestId('problem').filter({ hasText: 'doit être positif' }));
    await marc.getByLabel(/Montant FIPD demandé/).fill('40000');
    await marc.getByTestId('step-submit').click();
    await visible(marc.getByTestId('video-status').filter({ hasText: 'Financement FIPD demandé' }));
  });

  it('lets Claire Martin see the hot cells and record the funding granted', async () => {
    await login(claire, 'claire.martin@prefecture.demo');
    await claire.goto(projectUrl);
    await visible(claire.getByRole('heading', { name: 'Étape suivante : Financement décidé' }));
    await visible(claire.getByText('Points chauds du diagnostic'));
    await claire.locator('label[for="granted-true"]').click();
    await claire.getByLabel(/Montant accordé/).fill('35000');
    await screenshot(claire, 'a4-videoprotection-financement');
    await claire.getByTestId('step-submit').click();
    await visible(claire.getByTestId('video-status').filter({ hasText: 'Financement décidé' }));
    expect(await claire.getByTestId('video-funding').innerText()).toMatch(/Accordé : 35\s000,00\s€/);
    const history = await claire.getByTestId('video-history').innerText();
    expect(history).toContain('Karim Benali');
    expect(history).toContain('Claire Martin');
    await screenshot(claire, 'a5-videoprotection-projet-finance');
  });
});

async function visible(locator: Locator, state: 'visible' | 'attached' = 'visible'): Promise<void> {
  await locator.first().waitFor({ state });
}
