import { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { apiLogin, graphql } from './support/api';
import { launchBrowser, newPage, screenshot } from './support/browser';

/**
 * What new users stumbled on in a case (issue 14): an assignee removing the owner's persons in one
 * click, due dates in the past, a commune among 325 in a select, a referral to a private partner
 * who then sees no persons, and a phone where « Retirer » was off-screen.
 */

const LAURENT = 'laurent.moreau@police.demo';
const SOPHIE = 'sophie.bernard@orleans.demo';
const PHONE = { width: 375, height: 812 };

interface Persona {
  context: BrowserContext;
  page: Page;
}

async function ok<T>(request: Persona['context']['request'], query: string, variables = {}): Promise<T> {
  const result = await graphql<T>(request, query, variables);
  if (!result.data || result.errors) throw new Error(JSON.stringify(result.errors));
  return result.data;
}

/** `AAAA-MM-JJ`, n days from today in Paris. */
function inDays(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

describe('A DDPN case referred to the Mairie: the owner edits the persons, the assignee reads them', () => {
  let browser: Browser;
  let laurent: Persona;
  let sophie: Persona;
  let caseId = '';
  const person = 'Kévin Témoin';

  beforeAll(async () => {
    browser = await launchBrowser();
    laurent = await newPage(browser);
    sophie = await newPage(browser);
    await apiLogin(laurent.context.request, LAURENT);
    await apiLogin(sophie.context.request, SOPHIE);
    const request = laurent.context.request;
    const created = await ok<{ createCase: { id: string } }>(
      request,
      `mutation($input: CreateCaseInput!) { createCase(input: $input) { id } }`,
      {
        input: {
          title: `Trafic au pied de la tour (essai ${Date.now().toString(36)})`,
          category: 'RODEOS_URBAINS',
          communeCode: '45234',
          sensitivity: 'AMBER',
        },
      },
    );
    caseId = created.createCase.id;
    await ok(
      request,
      `mutation($id: ID!, $name: String!) { addCasePerson(caseId: $id, input: { fullName: $name, role: TEMOIN }) { id } }`,
      {
        id: caseId,
        name: person,
      },
    );
    await ok(
      request,
      `mutation($id: ID!, $due: String) { addCaseAction(caseId: $id, input: { title: "Surveillance du hall pendant une semaine", organizationId: "${(await ok<{ me: { organization: { id: string } } }>(request, '{ me { organization { id } } }')).me.organization.id}", dueOn: $due }) { id } }`,
      {
        id: caseId,
        due: inDays(10),
      },
    );
    const mairie = (
      await ok<{ organizations: { id: string; name: string }[] }>(request, '{ organizations { id name } }')
    ).organizations.find((org) => org.name === 'Mairie d’Orléans');
    const assigned = await ok<{ assignCase: { id: string } }>(
      request,
      `mutation($id: ID!, $org: ID!) { assignCase(id: $id, organizationId: $org) { id } }`,
      { id: caseId, org: mairie?.id },
    );
    const assignment = assigned.assignCase;
    await ok(
      sophie.context.request,
      `mutation($id: ID!) { answerReferral(assignmentId: $id, accept: true) { id } }`,
      {
        id: assignment?.id,
      },
    );
    // Both give the motive of their consultation through the API (the form is tried in cases.e2e).
    for (const persona of [laurent, sophie])
      await ok(
        persona.context.request,
        `mutation($id: ID!) { declareReadMotive(caseId: $id, input: { motive: CASE_FOLLOW_UP }) { id } }`,
        { id: caseId },
      );
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
  });

  it('Sophie, whose Mairie accepted the referral, reads the persons but is offered neither « Retirer » nor « Ajouter »', async () => {
    const { page } = sophie;
    await page.goto(`/dossiers/${caseId}`);
    const persons = page.getByTestId('case-persons');
    await visible(persons.getByTestId('person').filter({ hasText: person }));
    expect(await persons.getByRole('button', { name: /Retirer/ }).count()).toBe(0);
    expect(await persons.locator('summary', { hasText: 'Ajouter une personne' }).count()).toBe(0);
    expect(await persons.getByTestId('persons-owner-only').innerText()).toContain(
      'Seule l’organisation qui porte le dossier (DDPN du Loiret) ajoute ou retire des personnes',
    );
    await screenshot(page, '56-personnes-lues-par-la-mairie');
  });

  it('on a phone, every person and action fits the screen, « Retirer » in view without scrolling sideways', async () => {
    const { page } = laurent;
    await page.setViewportSize(PHONE);
    try {
      await page.goto(`/dossiers/${caseId}`);
      const remove = page.getByRole('button', { name: `Retirer ${person}` });
      await visible(remove);
      await visible(page.getByTestId('case-action'));
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        PHONE.width,
      );
      for (const button of [
        remove,
        page.getByTestId('case-action').getByRole('button', { name: 'Mettre à jour' }),
      ]) {
        const box = await button.boundingBox();
        expect(box).not.toBeNull();
        expect(box!.x).toBeGreaterThanOrEqual(0);
        expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
      }
    } finally {
      await page.setViewportSize({ width: 1366, height: 900 });
    }
  });

  it('Laurent removes a person only after confirming, with a reason; the history says so', async () => {
    const { page } = laurent;
    await page.goto(`/dossiers/${caseId}`);
    await page.getByRole('button', { name: `Retirer ${person}` }).click();
    const dialog = page.locator('dialog[open]');
    await visible(dialog.getByRole('heading', { name: 'Retirer une personne' }));
    await dialog.getByRole('button', { name: 'Retirer la personne' }).click();
    await visible(dialog.getByText('Indiquez le motif du retrait.'));
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('person-remove-reason');
    await screenshot(page, '57-retrait-personne-motif');
    // Still there: nothing is removed without a reason.
    await visible(page.getByTestId('person').filter({ hasText: person }));

    await dialog.getByLabel(/Motif/).fill('Doublon de la fiche du signalant');
    await dialog.getByRole('button', { name: 'Retirer la personne' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: `${person} retiré(e) des personnes concernées.` })
      .waitFor();
    await page.locator('dialog[open]').waitFor({ state: 'detached' });
    await page.getByTestId('person').filter({ hasText: person }).waitFor({ state: 'detached' });
    await visible(page.getByText('Aucune personne n’est inscrite au dossier.'));
    await visible(page.getByTestId('case-timeline').getByText('Personne retirée (donnée nominative).'));
  });

  it('offers no past day for a new action and says so in French when one is typed', async () => {
    const { page } = laurent;
    const actions = page.getByTestId('case-actions');
    await actions.locator('summary', { hasText: 'Ajouter une action' }).click();
    expect(await page.locator('#action-dueOn').getAttribute('min')).toBe(inDays(0));
    await page.locator('#action-title').fill('Rencontre avec le bailleur');
    await page.locator('#action-dueOn').fill('2020-01-01');
    await actions.getByRole('button', { name: 'Ajouter l’action' }).click();
    await visible(actions.getByText('Cette date est passée : choisissez aujourd’hui ou un jour à venir.'));
    expect(
      await actions.getByTestId('case-action').filter({ hasText: 'Rencontre avec le bailleur' }).count(),
    ).toBe(0);
    await screenshot(page, '58-echeance-passee-refusee');
  });

  it('is offered partners only (not the SIDSIC), and told before referring the case to a private partner that it will not see the persons', async () => {
    const { page } = laurent;
    const referrals = page.getByTestId('case-referrals');
    await referrals.locator('summary', { hasText: 'Saisir une organisation' }).click();
    expect(await referrals.getByTestId('referral-private-notice').count()).toBe(0);
    // The platform's technical administration is no partner: it is not offered.
    const offered = await page.locator('#assign-organization option').allInnerTexts();
    expect(offered.some((label) => label.includes('Val de Loire Habitat Démo'))).toBe(true);
    expect(offered.some((label) => label.includes('SIDSIC'))).toBe(false);
    await page
      .locator('#assign-organization')
      .selectOption({ label: 'Val de Loire Habitat Démo (partenaire privé)' });
    const notice = referrals.getByTestId('referral-private-notice');
    await visible(notice);
    expect(await notice.innerText()).toContain(
      'Val de Loire Habitat Démo est un partenaire privé : il ne verra pas les personnes concernées',
    );
    await screenshot(page, '59-saisine-partenaire-prive');
  });

  it('types the commune of a new case, in French order (Boësses first), and cannot plan its assessment in the past', async () => {
    const { page } = laurent;
    await page.goto('/dossiers/nouveau');
    await page.locator('#case-communeCode').fill('bo');
    const suggestions = page.getByTestId('case-communeCode-suggestions').getByRole('button');
    await visible(suggestions);
    const names = (await suggestions.allInnerTexts()).map((text) => text.trim());
    expect(names[0]).toMatch(/^Boësses \(\d{5}\)$/);
    expect(names).toEqual([...names].sort(new Intl.Collator('fr').compare));
    await suggestions.first().click();
    await visible(page.getByRole('button', { name: 'Retirer Boësses' }));

    expect(await page.locator('#case-assessmentDueOn').getAttribute('min')).toBe(inDays(0));
    await page.locator('#case-assessmentDueOn').fill('2025-01-15');
    await page.getByRole('button', { name: 'Ouvrir le dossier' }).click();
    await visible(page.getByText('Cette date est passée : choisissez aujourd’hui ou un jour à venir.'));
    await screenshot(page, '60-formulaire-commune-et-date');
  });
});

describe('the list of cases on a phone', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('folds the filters behind « Filtres »: the first case is on the first screen', async () => {
    const { context, page } = await newPage(browser);
    await apiLogin(context.request, LAURENT);
    await page.goto('/dossiers');
    await visible(page.locator('#cases-category'));
    // At 1366 px every filter shows; at 375 px (the « -375 » shot) they fold behind « Filtres ».
    await screenshot(page, '61-liste-filtres-repliables');
    await page.setViewportSize(PHONE);
    const toggle = page.getByTestId('filters-toggle');
    await visible(toggle);
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await page.locator('#cases-category').isVisible()).toBe(false);
    const first = page.locator('[data-testid="cases-table"] tbody tr, [data-testid="case-line"]').first();
    await visible(first);
    // Within one screen from the page's title (the header and the demo banner come before it).
    const box = await first.boundingBox();
    const title = await page.getByRole('heading', { name: 'Dossiers', level: 1 }).boundingBox();
    expect(box!.y - title!.y).toBeLessThan(PHONE.height);

    await toggle.click();
    // The page draws again after the click: wait for it rather than read at once.
    await toggle.and(page.locator('[aria-expanded="true"]')).waitFor();
    await visible(page.locator('#cases-category'));
    await page.setViewportSize({ width: 1366, height: 900 });
    // On a wide screen the filters are always there, and the button is not.
    expect(await toggle.isVisible()).toBe(false);
  });
});
