import { Browser, BrowserContext, Locator, Page, request } from 'playwright-core';
import { apiLogin, graphql, readableCases } from './support/api';
import { baseUrl, launchBrowser, login, newPage, screenshot } from './support/browser';

describe('Nadia Fournier, responsable sûreté d’un bailleur (partenaire privé)', () => {
  let browser: Browser;
  let page: Page;
  let acceptedCaseUrl = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('lands on « Mes dossiers » with referrals to answer and her overdue actions flagged', async () => {
    await login(page, 'nadia.fournier@bailleur.demo');
    await visible(page.getByRole('heading', { name: 'Mes dossiers', level: 1 }));
    const referrals = page.getByTestId('referral');
    await referrals.first().waitFor();
    expect(await referrals.count()).toBeGreaterThanOrEqual(2);
    expect(await page.getByTestId('work-summary').innerText()).toMatch(/\d+ saisines? à traiter/);
    await visible(page.getByTestId('due-actions').locator('.fr-badge--error', { hasText: 'En retard' }));
    await screenshot(page, '30-mes-dossiers-nadia');
  });

  it('accepts a referral: it leaves the list and the case counts among hers', async () => {
    const referral = page.getByTestId('referral').first();
    const caseLink = referral.locator('a.fr-link').first();
    acceptedCaseUrl = (await caseLink.getAttribute('href')) ?? '';
    const reference = (await referral.locator('.cnt-line__ref').innerText()).trim();
    const before = await page.getByTestId('referral').count();
    await referral.getByRole('button', { name: 'Accepter la saisine' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: `Saisine du dossier ${reference} acceptée` })
      .waitFor();
    await page.waitForFunction(
      (count) => document.querySelectorAll('[data-testid="referral"]').length === count - 1,
      before,
    );
    await visible(page.getByTestId('assigned').getByText(reference));
    expect(acceptedCaseUrl).toMatch(/^\/dossiers\/[0-9a-f-]{36}$/);
    await screenshot(page, '31-saisine-acceptee');
  });

  it('declines another one, told in French that a reason is needed, then with a reason and where to go', async () => {
    const referral = page.getByTestId('referral').first();
    const reference = (await referral.locator('.cnt-line__ref').innerText()).trim();
    await referral.getByRole('button', { name: 'Décliner…' }).click();
    const dialog = page.locator('dialog[open]');
    await visible(dialog.getByRole('heading', { name: `Décliner la saisine ${reference}` }));
    await dialog.getByRole('button', { name: 'Décliner la saisine' }).click();
    await visible(dialog.getByText('Indiquez pourquoi vous déclinez la saisine.'));
    await screenshot(page, '32-declin-motif-manquant');

    await dialog.getByLabel(/Motif/).fill('Le bâtiment ne fait pas partie de notre patrimoine.');
    await dialog.getByLabel(/Où s’adresser plutôt/).fill('Le syndic de copropriété de la résidence');
    await dialog.getByRole('button', { name: 'Décliner la saisine' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: `Saisine du dossier ${reference} déclinée` })
      .waitFor();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await screenshot(page, '33-saisine-declinee');
  });

  it('opens the case she accepted: the persons are withheld, with the reason', async () => {
    await page.goto(acceptedCaseUrl);
    await visible(page.getByTestId('case-reference'));
    const withheld = page.getByTestId('persons-withheld');
    await visible(withheld);
    expect(await withheld.innerText()).toContain('réservées aux autorités publiques impliquées');
    expect(await page.getByTestId('persons-list').count()).toBe(0);
    // She answered: no answer buttons any more; she may comment, not edit, move or share.
    expect(await page.getByRole('button', { name: 'Accepter la saisine' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Modifier le dossier' }).count()).toBe(0);
    expect(await page.getByTestId('case-sharing').count()).toBe(0);
    await visible(page.getByLabel(/Ajouter un commentaire/));
    await screenshot(page, '34-dossier-personnes-masquees');
  });

  it('cannot reach by its address an AMBER case her organisation is not involved in', async () => {
    // The cabinet reads every AMBER case of the département; Nadia only those involving her landlord.
    const cabinet = await browser.newContext({ baseURL: baseUrl() });
    try {
      await apiLogin(cabinet.request, 'claire.martin@prefecture.demo');
      const all = await readableCases(cabinet.request, { sensitivity: ['AMBER'] });
      const hers = new Set((await readableCases(page.request, { sensitivity: ['AMBER'] })).map((c) => c.id));
      const hidden = all.find((item) => !hers.has(item.id));
      if (!hidden) throw new Error('La démonstration devrait compter un dossier AMBER sans le bailleur.');

      await page.goto(`/dossiers/${hidden.id}`);
      await visible(page.getByRole('heading', { name: 'Dossier introuvable', level: 1 }));
      expect(await page.getByText(hidden.title).count()).toBe(0);
      expect(await page.getByText(hidden.reference).count()).toBe(0);
      expect(await page.title()).toBe('Dossier introuvable — Continuum');
      await screenshot(page, '35-dossier-amber-introuvable');
    } finally {
      await cabinet.close();
    }
  });
});

describe('Paul Durand, chef de service de la police municipale, opens a case', () => {
  let browser: Browser;
  let page: Page;
  const title = `Occupation du hall 12 rue de l’Argonne (essai ${Date.now().toString(36)})`;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'paul.durand@pm-orleans.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('is told in French what is missing', async () => {
    await page.getByRole('link', { name: 'Dossiers', exact: true }).click();
    await page.waitForURL('**/dossiers');
    await page.getByRole('link', { name: 'Ouvrir un dossier' }).click();
    await page.waitForURL('**/dossiers/nouveau');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await visible(page.getByText('Saisissez le titre du dossier.'));
    await visible(page.getByText('Choisissez la catégorie.'));
    await visible(page.getByText('Choisissez la commune.'));
    await visible(page.getByText('Choisissez le niveau de diffusion.'));
    await screenshot(page, '40-ouverture-dossier-erreurs');
  });

  it('sees the similar open cases of the same category in the zone', async () => {
    await page.locator('#case-title').fill(title);
    await page.locator('#case-category').selectOption({ label: 'Occupation de halls d’immeubles' });
    await page
      .locator('#case-description')
      .fill('Regroupements tous les soirs dans le hall, portes forcées, locataires inquiets.');
    // The commune is typed, not picked among 325 in a select.
    await page.locator('#case-communeCode').fill('orleans');
    await page
      .getByTestId('case-communeCode-suggestions')
      .getByRole('button', { name: 'Orléans (45234)' })
      .click();
    await visible(page.getByRole('button', { name: 'Retirer Orléans' }));
    const zone = await page
      .locator('#case-zoneId option', { hasText: 'Argonne' })
      .first()
      .getAttribute('value');
    await page.locator('#case-zoneId').selectOption(zone ?? '');
    const duplicates = page.getByTestId('duplicates');
    await duplicates.getByTestId('case-line').first().waitFor();
    expect(await duplicates.innerText()).toMatch(/vérifiez que le vôtre n’y figure pas déjà/);
    // The similar cases are on the map of the form too.
    await page.locator('[data-testid="case-map"] .leaflet-overlay-pane path').first().waitFor();
    await screenshot(page, '41-dossiers-similaires');
  });

  it('opens the case, TLP:GREEN, and lands on it', async () => {
    await page.locator('label[for="case-sensitivity-GREEN"]').click();
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { name: title, level: 1 }));
    await page
      .getByTestId('flash')
      .filter({ hasText: /Dossier 45-\d{4}-\d{6} ouvert/ })
      .waitFor();
    expect(await page.getByTestId('case-status').innerText()).toContain('Étape 1 sur 5');
    await visible(page.getByTestId('sensitivity').filter({ hasText: 'TLP:GREEN' }));
  });

  it('is asked a reason before putting it on hold', async () => {
    await page.getByRole('button', { name: 'Mettre en attente' }).click();
    const dialog = page.locator('dialog[open]');
    await dialog.getByRole('button', { name: 'Mettre en attente' }).click();
    await visible(dialog.getByText('Indiquez le motif pour passer à « En attente ».'));
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
  });

  it('moves it to « Analyse »', async () => {
    await page.getByRole('button', { name: 'Passer en analyse' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Dossier passé à l’étape « Analyse »' }).waitFor();
    await page.getByTestId('case-status').filter({ hasText: 'Étape 2 sur 5' }).waitFor();
    await visible(page.getByTestId('status').filter({ hasText: 'Analyse' }));
    await visible(page.getByTestId('case-timeline').getByText(/Nouveau → Analyse|Analyse/));
    await screenshot(page, '42-dossier-en-analyse');
  });

  it('adds an action with a due date, after being told its title is missing', async () => {
    const actions = page.getByTestId('case-actions');
    await actions.locator('summary', { hasText: 'Ajouter une action' }).click();
    await actions.getByRole('button', { name: 'Ajouter l’action' }).click();
    await visible(actions.getByText('Saisissez l’intitulé de l’action.'));
    await page.locator('#action-title').fill('Patrouilles de soirée dans le hall pendant deux semaines');
    await page.locator('#action-dueOn').fill(inDays(14));
    await actions.getByRole('button', { name: 'Ajouter l’action' }).click();
    await page.getByTestId('flash').filter({ hasText: 'ajoutée' }).waitFor();
    const action = actions.getByTestId('case-action').filter({ hasText: 'Patrouilles de soirée' });
    await visible(action);
    expect(await action.innerText()).toContain('Police municipale d’Orléans');
    expect(await action.innerText()).toMatch(/à faire/i);
    await screenshot(page, '43-action-ajoutee');
  });

  it('attaches a file, after the server refused one in French, and downloads it', async () => {
    const files = page.getByTestId('case-attachments');
    await page.locator('#attachment-file').setInputFiles({
      name: 'affiche.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body><script>alert(1)</script></body></html>'),
    });
    await files.getByRole('button', { name: 'Joindre le fichier' }).click();
    const refusal = files.getByTestId('upload-error');
    await visible(refusal);
    // In words, not as a MIME type.
    expect(await refusal.innerText()).toMatch(/^Type de fichier refusé : une page web \(HTML\)/);
    expect(await refusal.innerText()).not.toContain('text/html');
    await screenshot(page, '44-fichier-refuse');

    const content = 'Compte rendu de la patrouille du 12 : hall occupé de 21 h à 23 h.';
    await page.locator('#attachment-file').setInputFiles({
      name: 'compte-rendu.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from(content),
    });
    await files.getByRole('button', { name: 'Joindre le fichier' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: 'Fichier « compte-rendu.txt » joint au dossier.' })
      .waitFor();
    const link = files.getByRole('link', { name: 'compte-rendu.txt' });
    await visible(link);
    const download = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe(content);
  });

  it('must say why when lowering the sensitivity', async () => {
    const sharing = page.getByTestId('case-sharing');
    await sharing.locator('summary', { hasText: 'Changer le niveau de diffusion' }).click();
    await page.locator('#sensitivity-level').selectOption('CLEAR');
    await sharing.getByRole('button', { name: 'Changer le niveau' }).click();
    await visible(sharing.getByText('Indiquez pourquoi vous abaissez le niveau de diffusion.'));
    await page.locator('#sensitivity-reason').fill('Faits déjà rendus publics par la presse locale.');
    await sharing.getByRole('button', { name: 'Changer le niveau' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: 'Niveau de diffusion passé à TLP:CLEAR — public.' })
      .waitFor();
    await visible(page.getByTestId('sensitivity').filter({ hasText: 'TLP:CLEAR' }));
    await screenshot(page, '45-diffusion-abaissee');
  });
});

describe('the list of cases', () => {
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  const foreignRequests: string[] = [];

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page, context } = await newPage(browser));
    const origin = new URL(baseUrl()).origin;
    page.on('request', (request) => {
      const url = request.url();
      if (!url.startsWith(origin) && !url.startsWith('data:')) foreignRequests.push(url);
    });
    await login(page, 'claire.martin@prefecture.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the counts per status and pages by cursor', async () => {
    await page.goto('/dossiers');
    const rows = page.getByTestId('cases-table').locator('tbody tr');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="cases-table"] tbody tr').length === 25,
    );
    const total = Number(
      (await page.getByTestId('case-count').innerText())
        .match(/^([\d\s ]+) dossiers/)?.[1]
        .replace(/\s/g, ''),
    );
    expect(total).toBeGreaterThan(50);
    const tags = page.getByTestId('status-tags').locator('button');
    expect(await tags.count()).toBe(8);
    const sum = (await tags.allInnerTexts())
      .map((text) => Number(text.match(/\((\d+)\)/)?.[1] ?? 0))
      .reduce((a, b) => a + b, 0);
    expect(sum).toBe(total);
    await page.getByRole('button', { name: 'Afficher plus' }).click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="cases-table"] tbody tr').length === 50,
    );
    expect(await rows.count()).toBe(50);
    await screenshot(page, '50-liste-dossiers');
  });

  it('filters by status and commune, and exports that very list', async () => {
    await page.getByTestId('status-tags').locator('button[data-status="ANALYSIS"]').click();
    await page.waitForURL(/statut=ANALYSIS/);
    // The commune filter is the case form's type-ahead: accents ignored, names in French order.
    await page.locator('#cases-commune').fill('orle');
    const suggestions = page.getByTestId('cases-commune-suggestions').getByRole('button');
    expect(await suggestions.first().innerText()).toBe('Orléans (45234)');
    await page.locator('#cases-commune').fill('bo');
    const names = await suggestions.allInnerTexts();
    expect(names[0]).toBe('Boësses (45033)'); // before Boigny, not after Boynes
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'fr')));
    await page.locator('#cases-commune').fill('orle');
    await suggestions.first().click();
    await page.waitForURL(/commune=45234/);
    await page.waitForFunction(() =>
      [...document.querySelectorAll('[data-testid="cases-table"] tbody tr')].every(
        (row) => row.textContent?.includes('Orléans') && row.textContent.includes('Analyse'),
      ),
    );
    const count = await page.getByTestId('case-count').innerText();
    await screenshot(page, '51-liste-filtree');

    const href = (await page.getByTestId('export-csv').getAttribute('href')) ?? '';
    const url = new URL(href, baseUrl());
    expect(url.pathname).toBe('/exports/cases.csv');
    expect(JSON.parse(url.searchParams.get('filter') ?? '{}')).toEqual({
      status: ['ANALYSIS'],
      communeCode: ['45234'],
    });
    const csv = await context.request.get(href);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    const body = await csv.text();
    const firstReference = (
      await page.getByTestId('cases-table').locator('tbody tr .cnt-ref').first().innerText()
    ).trim();
    expect(body).toContain(firstReference);
    expect((await page.getByTestId('export-xlsx').getAttribute('href')) ?? '').toContain(
      '/exports/cases.xlsx?filter=',
    );
    expect(count).toMatch(/dossiers?/);
  });

  it('searches the full text, accents ignored', async () => {
    await page.getByRole('button', { name: /Effacer les filtres/ }).click();
    await page.waitForURL((url) => !url.search.includes('statut='));
    await page.locator('#cases-search').fill('rodeos');
    await page.waitForURL(/q=rodeos/);
    await page.waitForFunction(() => {
      const text = document.querySelector('[data-testid="case-count"]')?.textContent ?? '';
      return /^\s*\d+ dossiers?\s*$/.test(text) || /— \d+ affichés\s*$/.test(text);
    });
    const titles = await page.getByTestId('cases-table').locator('tbody th a').allInnerTexts();
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => /rodéo/i.test(title))).toBe(true);
  });

  it('shows the listed cases that have a point on the map, without any request outside Continuum', async () => {
    // The oldest cases first: the demo's own, nearly all placed — whatever the other suites have
    // created or updated since (cases without a point, on top of the default order).
    await page.goto('/dossiers?tri=REFERENCE_ASC');
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="cases-table"] tbody tr').length === 25,
    );
    await page.getByRole('button', { name: 'Carte' }).click();
    await page.waitForURL(/vue=carte/);
    const placed = Number(
      /(\d+) dossiers? placés?/.exec(
        await page.getByText(/sur la carte, parmi les 25 affichés/).innerText(),
      )?.[1],
    );
    expect(placed).toBeGreaterThanOrEqual(5);
    const points = page.locator('[data-testid="case-map"] .leaflet-overlay-pane path');
    await points.nth(placed - 1).waitFor();
    expect(await points.count()).toBe(placed);
    await points.first().click({ force: true });
    await visible(page.locator('.leaflet-popup-content a'));
    await screenshot(page, '52-carte-dossiers');
    await page.locator('.leaflet-popup-content a').click();
    await page.waitForURL(/\/dossiers\/[0-9a-f-]{36}$/);
    await visible(page.getByTestId('case-reference'));
    // The case page shows its place on a small map, over the communes' outlines (no tile server).
    const place = page.getByTestId('case-place-map');
    await place.locator('.leaflet-overlay-pane path').first().waitFor();
    // (outlines beyond the view are clipped to empty paths by Leaflet: attached, not visible)
    await place.locator('.leaflet-cnt-communes-pane path').nth(300).waitFor({ state: 'attached' });
    expect(await place.locator('.leaflet-control-attribution').innerText()).toContain('IGN');
    await place.scrollIntoViewIfNeeded();
    await screenshot(page, '54-dossier-carte-du-lieu');
    expect(foreignRequests).toEqual([]);
  });

  it('shows a title with markup on the map as text, never as markup', async () => {
    const token = `essai${Date.now().toString(36)}`;
    const title = `Titre ${token} <b id="pwn">GRAS</b><a id="pwnlink" href="https://evil.example/">Cliquez ici</a><style>body{background:red}</style>`;
    const created = await graphql<{ createCase: { reference: string } }>(
      page.request,
      'mutation ($input: CreateCaseInput!) { createCase(input: $input) { reference } }',
      {
        input: {
          title,
          category: 'SQUATS',
          communeCode: '45234',
          sensitivity: 'GREEN',
          point: { latitude: 47.9029, longitude: 1.9093 },
        },
      },
    );
    const reference = created.data?.createCase.reference;
    if (!reference) throw new Error(`Dossier non créé : ${JSON.stringify(created.errors)}`);

    await page.goto(`/dossiers?q=${token}&vue=carte`);
    const point = page.locator('[data-testid="case-map"] .leaflet-overlay-pane path');
    await point.first().waitFor();
    expect(await point.count()).toBe(1);
    await point.first().hover({ force: true });
    const tooltip = page.locator('.leaflet-tooltip');
    await visible(tooltip);
    expect(await tooltip.innerText()).toBe(`${reference} — ${title}`);
    await point.first().click({ force: true });
    await visible(page.locator('.leaflet-popup-content a', { hasText: title }));
    await screenshot(page, '53-carte-titre-en-texte');
    expect(await page.locator('#pwn, #pwnlink').count()).toBe(0);
    expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).not.toBe(
      'rgb(255, 0, 0)',
    );
  });
});

describe('Laurent Moreau, commissaire (autorité publique impliquée)', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'laurent.moreau@police.demo');
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('gives the motive of his consultation, then sees the persons of a case of his', async () => {
    const me = await graphql<{ me: { organization: { id: string } } }>(
      page.request,
      '{ me { organization { id } } }',
    );
    const organizationId = me.data?.me.organization.id;
    const candidates = await readableCases(
      page.request,
      { ownerOrganizationId: organizationId },
      'personsMotiveRequired',
    );
    // Which of them has persons, asked in another session of his (a motive given there does not
    // count here: the page must ask it).
    const other = await request.newContext({ baseURL: baseUrl() });
    let withPersons: { id: string; person: string } | null = null;
    try {
      await apiLogin(other, 'laurent.moreau@police.demo');
      for (const candidate of candidates.filter((item) => item['personsMotiveRequired'] === true)) {
        await graphql(
          other,
          'mutation ($id: ID!) { declareReadMotive(caseId: $id, input: { motive: CASE_FOLLOW_UP }) { id } }',
          { id: candidate.id },
        );
        const read = await graphql<{ case: { persons: { fullName: string }[] | null } }>(
          other,
          'query ($id: ID!) { case(id: $id) { persons { fullName } } }',
          { id: candidate.id },
        );
        const first = read.data?.case.persons?.[0];
        if (first) {
          withPersons = { id: candidate.id, person: first.fullName };
          break;
        }
      }
    } finally {
      await other.dispose();
    }
    if (!withPersons)
      throw new Error('La démonstration devrait compter un dossier de la DDPN avec des personnes.');

    await page.goto(`/dossiers/${withPersons.id}`);
    const motive = page.getByTestId('read-motive');
    await visible(motive);
    expect(await page.getByTestId('persons-list').count()).toBe(0);
    await page.getByRole('button', { name: 'Afficher les personnes' }).click();
    await visible(motive.getByText('Choisissez le motif de votre consultation.'));
    // A DSFR radio is chosen by its label, drawn over the input.
    await page.locator('label[for="read-motive-OTHER"]').click();
    await page.getByRole('button', { name: 'Afficher les personnes' }).click();
    await visible(motive.getByText('Précisez le motif « Autre ».'));
    await screenshot(page, '54-dossier-motif-consultation');
    await page.locator('label[for="read-motive-MEETING_PREPARATION"]').click();
    await page.getByRole('button', { name: 'Afficher les personnes' }).click();
    const table = page.getByTestId('persons-list');
    await visible(table);
    expect(await table.innerText()).toContain(withPersons.person);
    expect(await page.getByTestId('persons-withheld').count()).toBe(0);
    await visible(page.getByRole('link', { name: 'Modifier le dossier' }));
    await visible(page.getByTestId('case-sharing'));
    await screenshot(page, '55-dossier-personnes-autorite');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** `AAAA-MM-JJ`, n days from today in Paris. */
function inDays(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
