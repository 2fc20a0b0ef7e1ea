import { type CaughtMail, SmtpCatcher } from '@continuum/server/mail/testing';
import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

const NADIA = 'nadia.fournier@bailleur.demo';
const LAURENT = 'laurent.moreau@police.demo';
const FREE_ITEM = 'Point sur la fête de quartier de l’Argonne';

/**
 * The CLSPD d’Orléans prepares a plenary: its secretary composes the agenda from the proposals,
 * orders and times it, and convenes; each person convened receives, by mail and on the meeting's
 * page, the agenda as they may read it — a private partner reads an AMBER+STRICT case as a « Point
 * confidentiel », a public authority involved reads it in full (SHARING.md).
 */
describe('Sophie Bernard prepares a plenary of the CLSPD d’Orléans and convenes it', () => {
  let browser: Browser;
  let page: Page;
  let catcher: SmtpCatcher;
  let meetingUrl = '';
  /** The AMBER+STRICT case taken on the agenda: a private partner must never read its title. */
  const strict = { reference: '', title: '' };

  beforeAll(async () => {
    const port = Number(process.env['E2E_SMTP_PORT']);
    if (!port) throw new Error('E2E_SMTP_PORT manquant : le port où l’API envoie ses courriels.');
    catcher = await SmtpCatcher.start({ port });
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'sophie.bernard@orleans.demo');
  });

  afterAll(async () => {
    await browser?.close();
    await catcher?.stop();
  });

  it('opens the CLSPD from « Instances » and is told in French that a meeting is not set in the past', async () => {
    await page.getByRole('link', { name: 'Instances', exact: true }).click();
    await page.waitForURL('**/instances');
    const row = page.getByTestId('body-row').filter({ hasText: 'CLSPD d’Orléans' });
    expect(await row.innerText()).toContain('Secrétariat');
    await row.getByRole('link', { name: 'CLSPD d’Orléans' }).click();
    await page.waitForURL(/\/instances\/[0-9a-f-]{36}$/);
    await visible(page.getByRole('heading', { name: 'CLSPD d’Orléans', level: 1 }));
    await visible(page.getByTestId('working-group').getByText('charte v1 signée le').first());

    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    const form = page.getByTestId('meeting-form');
    expect(await page.locator('#meeting-kind-PLENIERE').isChecked()).toBe(true);
    await page.locator('#meeting-startsAt').fill(`${inDays(-2)}T14:00`);
    await form.getByRole('button', { name: 'Créer la séance' }).click();
    await visible(
      form
        .locator('#meeting-startsAt-messages')
        .getByText('Une séance ne peut pas être fixée dans le passé.'),
    );
    expect(await page.locator('#meeting-startsAt').getAttribute('aria-invalid')).toBe('true');
    await screenshot(page, '60-nouvelle-seance-date-passee');
  });

  it('creates a plenary a few days ahead and lands on its agenda builder', async () => {
    await page.locator('#meeting-startsAt').fill(`${inDays(6)}T14:00`);
    await page.locator('#meeting-durationMinutes').fill('120');
    await page.locator('#meeting-place').fill('Hôtel Groslot, salle du conseil municipal');
    await page.getByTestId('meeting-form').getByRole('button', { name: 'Créer la séance' }).click();
    await page.waitForURL(/\/seances\/[0-9a-f-]{36}$/);
    meetingUrl = new URL(page.url()).pathname;
    await page.getByTestId('flash').filter({ hasText: 'Séance créée' }).waitFor();
    await visible(page.getByRole('heading', { name: 'Séance plénière', level: 1 }));
    expect(await page.getByTestId('meeting-when').innerText()).toMatch(
      /^(lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche) \d{1,2}(er)? \S+ \d{4}, 14 h 00 – 16 h 00$/,
    );
    expect((await page.getByTestId('meeting-status').textContent())?.trim()).toBe('En préparation');
    // The named members are convened by default: the partner and the commissaire among them.
    const invitees = page.getByTestId('invitees');
    await visible(invitees.getByText('Nadia Fournier'));
    await visible(invitees.getByText('Laurent Moreau'));
  });

  it('sees the proposals grouped by section, each with its reason and the case’s sensitivity', async () => {
    const proposals = page.getByTestId('proposal');
    await proposals.first().waitFor();
    expect(await proposals.count()).toBeGreaterThanOrEqual(5);
    expect(await page.getByTestId('proposal-section').count()).toBeGreaterThanOrEqual(2);
    for (const reason of await page.getByTestId('proposal-reason').allInnerTexts()) {
      expect(reason.trim().length).toBeGreaterThan(5);
    }
    await visible(
      page.getByTestId('proposals').getByText('Nouveau dossier depuis la dernière séance').first(),
    );
  });

  it('takes several items, among them an AMBER+STRICT case', async () => {
    const strictProposal = page
      .getByTestId('proposal')
      .filter({ has: page.getByTestId('sensitivity').filter({ hasText: 'TLP:AMBER+STRICT' }) })
      .first();
    await strictProposal.waitFor();
    strict.reference = (await strictProposal.locator('.cnt-ref').innerText()).trim();
    strict.title = (await strictProposal.getByTestId('proposal-title').innerText()).trim();
    expect(strict.reference).toMatch(/^45-\d{4}-\d{6}$/);

    await take(
      page,
      page
        .getByTestId('proposal')
        .filter({ has: page.getByTestId('sensitivity').filter({ hasText: 'TLP:GREEN' }) })
        .first(),
      1,
    );
    await take(page, strictProposal, 2);
    await take(
      page,
      page
        .getByTestId('proposal')
        .filter({ has: page.getByTestId('sensitivity').filter({ hasText: /^\s*TLP:AMBER\s*—/ }) })
        .first(),
      3,
    );
    const agenda = page.getByTestId('agenda-builder').getByTestId('agenda-item');
    expect(await agenda.nth(1).innerText()).toContain(strict.title);
    await visible(agenda.nth(1).getByTestId('sensitivity').filter({ hasText: 'TLP:AMBER+STRICT' }));
  });

  it('puts the AMBER+STRICT case first by drag and drop, and the order holds after a reload', async () => {
    const before = await agendaTitles(page);
    const handle = page.getByTestId('agenda-builder').getByTestId('drag-handle');
    await dragVertically(page, handle.nth(1), handle.nth(0));
    await visible(page.getByText('Point déplacé en position 1 sur 3.'));
    expect(await agendaInOrder(page, [before[1], before[0], before[2]])).toEqual([
      before[1],
      before[0],
      before[2],
    ]);

    await page.reload();
    await page.getByTestId('agenda-builder').getByTestId('agenda-item').nth(2).waitFor();
    expect(await agendaTitles(page)).toEqual([before[1], before[0], before[2]]);

    // Without a mouse: « Descendre » then « Monter » put it back where the drag left it.
    await page.getByRole('button', { name: 'Descendre le point 1' }).click();
    await visible(page.getByText('Point déplacé en position 2 sur 3.'));
    // The list is drawn again from the server after each move: the next click waits for it.
    await agendaInOrder(page, before);
    await page.getByRole('button', { name: 'Monter le point 2' }).click();
    await visible(page.getByText('Point déplacé en position 1 sur 3.'));
    expect((await agendaInOrder(page, [before[1], before[0], before[2]]))[0]).toBe(strict.title);
  });

  it('times an item, adds a free item, and sees the total against the meeting’s two hours', async () => {
    const duration = page.getByLabel('Durée (min) du point 1');
    await duration.fill('25');
    await duration.press('Tab');
    await page
      .getByTestId('agenda-total')
      .filter({ hasText: 'Durée prévue : 45 min pour une séance de 2 h' })
      .waitFor();

    await page.getByRole('button', { name: 'Ajouter le point divers' }).click();
    await visible(page.getByText('Saisissez l’intitulé du point divers.'));
    await page.getByLabel('Intitulé du point *').fill(FREE_ITEM);
    await page.locator('#free-durationMinutes').fill('15');
    await page.getByRole('button', { name: 'Ajouter le point divers' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: `Point divers « ${FREE_ITEM} » ajouté` })
      .waitFor();
    await page
      .getByTestId('agenda-total')
      .filter({ hasText: 'Durée prévue : 1 h pour une séance de 2 h' })
      .waitFor();
    expect(await agendaTitles(page)).toHaveLength(4);
    expect((await agendaTitles(page))[3]).toBe(FREE_ITEM);

    await page.reload();
    await page.getByTestId('agenda-builder').getByTestId('agenda-item').nth(3).waitFor();
    expect(await page.getByLabel('Durée (min) du point 1').inputValue()).toBe('25');
    await screenshot(page, '61-ordre-du-jour-secretariat');
  });

  it('publishes the agenda and convenes: each invitee gets a mail with a calendar invitation', async () => {
    await page.getByRole('button', { name: 'Publier l’ordre du jour et convoquer' }).click();
    const dialog = page.locator('dialog[open]');
    await visible(dialog.getByText(/8 personnes recevront la convocation par courriel/));
    await dialog.getByRole('button', { name: 'Publier et convoquer' }).click();
    await page
      .getByTestId('flash')
      .filter({ hasText: 'Ordre du jour publié : 8 convocations envoyées' })
      .waitFor();
    await page.getByTestId('meeting-status').filter({ hasText: 'Convoquée' }).waitFor();

    const [nadia, laurent] = await Promise.all([
      convocationTo(catcher, NADIA, meetingUrl),
      convocationTo(catcher, LAURENT, meetingUrl),
    ]);
    for (const mail of [nadia, laurent]) {
      expect(mail.subject).toMatch(/^Convocation — CLSPD d’Orléans — /);
      expect(mail.calendar?.method).toBe('REQUEST');
      expect(mail.calendar?.content).toContain('BEGIN:VEVENT');
      expect(mail.text).toContain(meetingUrl);
      expect(mail.text).toContain(FREE_ITEM);
    }
    expect(nadia.text).toContain('Point confidentiel');
    expect(`${nadia.text}\n${nadia.html ?? ''}`).not.toContain(strict.title);
    expect(`${nadia.text}\n${nadia.html ?? ''}`).not.toContain(strict.reference);
    expect(laurent.text).toContain(strict.title);
    expect(laurent.text).not.toContain('Point confidentiel');

    // The secretary follows their delivery on the page.
    const row = page.getByTestId('convocation-mail').filter({ hasText: NADIA });
    await row.and(page.locator('[data-status="SENT"]')).waitFor({ timeout: 20_000 });
    expect((await row.getByTestId('mail-detail').innerText()).trim()).toMatch(
      /^le \d{1,2}(er)? \S+ \d{4} à \d{1,2} h \d{2}$/,
    );
    await screenshot(page, '62-convocations-envoyees');
  });

  it('Nadia Fournier (bailleur) finds it on her home page and reads the AMBER+STRICT item as « Point confidentiel »', async () => {
    const { context, page: nadia } = await newPage(browser);
    try {
      await login(nadia, NADIA);
      const line = nadia.getByTestId('my-meeting').filter({ has: nadia.locator(`a[href="${meetingUrl}"]`) });
      await visible(line);
      expect(await line.innerText()).toContain('Séance plénière — CLSPD d’Orléans');
      await line.getByRole('link').click();
      await nadia.waitForURL(`**${meetingUrl}`);
      const items = nadia.getByTestId('agenda-read').getByTestId('agenda-item');
      await items.nth(3).waitFor();
      expect(await items.count()).toBe(4);
      const first = (await items.nth(0).innerText()).replace(/\s+/g, ' ').trim();
      expect(first).toBe('1 Point confidentiel 25 min');
      expect(await items.nth(0).locator('a').count()).toBe(0);
      expect(await items.nth(1).innerText()).not.toContain('Point confidentiel');
      expect(await items.nth(3).innerText()).toContain(FREE_ITEM);
      const text = await nadia.locator('body').innerText();
      expect(text).not.toContain(strict.title);
      expect(text).not.toContain(strict.reference);
      expect(await nadia.content()).not.toContain(strict.title);
      // No builder, no proposals, no mails: she reads.
      expect(await nadia.getByTestId('agenda-builder').count()).toBe(0);
      expect(await nadia.getByTestId('proposals').count()).toBe(0);
      expect(await nadia.getByTestId('convocation-mails').count()).toBe(0);
      await screenshot(nadia, '63-seance-vue-bailleur');
    } finally {
      await context.close();
    }
  });

  it('Laurent Moreau (DDPN, autorité publique impliquée) reads the same item in full', async () => {
    const { context, page: laurent } = await newPage(browser);
    try {
      await login(laurent, LAURENT);
      await visible(laurent.getByTestId('my-meeting').locator(`a[href="${meetingUrl}"]`));
      await laurent.goto(meetingUrl);
      const items = laurent.getByTestId('agenda-read').getByTestId('agenda-item');
      await items.nth(3).waitFor();
      const first = items.nth(0);
      expect(await first.getByTestId('agenda-item-title').innerText()).toBe(strict.title);
      expect(await first.innerText()).toContain(strict.reference);
      await visible(first.getByTestId('sensitivity').filter({ hasText: 'TLP:AMBER+STRICT' }));
      expect(await laurent.getByText('Point confidentiel').count()).toBe(0);
      await screenshot(laurent, '64-seance-vue-commissaire');
    } finally {
      await context.close();
    }
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** « Retenir » a proposal; the agenda then counts `count` items. */
async function take(page: Page, proposal: Locator, count: number): Promise<void> {
  await proposal.getByRole('button', { name: /^Retenir/ }).click();
  await page.getByTestId('flash').filter({ hasText: 'ajouté à l’ordre du jour' }).waitFor();
  await page
    .getByTestId('agenda-builder')
    .getByTestId('agenda-item')
    .nth(count - 1)
    .waitFor();
}

/** The titles of the agenda, in order (a case's title, or a free item's). */
/** The agenda's titles once they are in `expected` order, or as they are after 5 s. */
async function agendaInOrder(page: Page, expected: string[]): Promise<string[]> {
  let titles = await agendaTitles(page);
  for (let i = 0; i < 50 && titles.join('\n') !== expected.join('\n'); i++) {
    await page.waitForTimeout(100);
    titles = await agendaTitles(page);
  }
  return titles;
}

async function agendaTitles(page: Page): Promise<string[]> {
  const titles = await page.getByTestId('agenda-builder').getByTestId('agenda-item-title').allInnerTexts();
  return titles.map((title) => title.trim());
}

/**
 * Drags by the handle with the mouse as a person does: press, move in small steps (the CDK starts a
 * drag past a threshold and sorts on pointer moves), a little above the target, release.
 */
async function dragVertically(page: Page, from: Locator, to: Locator): Promise<void> {
  const start = await from.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('Poignée de déplacement introuvable.');
  const x = start.x + start.width / 2;
  await page.mouse.move(x, start.y + start.height / 2);
  await page.mouse.down();
  const targetY = end.y + end.height / 2 - 10;
  const steps = 12;
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(
      x,
      start.y + start.height / 2 + ((targetY - start.y - start.height / 2) * i) / steps,
    );
    await page.waitForTimeout(30);
  }
  await page.mouse.up();
}

/**
 * The convocation to this meeting: the run's database also holds meetings the integration stage
 * convened, whose mails still pending are sent by this API too.
 */
function convocationTo(catcher: SmtpCatcher, address: string, meetingUrl: string): Promise<CaughtMail> {
  return catcher.waitFor(
    (mail) =>
      mail.envelopeTo.includes(address) &&
      mail.subject.startsWith('Convocation — CLSPD') &&
      mail.text.includes(meetingUrl),
    20_000,
  );
}

/** `AAAA-MM-JJ`, n days from today in Paris. */
function inDays(days: number): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
