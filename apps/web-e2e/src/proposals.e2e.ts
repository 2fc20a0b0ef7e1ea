import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

const TEXT =
  'Chaque nuit, des voitures font des rodéos sur le parking du gymnase. Mon voisin, M. Girardin, ' +
  'a noté leurs passages ; vous pouvez me rappeler au 06 11 22 33 44.';
const ANSWER = 'La police municipale patrouillera sur ce parking chaque nuit du week-end, dès ce mois-ci.';

describe('A citizen proposes without an account; Claire Martin releases and answers; the citizen reads the answer', () => {
  let browser: Browser;
  let citizen: Page;
  let claire: Page;
  let reference = '';
  let link = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: citizen } = await newPage(browser));
    ({ page: claire } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reaches the form signed out, from the login page', async () => {
    await citizen.goto('/connexion');
    await citizen.getByRole('link', { name: /Sans compte : faire une proposition/ }).click();
    await citizen.waitForURL('**/propositions/nouvelle');
    await visible(citizen.getByRole('heading', { name: 'Faire une proposition', level: 1 }));
    await visible(citizen.locator('#proposal-communeCode option[value="45234"]'), 'attached');
    await screenshot(citizen, '90-proposition-formulaire');
  });

  it('is told on the field that a place outside the commune is refused, and sends once it is removed', async () => {
    await citizen.getByLabel('Commune *').selectOption('45234');
    await citizen.getByLabel('Sujet *').selectOption('SECURITE_ROUTIERE');
    await citizen.getByLabel(/Votre proposition \*/).fill(TEXT);
    await citizen.getByLabel(/Adresse électronique/).fill('citoyen.e2e@exemple.fr');
    // The map opens on the whole département: its centre is far from Orléans.
    await citizen.getByTestId('place-map').click();
    await visible(citizen.getByTestId('proposal-point').filter({ hasText: 'Lieu indiqué' }));
    // A person takes a few seconds to write: the form refuses anything sent sooner (3 s).
    await citizen.waitForTimeout(3500);
    await citizen.getByRole('button', { name: 'Envoyer ma proposition' }).click();
    await visible(
      citizen.getByRole('alert').filter({ hasText: 'hors de la commune choisie (Orléans)' }).first(),
    );
    await screenshot(citizen, '91-proposition-lieu-refuse');
    await citizen.getByRole('button', { name: 'Retirer le lieu' }).click();
    await citizen.getByRole('button', { name: 'Envoyer ma proposition' }).click();
    const receipt = citizen.getByTestId('proposal-receipt');
    await visible(receipt);
    reference = /Proposition (P-\d+) envoyée/.exec(await receipt.innerText())![1];
    expect(await receipt.innerText()).toMatch(/données personnelles/);
    link = await citizen.getByTestId('proposal-link').inputValue();
    expect(link).toMatch(/\/propositions\/suivi\/[A-Za-z0-9_-]{40,}$/);
    await screenshot(citizen, '92-proposition-envoyee');
  });

  it('waits for moderation: the private link says so', async () => {
    await citizen.goto(link);
    await visible(citizen.getByTestId('proposal-status').filter({ hasText: 'En attente de modération' }));
  });

  it('lets Claire Martin find it in the moderation queue, with the e-mail and the personal data flagged', async () => {
    await login(claire, 'claire.martin@prefecture.demo');
    await claire.getByRole('link', { name: 'Propositions', exact: true }).click();
    await claire.waitForURL('**/propositions');
    await visible(claire.getByTestId('view-moderer'));
    await visible(claire.getByTestId('proposal-row').filter({ hasText: reference }));
    await screenshot(claire, '93a-propositions-a-moderer');
    await claire.getByTestId('proposal-row').filter({ hasText: reference }).getByRole('link').click();
    await visible(claire.getByRole('heading', { name: `Proposition ${reference}`, level: 1 }));
    expect(await claire.getByTestId('proposal-email').innerText()).toBe('citoyen.e2e@exemple.fr');
    const flags = await claire.getByTestId('proposal-flags').innerText();
    expect(flags).toContain('M. Girardin');
    expect(flags).toContain('06 11 22 33 44');
    await screenshot(claire, '93-proposition-moderation');
  });

  it('releases it, then answers it', async () => {
    await claire.getByRole('button', { name: 'Publier pour traitement' }).click();
    await visible(claire.getByTestId('proposal-status').filter({ hasText: 'À traiter' }));
    await claire.getByLabel(/Réponse à l’auteur/).fill(ANSWER);
    await screenshot(claire, '94-proposition-triage');
    await claire.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await visible(claire.getByTestId('proposal-status').filter({ hasText: 'Réponse apportée' }));
    expect(await claire.getByTestId('proposal-answer').innerText()).toContain(ANSWER);
  });

  it('shows the citizen the answer through the private link, the personal data masked', async () => {
    await citizen.goto(link);
    await visible(citizen.getByTestId('proposal-status').filter({ hasText: 'Réponse apportée' }));
    expect(await citizen.getByTestId('proposal-answer').innerText()).toContain(ANSWER);
    const body = await citizen.locator('main, body').first().innerText();
    expect(body).toContain('[numéro de téléphone masqué]');
    expect(body).not.toContain('06 11 22 33 44');
    expect(body).not.toContain('citoyen.e2e@exemple.fr');
    await screenshot(citizen, '95-proposition-reponse');
  });

  it('shows Serge Aubert, maire d’Orléans, his own proposals, and his commune’s answered one masked', async () => {
    const { page: serge } = await newPage(browser);
    await login(serge, 'serge.aubert@orleans.demo');
    await serge.getByRole('link', { name: 'Propositions', exact: true }).click();
    await visible(serge.getByTestId('view-miennes'));
    await visible(serge.getByTestId('proposal-row').filter({ hasText: 'vidéoprotection' }));
    await screenshot(serge, '96-propositions-mes-propositions');
    await serge.getByTestId('view-traitees').click();
    const row = serge
      .getByTestId('proposal-row')
      .filter({ has: serge.getByRole('link', { name: reference, exact: true }) });
    await visible(row);
    expect(await row.innerText()).toContain('[nom de personne masqué]');
    expect(await row.innerText()).not.toContain('Girardin');
  });
});

async function visible(locator: Locator, state: 'visible' | 'attached' = 'visible'): Promise<void> {
  await locator.first().waitFor({ state });
}
