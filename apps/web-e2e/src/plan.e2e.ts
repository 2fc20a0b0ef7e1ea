import { Browser, Locator, Page } from 'playwright-core';
import { graphql } from './support/api';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

const CLAIRE = 'claire.martin@prefecture.demo';
const SERGE = 'serge.aubert@orleans.demo';
const OBJECTIVE = 'Faire reculer les cambriolages de logements';
/** Years the demo leaves alone (it carries 2026): the first one without a plan is the scenario's. */
const CANDIDATE_YEARS = [2031, 2030, 2029, 2028];

/**
 * The PADRSQ of a year, from nothing to a revision: Claire Martin (the prefect's cabinet) opens the
 * plan, adds an objective on burglaries whose baseline the platform computes, writes its texts
 * (a save crossing another is refused where she looks, her text kept), submits and adopts it, then
 * revises it and reads what changed. Serge Aubert, a mayor, reads the adopted version only, with
 * no action of the cabinet's.
 */
describe('Claire Martin drafts, adopts and revises the plan of a year that has none', () => {
  let browser: Browser;
  let page: Page;
  let year = 0;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, CLAIRE);
    const result = await graphql<{ plans: { year: number }[] }>(page.context().request, '{ plans { year } }');
    const taken = new Set((result.data?.plans ?? []).map((plan) => plan.year));
    year = CANDIDATE_YEARS.find((candidate) => !taken.has(candidate)) ?? 0;
    if (!year)
      throw new Error(`Aucune année libre parmi ${CANDIDATE_YEARS.join(', ')} : réinitialisez la base.`);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('finds no plan for the year and opens one, a draft in version 1', async () => {
    await page.getByRole('link', { name: 'Plan d’action', exact: true }).click();
    await page.waitForURL('**/plan');
    await page.getByLabel('Année du plan').selectOption(String(year));
    await visible(page.getByRole('heading', { name: `Aucun plan pour ${year}` }));
    await screenshot(page, '90-plan-aucun');

    await page.getByRole('button', { name: `Ouvrir le plan ${year}` }).click();
    await page.getByTestId('flash').filter({ hasText: 'Le plan est ouvert' }).waitFor();
    await status(page, 'Projet');
    await visible(page.getByTestId('plan-header').getByText('Version 1'));
    await visible(page.getByTestId('plan-versions').getByText('Version 1'));
    await visible(
      page.getByTestId('diagnostic-snapshot').getByRole('rowheader', { name: 'Cambriolages de logement' }),
    );
  });

  it('adds an objective on burglaries with no baseline: a target above it is refused on its field, then it is computed', async () => {
    await page.getByRole('button', { name: 'Ajouter un objectif' }).click();
    const form = page.getByTestId('objective-form');
    await form.getByLabel('Intitulé de l’objectif *').fill(OBJECTIVE);
    await form.getByLabel('Nom de l’indicateur *').fill('Cambriolages de logements sur douze mois');
    expect(await form.getByLabel('Source de l’indicateur *').inputValue()).toBe('INCIDENTS');
    await form.getByRole('button', { name: /^Catégories : toutes/ }).click();
    // DSFR draws the checkbox on its label, which is what a person clicks.
    await form.locator('label', { hasText: /^Cambriolages de logement$/ }).click();
    expect(await form.getByLabel('Cambriolages de logement', { exact: true }).isChecked()).toBe(true);
    await visible(form.getByRole('button', { name: 'Catégories : Cambriolages de logement' }));
    expect(await form.getByLabel('Valeur de référence').inputValue()).toBe('');
    await form.getByLabel('Date de référence *').fill('2025-12-31');
    await form.getByLabel('Cible *').fill('99 999');
    await form.getByLabel('Échéance *').fill(`${year}-12-31`);
    await form.getByRole('button', { name: 'Ajouter l’objectif' }).click();

    // The server computed the baseline to check the target against it, and says it under the target.
    const refusal = form.locator('#objective-targetValue-messages');
    await visible(refusal.getByText('Pour un objectif à la baisse, la cible est inférieure'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('objective-targetValue');
    await screenshot(page, '91-plan-objectif-cible-refusee');
    const baseline = Number(
      (await refusal.innerText()).match(/\(([\d\s\u202f\u00a0]+)\)/)?.[1].replace(/\D/g, ''),
    );
    expect(baseline).toBeGreaterThan(100);

    const target = Math.round(baseline * 0.85);
    await form.getByLabel('Cible *').fill(String(target));
    await form.getByRole('button', { name: 'Ajouter l’objectif' }).click();
    await page.getByTestId('flash').filter({ hasText: 'valeur de référence a été calculée' }).waitFor();

    const card = page.getByTestId('objective-card').filter({ hasText: OBJECTIVE });
    const trajectory = await card.getByTestId('objective-trajectory').innerText();
    expect(trajectory).toContain(`${french(baseline)} au 31 décembre 2025`);
    expect(trajectory).toContain(`${french(target)} d’ici le 31 décembre ${year}`);
    expect(await card.getByTestId('objective-scope-note').innerText()).toContain('tout le périmètre');
    await visible(card.getByTestId('indicator-chart'));
    expect(await card.getByTestId('indicator-chart').getAttribute('aria-hidden')).toBe('true');
    // The table is the data: a line per month since the baseline, the latest first.
    const rows = card.getByTestId('indicator-table').locator('tbody tr');
    expect(await rows.count()).toBeGreaterThanOrEqual(6);
    await visible(card.getByTestId('indicator-table').getByRole('rowheader', { name: 'décembre 2025' }));
    await visible(card.getByTestId('objective-progress'));
    await visible(page.getByTestId('objectives-summary').getByText('À surveiller'));
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, '92-plan-objectif-calcule');
  });

  it('writes a section; a save crossing another is refused beside the button, her text kept, then saved over it', async () => {
    const text =
      'Réduire de 15 % les cambriolages de logements, en priorité dans les quartiers de reconquête.';
    const results = page.locator('#plan-text-results');
    await results.fill(text);

    // Meanwhile another tab of the cabinet saves the dialogue's text.
    const request = page.context().request;
    const id = new URL(page.url()).searchParams.get('version');
    const read = await graphql<{ plan: { updatedAt: string } }>(
      request,
      'query ($id: ID!) { plan(id: $id) { updatedAt } }',
      { id },
    );
    const other = await graphql(
      request,
      'mutation ($id: ID!, $at: DateTime!) { updatePlanTexts(id: $id, input: { dialogue: "Réunions publiques dans chaque EPCI." }, expectedUpdatedAt: $at) { id } }',
      { id, at: read.data?.plan.updatedAt },
    );
    expect(other.errors).toBeUndefined();

    await page.getByRole('button', { name: 'Enregistrer les textes' }).click();
    await visible(page.getByTestId('problem').getByText('modifié entre-temps'));
    expect(await page.evaluate(() => document.activeElement?.className)).toContain('cnt-problem-box');
    expect(await results.inputValue()).toBe(text);
    await screenshot(page, '93-plan-textes-conflit');

    await page.getByRole('button', { name: 'Enregistrer mes textes à la place' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Textes du plan enregistrés' }).waitFor();
    expect(await results.inputValue()).toBe(text);
  });

  it('submits the plan, then adopts it after a confirmation that says it will be frozen', async () => {
    await page.getByRole('button', { name: 'Soumettre à l’adoption' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Plan soumis à l’adoption' }).waitFor();
    await status(page, 'Soumis à l’adoption');
    // A submitted plan is read, not edited.
    expect(await page.getByRole('button', { name: 'Ajouter un objectif' }).count()).toBe(0);

    await page.getByRole('button', { name: 'Adopter le plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Adopter le plan ?' });
    await visible(dialog.getByText('figée'));
    await screenshot(page, '94-plan-adoption-confirmation');
    await dialog.getByRole('button', { name: 'Adopter et figer le plan' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Plan adopté' }).waitFor();
    await status(page, 'Adopté');
    expect(await page.getByTestId('plan-adopted').innerText()).toContain('Claire Martin');
    await screenshot(page, '95-plan-adopte');
  });

  it('revises it with a note, changes the target and reads the difference from version 1', async () => {
    await page.getByRole('button', { name: 'Réviser le plan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Réviser le plan' });
    await dialog.getByRole('button', { name: 'Ouvrir la révision' }).click();
    await visible(dialog.getByText('Saisissez le motif de la révision.'));
    await dialog.getByLabel('Motif de la révision *').fill('Bilan à mi-parcours : cible relevée.');
    await dialog.getByRole('button', { name: 'Ouvrir la révision' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Version 2 ouverte en projet' }).waitFor();
    await status(page, 'Projet');

    const card = page.getByTestId('objective-card').filter({ hasText: OBJECTIVE });
    const before = (await card.getByTestId('objective-trajectory').innerText())
      .match(/→\s*([\d\s\u202f]+) d’ici/)?.[1]
      .trim();
    await card.getByRole('button', { name: /^Modifier/ }).click();
    const form = page.getByTestId('objective-form');
    const target = Number((await form.getByLabel('Cible *').inputValue()).replace(/\D/g, '')) - 100;
    await form.getByLabel('Cible *').fill(String(target));
    await form.getByRole('button', { name: 'Enregistrer l’objectif' }).click();
    await page.getByTestId('flash').filter({ hasText: 'enregistré' }).waitFor();

    await page.getByRole('link', { name: 'Comparer avec la version 1' }).click();
    await page.waitForURL(/\/plan\/[0-9a-f-]{36}\/differences$/);
    const row = page.getByTestId('plan-differences').getByRole('row').filter({ hasText: 'Cible' });
    await visible(row);
    expect(await row.getByRole('rowheader').innerText()).toBe(OBJECTIVE);
    const cells = await row.getByRole('cell').allInnerTexts();
    expect(cells).toEqual(['Cible', before, french(target)]);
    await screenshot(page, '96-plan-differences');
  });
});

describe('Serge Aubert, maire d’Orléans, reads the adopted plan and nothing else', () => {
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, SERGE);
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('reads the adopted version 1 — not the draft of version 2 — computed on his territory, with no action', async () => {
    const request = page.context().request;
    const result = await graphql<{ plans: { year: number; version: number; status: string }[] }>(
      request,
      '{ plans { year version status } }',
    );
    const plans = result.data?.plans ?? [];
    expect(plans.every((plan) => plan.status === 'ADOPTED')).toBe(true);
    const year = CANDIDATE_YEARS.filter((candidate) => plans.some((plan) => plan.year === candidate)).pop();
    if (!year) throw new Error('Le scénario de Claire Martin n’a pas adopté de plan.');

    await page.getByRole('link', { name: 'Plan d’action', exact: true }).click();
    await page.getByLabel('Année du plan').selectOption(String(year));
    await visible(page.getByTestId('plan-header').getByText('Version 1'));
    await status(page, 'Adopté');
    const card = page.getByTestId('objective-card').filter({ hasText: OBJECTIVE });
    expect(await card.getByTestId('objective-scope-note').innerText()).toContain(
      'votre territoire de compétence',
    );
    await visible(card.getByTestId('indicator-table'));
    // His figure covers his territory, the target the whole département: no progress is drawn from it.
    expect((await card.getByTestId('objective-progress').textContent())?.trim()).toBe('Sur votre territoire');
    await visible(card.getByTestId('objective-not-comparable'));
    await visible(page.getByTestId('objectives-elsewhere'));
    expect(await card.getByRole('columnheader', { name: 'Attendu' }).count()).toBe(0);
    for (const name of [
      'Ajouter un objectif',
      'Soumettre à l’adoption',
      'Réviser le plan',
      'Enregistrer les textes',
    ]) {
      expect(await page.getByRole('button', { name }).count()).toBe(0);
    }
    expect(await card.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
    expect(await page.getByTestId('plan-versions').count()).toBe(0);
    expect(await page.locator('textarea').count()).toBe(0);
    await screenshot(page, '97-plan-maire');
  });

  it('is told plainly when a year has no adopted plan', async () => {
    await page.getByLabel('Année du plan').selectOption(String(new Date().getFullYear() - 3));
    await visible(
      page.getByRole('heading', { name: `Aucun plan adopté pour ${new Date().getFullYear() - 3}` }),
    );
    expect(await page.getByRole('button', { name: /Ouvrir le plan/ }).count()).toBe(0);
  });
});

/** Waits for the version's step badge to say `label` (the page reads the plan again after an action). */
async function status(page: Page, label: string): Promise<void> {
  await page
    .getByTestId('plan-status')
    .filter({ hasText: new RegExp(`^\\s*${label}\\s*$`) })
    .waitFor();
}

/** « 4 994 » as the page writes it (narrow no-break space between thousands). */
function french(value: number): string {
  return value.toLocaleString('fr-FR');
}

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
