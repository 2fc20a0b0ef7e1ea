import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

/** A wall-clock time in Paris, `hours` from now, as a datetime-local field takes it. */
function parisLocal(hours: number): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Europe/Paris',
    dateStyle: 'short',
    timeStyle: 'short',
  })
    .format(new Date(Date.now() + hours * 3600_000))
    .replace(' ', 'T');
}

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/**
 * Laurent Moreau, commissaire, organises an establishment control with the URSSAF and the customs,
 * marks it done and enters his outcome; Emma Bonnet (URSSAF) enters hers; the totals add both.
 */
describe('A coordinated operation, from its creation to the participants’ outcomes', () => {
  let browser: Browser;
  let laurent: Page;
  let emma: Page;
  const title = `Contrôle conjoint des bars du centre ${Date.now().toString(36)}`;
  let address = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page: laurent } = await newPage(browser));
    ({ page: emma } = await newPage(browser));
    await login(laurent, 'laurent.moreau@police.demo');
    await login(emma, 'emma.bonnet@urssaf.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds the operations of the year in the navigation', async () => {
    await laurent.getByRole('link', { name: 'Opérations', exact: true }).first().click();
    await laurent.waitForURL('**/operations');
    await visible(laurent.getByRole('heading', { name: 'Opérations coordonnées', level: 1 }));
    await visible(laurent.getByTestId('operation-row'));
    await screenshot(laurent, '90-operations-liste');
  });

  it('creates the operation with the URSSAF and the customs', async () => {
    await laurent.getByRole('link', { name: 'Nouvelle opération' }).click();
    await laurent.waitForURL('**/operations/nouvelle');
    await laurent.getByLabel('Intitulé').fill(title);
    await laurent.getByLabel('Type d’opération').selectOption('CONTROLE_ETABLISSEMENTS');
    await laurent.getByLabel('Début').fill(parisLocal(-3));
    await laurent.getByLabel('Fin').fill(parisLocal(-1));
    await laurent.getByRole('textbox', { name: /Communes/ }).fill('45234');
    // DSFR draws the checkbox on its label, which is what a user clicks.
    await laurent.locator('label', { hasText: 'URSSAF Centre-Val de Loire' }).click();
    await laurent.locator('label', { hasText: 'Direction régionale des douanes' }).click();
    expect(await laurent.getByLabel('URSSAF Centre-Val de Loire').isChecked()).toBe(true);
    await screenshot(laurent, '91-operation-formulaire');
    await laurent.getByRole('button', { name: 'Créer l’opération' }).click();
    await laurent.waitForURL(/\/operations\/[0-9a-f-]{36}$/);
    address = laurent.url();
    await visible(laurent.getByRole('heading', { name: new RegExp(title), level: 1 }));
    expect((await laurent.getByTestId('operation-status').textContent())?.trim()).toBe('Prévue');
    const participants = await laurent.getByTestId('participants').innerText();
    expect(participants).toContain('URSSAF Centre-Val de Loire');
    expect(participants).toContain('Direction régionale des douanes');
  });

  it('marks it done and enters his outcome', async () => {
    await laurent.getByRole('button', { name: 'Marquer menée' }).click();
    await visible(laurent.getByTestId('outcome-form'));
    expect((await laurent.getByTestId('operation-status').textContent())?.trim()).toBe('Menée');
    await laurent.getByLabel('Interpellations').fill('2');
    await laurent.getByLabel('Verbalisations').fill('4');
    await laurent.getByRole('button', { name: 'Ajouter une saisie' }).click();
    await laurent.getByLabel('Nature').fill('Tabac de contrebande');
    await laurent.getByLabel('Quantité').fill('12');
    await laurent.getByLabel('Unité').fill('cartouches');
    await laurent.getByRole('button', { name: 'Enregistrer le bilan' }).click();
    await visible(laurent.getByTestId('outcomes').getByRole('rowheader', { name: 'DDPN du Loiret' }));
    expect(await laurent.getByTestId('totals').innerText()).toMatch(/Total \(1 sur 3\)\s+2\s+4/);
    await screenshot(laurent, '92-operation-bilan-police');
  });

  it('lets Emma Bonnet (URSSAF) enter hers, and adds both up', async () => {
    await emma.goto(address);
    await visible(emma.getByTestId('outcome-form'));
    await emma.getByLabel('Montants recouvrés (€)').fill('15000');
    await emma.getByLabel('Verbalisations').fill('1');
    await emma.getByRole('button', { name: 'Enregistrer le bilan' }).click();
    await visible(
      emma.getByTestId('outcomes').getByRole('rowheader', { name: 'URSSAF Centre-Val de Loire' }),
    );
    const totals = await emma.getByTestId('totals').innerText();
    expect(totals).toMatch(/Total \(2 sur 3\)\s+2\s+5/);
    expect(totals.replace(/\s/g, ' ')).toMatch(/15 000 €/);
    expect(totals).toContain('Tabac de contrebande : 12 cartouches');
    await screenshot(emma, '93-operation-bilan-urssaf');
  });

  it('enters a week of presence: a Tuesday refused with the field named, then the Monday recorded', async () => {
    await laurent.getByRole('link', { name: 'Présence visible' }).first().click();
    await laurent.waitForURL('**/presence');
    await visible(laurent.getByRole('heading', { name: 'Présence visible', level: 1 }));
    await laurent.getByLabel('Semaine (le lundi)').fill('2026-11-24');
    await laurent.getByLabel('Commune (code INSEE)').first().fill('45234');
    await laurent.getByLabel('Nombre d’agents').fill('2');
    await laurent.getByLabel('Heures (total de la semaine)').fill('30');
    await laurent.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await visible(laurent.getByText('une semaine commence un lundi'));
    await laurent.getByLabel('Semaine (le lundi)').fill('2026-11-23');
    await laurent.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await laurent.getByText('une semaine commence un lundi').waitFor({ state: 'detached' });
    await visible(laurent.getByTestId('presence-summary').locator('tbody tr'));
    await screenshot(laurent, '94-presence');
  });

  it('imports a CSV: every rejected line reported, then the valid lines imported', async () => {
    const csv = [
      'semaine;cadre;commune;zone;agents;heures',
      `2026-11-16;voie publique;Orléans;;3;${40 + (Date.now() % 30)}`, // a new file each run
      '2026-11-17;voie publique;45234;;3;60',
      '2026-11-16;transports;45234;;1;200',
    ].join('\n');
    await laurent.getByLabel(/Importer un fichier CSV/).setInputFiles({
      name: `presence-${Date.now()}.csv`,
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    });
    const report = laurent.getByTestId('presence-import-report');
    await visible(report);
    const text = await report.innerText();
    expect(text).toContain('3 ligne(s) lue(s), 1 valide(s), 2 rejetée(s)');
    expect(text).toContain('Ligne 3 : Semaine : une semaine commence un lundi');
    expect(text).toContain('Ligne 4 : Heures : plus de 24 heures par jour et par agent');
    await screenshot(laurent, '95-presence-import-rapport');
    await laurent.getByRole('button', { name: 'Importer les lignes valides (1)' }).click();
    await visible(report.getByText('1 ligne(s) importée(s)'));
  });
});
