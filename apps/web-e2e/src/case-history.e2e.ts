import { Browser, Locator, Page } from 'playwright-core';
import { graphql, readableCases } from './support/api';
import { launchBrowser, login, newPage, screenshot } from './support/browser';

/**
 * A case page shows its latest ten comments and twelve history entries; « Voir plus » brings the
 * older ones from the server, page after page.
 */
describe('Paul Durand reads a long conversation on a case', () => {
  let browser: Browser;
  let page: Page;
  const marker = `fil ${Date.now().toString(36)}`;
  const body = (n: number) => `Point ${String(n).padStart(2, '0')} du ${marker}`;
  let caseId = '';

  beforeAll(async () => {
    browser = await launchBrowser();
    ({ page } = await newPage(browser));
    await login(page, 'paul.durand@pm-orleans.demo');
    const commentable = (await readableCases(page.request, {}, 'viewerCan { comment }')).find(
      (row) => (row['viewerCan'] as { comment: boolean }).comment,
    );
    if (!commentable) throw new Error('Paul devrait pouvoir commenter un dossier de la démonstration.');
    caseId = commentable.id;
    // Twelve comments, the oldest first: the page shows the ten latest.
    for (let n = 1; n <= 12; n++) {
      const result = await graphql(
        page.request,
        'mutation ($caseId: ID!, $body: String!) { addCaseComment(caseId: $caseId, body: $body) { id } }',
        { caseId, body: body(n) },
      );
      if (result.errors) throw new Error(JSON.stringify(result.errors));
    }
  });

  afterAll(async () => {
    await browser?.close();
  });

  it('shows the ten latest comments, newest first, and « Voir plus » loads the older ones', async () => {
    await page.goto(`/dossiers/${caseId}`);
    const section = page.getByTestId('case-comments');
    await visible(section.getByText(body(12)));
    const ours = section.getByTestId('case-comment').filter({ hasText: marker });
    expect(await ours.count()).toBe(10);
    expect(await ours.first().innerText()).toContain(body(12));
    expect(await section.getByText(body(1)).count()).toBe(0);
    await screenshot(page, '60-commentaires-dix-derniers');

    await section.getByTestId('comments-more').click();
    await visible(section.getByText(body(1)));
    expect(await ours.count()).toBe(12);
    const texts = await ours.allInnerTexts();
    expect(texts.findIndex((text) => text.includes(body(2)))).toBeLessThan(
      texts.findIndex((text) => text.includes(body(1))),
    );
    await screenshot(page, '61-commentaires-voir-plus');
  });

  it('shows the latest history first, and « Voir plus » loads older entries', async () => {
    const timeline = page.getByTestId('case-timeline');
    const entries = timeline.locator('li');
    await visible(entries);
    expect(await entries.count()).toBe(12);
    await timeline.getByTestId('timeline-more').click();
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="case-timeline"] li').length > 12,
    );
    // The creation of the case is the oldest entry: once everything is loaded, it comes last.
    while (await timeline.getByTestId('timeline-more').count()) {
      const before = await entries.count();
      await timeline.getByTestId('timeline-more').click();
      await page.waitForFunction(
        (count) => document.querySelectorAll('[data-testid="case-timeline"] li').length > count,
        before,
      );
    }
    expect(await entries.last().innerText()).toContain('Dossier ouvert');
    await screenshot(page, '62-historique-voir-plus');
  });
});

async function visible(locator: Locator): Promise<void> {
  await locator.first().waitFor({ state: 'visible' });
}
