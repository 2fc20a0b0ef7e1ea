import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

/** In the QRR La Source (Orléans), and in Gien's centre (60 km from Orléans). */
const LA_SOURCE = '1,94012;47,84533';
const GIEN = '2,63200;47,68800';
/** Lines enough for the reading to take a few seconds, so that its progress is seen. */
const VALID_LINES = 60_000;

/**
 * An export of the police municipale as it might come: its own column names, no column for the
 * service (set for the whole file), a column of names that is never read, and four bad lines.
 */
function policeExport(marker: string): Buffer {
  const header = 'Référence;Date des faits;Heure;Nature;Commune;Longitude;Latitude;Lieu;Nom du plaignant';
  const lines = [header];
  for (let n = 0; n < VALID_LINES; n++) {
    const day = String(1 + (n % 28)).padStart(2, '0');
    const month = String(1 + (n % 12)).padStart(2, '0');
    const nature =
      n % 3 === 0 ? 'Destructions et dégradations volontaires' : 'Vols sans violence contre des personnes';
    lines.push(
      `${marker}-${n};${day}/${month}/2025;${n % 24}h15;${nature};45234;${LA_SOURCE};Voie publique;Jean Dupont`,
    );
  }
  lines.push(`${marker}-futur;12/03/2031;22:30;Rodéos urbains;45234;${LA_SOURCE};Voie publique;X`);
  lines.push(`${marker}-cher;12/03/2025;22:30;Rodéos urbains;18033;;;Voie publique;X`);
  lines.push(`${marker}-gien;12/03/2025;22:30;Rodéos urbains;45234;${GIEN};Voie publique;X`);
  lines.push(`${marker}-court;12/03/2025;22:30`);
  return Buffer.from(`${lines.join('\n')}\n`, 'utf8');
}

describe('Claire Martin, directrice de cabinet, imports the police municipale’s recorded incidents', () => {
  let browser: Browser;
  let page: Page;
  const marker = `pm-${Date.now().toString(36)}`;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'claire.martin@prefecture.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('opens « Diagnostic » and finds the demo’s files, said to be fictional', async () => {
    await page.getByRole('link', { name: 'Diagnostic', exact: true }).click();
    await page.waitForURL('**/diagnostic');
    await visible(page.getByRole('heading', { name: 'Diagnostic territorial', level: 1 }));
    const rows = page.getByTestId('import-row');
    await visible(rows);
    const fictional = rows.filter({ hasText: 'Données fictives' });
    expect(await fictional.count()).toBeGreaterThanOrEqual(2);
    expect(await fictional.filter({ hasText: 'Faits enregistrés' }).first().textContent()).toContain(
      'Importé',
    );
    await screenshot(page, '70-diagnostic-fichiers');
  });

  it('is told at once, with the line, that a file in Latin-1 cannot be read', async () => {
    await page.getByLabel('Fichier CSV').setInputFiles({
      name: 'export-latin1.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('Date;Nature;Commune\n12/03/2025;Vols de véhicules;45234\n', 'latin1'),
    });
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
    const error = page.getByTestId('upload-error');
    await visible(error);
    expect(await error.innerText()).toMatch(/^Ligne 2 : le fichier n’est pas en UTF-8/);
    await screenshot(page, '71-diagnostic-latin1-refuse');
  });

  it('sends the export and maps its columns, the names column left unread', async () => {
    await page.getByLabel('Fichier CSV').setInputFiles({
      name: 'export-pm-orleans.csv',
      mimeType: 'text/csv',
      buffer: policeExport(marker),
    });
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
    await page.waitForURL('**/diagnostic/imports/**');
    await visible(page.getByRole('heading', { name: 'Associer les colonnes' }));
    // Proposed from the names: the date, the time, the commune, the point, the place.
    expect(await page.locator('select[data-field="STARTS_ON"]').inputValue()).toBe('1');
    expect(await page.locator('select[data-field="COMMUNE"]').inputValue()).toBe('4');
    // « Nature » was proposed for the category; Claire confirms it, and sets what the file lacks.
    await page.locator('select[data-field="CATEGORY"]').selectOption({ label: 'Colonne 4 : Nature' });
    await page.getByLabel('Service, pour tout le fichier').selectOption({ label: 'Police municipale' });
    await page.getByLabel('Unité de compte, pour tout le fichier').selectOption({ label: 'Infraction' });
    const preview = page.getByTestId('preview');
    expect(await preview.locator('th').filter({ hasText: 'Nom du plaignant' }).innerText()).toContain(
      'non importée',
    );
    await screenshot(page, '72-diagnostic-colonnes');
  });

  it('follows the reading as the lines are counted, then is asked what to do with the rejected ones', async () => {
    await page.getByRole('button', { name: 'Lancer l’import' }).click();
    // The counts move while the worker reads (the page asks again every second).
    await page.getByTestId('progress-lines').filter({ hasText: 'lignes lues' }).waitFor({ state: 'visible' });
    await screenshot(page, '73-diagnostic-lecture');
    const decision = page.getByTestId('decision');
    await decision.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await decision.innerText()).toContain(
      `4 lignes refusées sur ${(VALID_LINES + 4).toLocaleString('fr-FR')}`,
    );
    const rejected = page.getByTestId('rejected-line');
    await visible(rejected);
    expect(await rejected.allInnerTexts()).toEqual([
      `${(VALID_LINES + 2).toLocaleString('fr-FR')}\tDate dans le futur (12/03/2031 à 22 h 30).`,
      `${(VALID_LINES + 3).toLocaleString('fr-FR')}\tCommune 18033 (Bourges) d’un autre département : Cher.`,
      `${(VALID_LINES + 4).toLocaleString('fr-FR')}\tPoint (2,632 ; 47,688) hors de la commune 45234 (Orléans), au-delà de la tolérance de 150 m à la limite.`,
      `${(VALID_LINES + 5).toLocaleString('fr-FR')}\t3 champs au lieu de 9.`,
    ]);
    await screenshot(page, '74-diagnostic-decision');
  });

  it('imports the valid lines, and finds the file in the list', async () => {
    await page.getByRole('button', { name: 'Importer les lignes valides' }).click();
    const outcome = page.getByTestId('outcome');
    await outcome.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await outcome.innerText()).toContain(`${VALID_LINES.toLocaleString('fr-FR')} lignes importées`);
    expect(await page.getByTestId('import-status').textContent()).toBe('Importé');
    await screenshot(page, '75-diagnostic-importe');

    await page.getByRole('link', { name: 'Retour aux fichiers' }).click();
    const row = page.getByTestId('import-row').filter({ hasText: 'export-pm-orleans.csv' }).first();
    await visible(row);
    expect(await row.innerText()).toContain('Claire Martin');
    expect(await row.textContent()).toContain('Importé');
  });

  it('sends the same file again: recognised, nothing added', async () => {
    await page.getByLabel('Fichier CSV').setInputFiles({
      name: 'export-pm-orleans-bis.csv',
      mimeType: 'text/csv',
      buffer: policeExport(marker),
    });
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
    await visible(page.getByTestId('already-received'));
    expect(await page.getByTestId('import-status').textContent()).toBe('Importé');
    await screenshot(page, '76-diagnostic-deja-recu');
  });
});

describe('Claire Martin imports an edition of the SSMSI’s communal base', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'claire.martin@prefecture.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('sends it with no mapping (its columns are known) and finds its figures imported', async () => {
    const population = 100_000 + (Date.now() % 800_000);
    const base = [
      '\ufeff"CODGEO_2025";"annee";"indicateur";"unite_de_compte";"nombre";"taux_pour_mille";"est_diffuse";"insee_pop";"insee_pop_millesime";"insee_log";"insee_log_millesime";"complement_info_nombre";"complement_info_taux"',
      `"45234";"2025";"Cambriolages de logement";"Infraction";"612";"9,8170420";"diff";"${population}";"2022";"62340";"2022";NA;NA`,
      `"45001";"2025";"Vols de véhicule";"Véhicule";NA;NA;"ndiff";"612";"2022";"301";"2022";"2,05";"3,3497"`,
      `"18033";"2025";"Vols de véhicule";"Véhicule";"300";"3,2";"diff";"64551";"2022";"40000";"2022";NA;NA`,
    ].join('\n');
    await page.goto('/diagnostic');
    await page.locator('label[for="kind-ssmsi"]').click();
    expect(await page.getByRole('radio', { name: /Statistiques publiées du SSMSI/ }).isChecked()).toBe(true);
    await page.getByLabel('Fichier CSV').setInputFiles({
      name: 'donnee-comm-2025.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(base, 'utf8'),
    });
    await page.getByRole('button', { name: 'Envoyer le fichier' }).click();
    await page.waitForURL('**/diagnostic/imports/**');
    const outcome = page.getByTestId('outcome');
    await outcome.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await outcome.innerText()).toContain('2 lignes importées');
    expect(await outcome.innerText()).toContain('1 ligne d’autres départements laissée de côté');
    expect(await page.locator('main').innerText()).toContain(
      'Base communale du SSMSI, génération actuelle (« indicateur »), géographie 2025',
    );
    await screenshot(page, '77-diagnostic-ssmsi');
  });
});

describe('Serge Aubert, maire d’Orléans', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'serge.aubert@orleans.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('has no « Diagnostic » in his menu, and its address takes him home', async () => {
    expect(await page.getByRole('link', { name: 'Diagnostic', exact: true }).count()).toBe(0);
    await page.goto('/diagnostic');
    await page.waitForURL('**/mes-dossiers');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
