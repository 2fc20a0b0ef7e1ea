import { type CaughtMail, SmtpCatcher } from '@continuum/server/mail/testing';
import JSZip from 'jszip';
import { Browser, Locator, Page } from 'playwright-core';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

const NADIA = 'nadia.fournier@bailleur.demo';
const LAURENT = 'laurent.moreau@police.demo';
const MARC = 'marc.petit@orleans.demo';
const FREE_ITEM = 'Sécurisation du marché de Noël';

/**
 * The secretary finishes the meeting (issue #14): a plenary of the CLSPD d'Orléans held today —
 * the documents and the mails number the items as the page does after the secretary moved a free
 * item; the invitees answer the convocation and the secretary sees their answers; attendance is
 * recorded on a phone; the meeting is declared held; the minutes are approved by the chair (not
 * by the secretary, who is told who approves) and circulated; the export is no longer a draft.
 */
describe('the secretary finishes the meeting: held, minutes approved by the right person, documents numbered like the screen, invitees’ answers shown', () => {
  let browser: Browser;
  let page: Page;
  let catcher: SmtpCatcher;
  let meetingUrl = '';
  /** The agenda as the page numbers it, once the free item is moved. */
  let screenOrder: string[] = [];

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

  it('creates a plenary tonight, takes two cases, adds a free item and moves it to position 2', async () => {
    const hour = Number(
      new Intl.DateTimeFormat('fr-FR', {
        timeZone: 'Europe/Paris',
        hour: '2-digit',
        hourCycle: 'h23',
      }).format(new Date()),
    );
    if (hour >= 23)
      throw new Error('Ce scénario crée une séance le jour même à 23 h 15 : lancez-le avant 23 h.');
    await page.getByRole('link', { name: 'Instances', exact: true }).click();
    await page
      .getByTestId('body-row')
      .filter({ hasText: 'CLSPD d’Orléans' })
      .getByRole('link')
      .first()
      .click();
    await page.waitForURL(/\/instances\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: 'Nouvelle séance' }).click();
    await page.locator('#meeting-startsAt').fill(`${today()}T23:15`);
    await page.locator('#meeting-durationMinutes').fill('30');
    await page.locator('#meeting-place').fill('Hôtel Groslot');
    await page.getByTestId('meeting-form').getByRole('button', { name: 'Créer la séance' }).click();
    await page.waitForURL(/\/seances\/[0-9a-f-]{36}$/);
    meetingUrl = new URL(page.url()).pathname;

    for (const count of [1, 2]) {
      const retain = page
        .getByTestId('proposal')
        .first()
        .getByRole('button', { name: /^Retenir/ });
      const label = (await retain.getAttribute('aria-label')) ?? '';
      await retain.click();
      await page
        .getByTestId('agenda-builder')
        .getByTestId('agenda-item')
        .nth(count - 1)
        .waitFor();
      // The proposal taken leaves the list before the next is taken (on a loaded machine the list
      // is read again after the agenda shows the item).
      await page
        .getByTestId('proposal')
        .getByRole('button', { name: label, exact: true })
        .waitFor({ state: 'detached' });
    }
    await page.getByLabel('Intitulé du point *').fill(FREE_ITEM);
    await page.getByRole('button', { name: 'Ajouter le point divers' }).click();
    await page.getByTestId('agenda-builder').getByTestId('agenda-item').nth(2).waitFor();
    await page.getByRole('button', { name: 'Monter le point 3' }).click();
    await visible(page.getByText('Point déplacé en position 2 sur 3.'));
    screenOrder = await builderTitles(page, (titles) => titles[1] === FREE_ITEM);
    expect(screenOrder[1]).toBe(FREE_ITEM);
  });

  it('downloads the agenda: its items carry the numbers of the screen', async () => {
    const docx = await docxText(page, 'agenda.docx');
    expect(numberedTitles(docx)).toEqual(screenOrder.map((title, i) => `${i + 1}. ${title}`));
    expect(docx).toContain('Lieu : Hôtel Groslot');
  });

  it('convenes: the convocation mail numbers the items as the screen does', async () => {
    await page.getByRole('button', { name: 'Publier l’ordre du jour et convoquer' }).click();
    await page.locator('dialog[open]').getByRole('button', { name: 'Publier et convoquer' }).click();
    await page.getByTestId('meeting-status').filter({ hasText: 'Convoquée' }).waitFor();
    const mail = await mailTo(
      catcher,
      LAURENT,
      (m) => m.subject.startsWith('Convocation') && m.text.includes(meetingUrl),
    );
    const text = mail.text.replace(/[\u00a0\u202f]/g, ' ');
    const items = text
      .split('\n')
      .filter((line) => /^ {2}\d+\. /.test(line))
      .map((line) => line.trim().replace(/^(\d+\.) \d{2}-\d{4}-\d{6} — /, '$1 '));
    expect(items).toEqual(screenOrder.map((title, i) => `${i + 1}. ${title}`));
    expect(text).toContain('Lieu : Hôtel Groslot');
  });

  it('Nadia Fournier answers « Excusé·e », Laurent Moreau « Représenté·e par Jean Adjoint » — the missing name is said by the field', async () => {
    for (const [email, answer, value, name] of [
      [NADIA, 'Excusé·e', 'EXCUSED', ''],
      [LAURENT, 'Représenté·e', 'REPRESENTED', 'Jean Adjoint'],
    ] as const) {
      const { context, page: invitee } = await newPage(browser);
      try {
        await login(invitee, email);
        await invitee.goto(meetingUrl);
        const form = invitee.getByTestId('invitation-answer');
        // A person clicks the DSFR radio's label (it covers the native input).
        await form.locator(`label[for="answer-${value}"]`).click();
        expect(await form.getByLabel(answer, { exact: true }).isChecked()).toBe(true);
        if (name) {
          await form.getByRole('button', { name: 'Envoyer ma réponse' }).click();
          await visible(form.getByText('Indiquez qui vous représentera.'));
          expect(await invitee.evaluate(() => document.activeElement?.id)).toBe('answer-represented-by');
          await form.getByLabel('Qui vous représentera ?').fill(name);
        }
        await form.getByRole('button', { name: 'Envoyer ma réponse' }).click();
        await invitee.getByTestId('flash').filter({ hasText: 'Réponse envoyée' }).waitFor();
        await visible(
          invitee.getByTestId('my-answer').filter({ hasText: name ? `${answer} par ${name}` : answer }),
        );
        if (email === NADIA) await screenshot(invitee, '70-reponse-a-la-convocation');
      } finally {
        await context.close();
      }
    }
  });

  it('on the day, sees the answers beside the attendance, usable on a phone, and records it', async () => {
    await page.reload();
    const nadia = page.getByTestId('attendance-row').filter({ hasText: 'Nadia Fournier' });
    await visible(nadia.getByTestId('attendance-answer').filter({ hasText: 'Excusé·e' }));
    await visible(
      page
        .getByTestId('attendance-row')
        .filter({ hasText: 'Laurent Moreau' })
        .getByTestId('attendance-answer')
        .filter({ hasText: 'Représenté·e par Jean Adjoint' }),
    );
    await visible(nadia.getByLabel('Présence de Nadia Fournier'));
    const antoine = page.getByTestId('attendance-row').filter({ hasText: 'Antoine Roux' });
    if (await antoine.count()) await visible(antoine.getByLabel('Présence d’Antoine Roux'));

    await page.setViewportSize({ width: 375, height: 812 });
    try {
      const box = await nadia.locator('select').boundingBox();
      expect(box?.width ?? 0).toBeGreaterThan(250);
    } finally {
      await page.setViewportSize({ width: 1366, height: 900 });
    }
    await nadia.locator('select').selectOption('EXCUSED');
    await page.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await page.getByTestId('flash').filter({ hasText: 'Présences enregistrées' }).waitFor();
    await screenshot(page, '71-presences-jour-de-seance');
  });

  it('declares the meeting held and is told who approves the minutes — not the secretary', async () => {
    await page.getByRole('button', { name: 'Déclarer la séance tenue' }).click();
    await page.getByTestId('meeting-status').filter({ hasText: 'Tenue' }).waitFor();
    const step = page.getByTestId('approve');
    await visible(step.getByTestId('approvers').filter({ hasText: 'Marc Petit' }));
    expect(await step.getByRole('button', { name: 'Approuver le compte rendu' }).count()).toBe(0);
    await screenshot(page, '72-compte-rendu-a-approuver');
  });

  it('Marc Petit (présidence) approves; the minutes are circulated and no longer a draft', async () => {
    const { context, page: marc } = await newPage(browser);
    try {
      await login(marc, MARC);
      await marc.goto(meetingUrl);
      await marc.getByTestId('approve').getByRole('button', { name: 'Approuver le compte rendu' }).click();
      await marc.locator('dialog[open]').getByRole('button', { name: 'Approuver et diffuser' }).click();
      await visible(marc.getByTestId('approved').filter({ hasText: 'par Marc Petit' }));
      const minutes = await docxText(marc, 'minutes.docx');
      expect(minutes).toContain('Approuvé le');
      expect(minutes).not.toContain('Projet de compte rendu');
      expect(numberedTitles(minutes)).toEqual(screenOrder.map((title, i) => `${i + 1}. ${title}`));
      await screenshot(marc, '73-compte-rendu-approuve');
    } finally {
      await context.close();
    }
    const circulated = await mailTo(
      catcher,
      NADIA,
      (m) => m.subject.startsWith('Compte rendu approuvé') && m.text.includes(meetingUrl),
    );
    expect(circulated.text).toContain('approuvé par Marc Petit');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}

/** The builder's titles once `ready` holds (the list is drawn again from the server after a move). */
async function builderTitles(page: Page, ready: (titles: string[]) => boolean): Promise<string[]> {
  let titles: string[] = [];
  for (let i = 0; i < 50; i++) {
    titles = (await page.getByTestId('agenda-builder').getByTestId('agenda-item-title').allInnerTexts()).map(
      (title) => title.trim(),
    );
    if (ready(titles)) break;
    await page.waitForTimeout(100);
  }
  return titles;
}

/** The text of a meeting's DOCX, downloaded with the reader's session from the page's link. */
async function docxText(page: Page, file: string): Promise<string> {
  const href = await page.getByTestId('downloads').locator(`a[href$="/${file}"]`).getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  const xml =
    (await (await JSZip.loadAsync(await response.body())).file('word/document.xml')?.async('string')) ?? '';
  return xml
    .replace(/<w:tab\/>/g, ' ')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&apos;/g, "'")
    .replace(/[\u00a0\u202f]/g, ' ');
}

/** « 2. Sécurisation du marché de Noël »: the numbered item headings, a case's reference left out. */
function numberedTitles(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => /^\d+\. /.test(line))
    .map((line) => line.replace(/^(\d+\.) \d{2}-\d{4}-\d{6} — /, '$1 '));
}

function mailTo(
  catcher: SmtpCatcher,
  address: string,
  match: (mail: CaughtMail) => boolean,
): Promise<CaughtMail> {
  return catcher.waitFor((mail) => mail.envelopeTo.includes(address) && match(mail), 20_000);
}

/** `AAAA-MM-JJ`, today in Paris. */
function today(): string {
  return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Paris' }).format(new Date());
}
