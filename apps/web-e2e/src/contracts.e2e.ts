import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** A calendar day `days` from today in Paris, as a date field takes it. */
function parisDay(days: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(
    new Date(Date.now() + days * 86_400_000),
  );
}

/**
 * Claire Martin (cabinet) writes a CSI for Orléans with two commitments, one carried by the DDPN;
 * Laurent Moreau (DDPN) marks his « tenu »; the contract's PDF downloads.
 */
describe('A contrat de sécurité intégrée, from its writing to a commitment kept', () => {
  let browser: Browser;
  let claire: Page;
  let laurent: Page;
  const title = `CSI d’Orléans — essai ${Date.now().toString(36)}`;
  let address = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: claire } = await newPage(browser));
    ({ page: laurent } = await newPage(browser));
    await login(claire, 'claire.martin@prefecture.demo');
    await login(laurent, 'laurent.moreau@police.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds the contracts in the navigation, the demo’s among them', async () => {
    await claire.getByRole('link', { name: 'Contrats', exact: true }).first().click();
    await claire.waitForURL('**/contrats');
    await visible(claire.getByRole('heading', { name: 'Contrats', level: 1 }));
    await visible(claire.getByRole('link', { name: 'Contrat de sécurité intégrée d’Orléans 2026-2028' }));
    await screenshot(claire, '95-contrats-liste');
  });

  it('creates the CSI with the State, the mairie and the police as parties', async () => {
    await claire.getByRole('link', { name: 'Nouveau contrat' }).click();
    await claire.waitForURL('**/contrats/nouveau');
    await claire.getByLabel('Type de contrat').selectOption('CSI');
    await claire.getByLabel('Intitulé').fill(title);
    await claire.locator('#contract-commune').selectOption('45234');
    await visible(claire.getByRole('button', { name: 'Retirer Orléans' }));
    await claire.locator('#party-org-1').selectOption({ label: 'Mairie d’Orléans' });
    await claire.getByRole('button', { name: 'Ajouter une partie' }).click();
    await claire.locator('#party-org-2').selectOption({ label: 'DDPN du Loiret' });
    await claire.getByLabel('Signature').fill(parisDay(-30));
    await claire.getByLabel('Début').fill(parisDay(-30));
    await claire.getByLabel('Fin').fill(parisDay(1000));
    await claire.getByLabel(/Référence du document/).fill('Délibération n° 2026-12 (essai)');
    await screenshot(claire, '96-contrat-formulaire');
    await claire.getByRole('button', { name: 'Créer le contrat' }).click();
    await claire.waitForURL(/\/contrats\/[0-9a-f-]{36}$/);
    address = claire.url();
    await visible(claire.getByRole('heading', { name: title, level: 1 }));
    expect((await claire.getByTestId('contract-status').textContent())?.trim()).toBe('En préparation');
    const parties = await claire.getByTestId('contract-parties').innerText();
    expect(parties).toContain('L’État : Préfecture du Loiret — cabinet');
    expect(parties).toContain('Partenaire : DDPN du Loiret');
  });

  it('adds two commitments, after the server refused one without an owner', async () => {
    const form = claire.getByTestId('commitment-form');
    await form
      .getByLabel('Engagement', { exact: true })
      .fill('Mener une opération de sécurisation par mois au QRR La Source');
    await form.getByLabel('Échéance').fill(parisDay(60));
    await form.getByRole('button', { name: 'Ajouter l’engagement' }).click();
    await visible(form.getByText('Choisissez l’organisation qui porte l’engagement.'));
    await form.getByLabel('Organisation qui porte l’engagement').selectOption({ label: 'DDPN du Loiret' });
    await form.getByRole('button', { name: 'Ajouter l’engagement' }).click();
    await visible(claire.getByTestId('commitment').filter({ hasText: 'QRR La Source' }));
    await form.getByLabel('Organisation qui porte l’engagement').selectOption({ label: 'Mairie d’Orléans' });
    await form
      .getByLabel('Engagement', { exact: true })
      .fill('Étendre la vidéoprotection à la place de la Bourgogne');
    await form.getByLabel('Échéance').fill(parisDay(120));
    await form.getByRole('button', { name: 'Ajouter l’engagement' }).click();
    await visible(claire.getByTestId('commitment').filter({ hasText: 'place de la Bourgogne' }));
    expect(await claire.getByTestId('commitment').count()).toBe(2);
    await claire.getByLabel('Faire passer le contrat à').selectOption('IN_FORCE');
    await claire.getByRole('button', { name: 'Changer le statut' }).click();
    await visible(claire.getByTestId('contract-status').filter({ hasText: 'En cours' }));
    await screenshot(claire, '97-contrat-engagements');
  });

  it('lets the DDPN mark its commitment « tenu », and only its own', async () => {
    await laurent.goto(address);
    const mine = laurent.getByTestId('commitment').filter({ hasText: 'QRR La Source' });
    const theirs = laurent.getByTestId('commitment').filter({ hasText: 'place de la Bourgogne' });
    await visible(mine);
    expect(await theirs.getByRole('button', { name: 'Enregistrer l’état' }).count()).toBe(0);
    await mine.getByLabel('Nouvel état').selectOption('KEPT');
    await mine.getByLabel('Où en est-on ? (facultatif)').fill('Six opérations menées depuis la signature.');
    await mine.getByRole('button', { name: 'Enregistrer l’état' }).click();
    await visible(mine.getByTestId('commitment-status').filter({ hasText: 'Tenu' }));
    expect(await laurent.getByTestId('contract-progress').textContent()).toContain('1 tenu');
    await screenshot(laurent, '98-contrat-engagement-tenu');
  });

  it('downloads the contract’s PDF', async () => {
    const href = await laurent.getByTestId('export-pdf').getAttribute('href');
    const response = await laurent.request.get(href ?? '');
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    expect((await response.body()).subarray(0, 4).toString()).toBe('%PDF');
  });
});
