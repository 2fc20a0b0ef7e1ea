import { Api, codeOf, ok, Session } from './api-harness';
import { aCase, BuiltCase } from './case-factory';
import { CLAIRE, PAUL } from './personas';

/**
 * A case's comments and history by pages (`commentPage`, `timelinePage`), newest first, « voir
 * plus » with `after`: every row once, in order, even when many share one instant (the cursor keeps
 * the microseconds); the unpaged `comments` and `timeline` still answer as before; and a page never
 * shows what its reader may not read — neither through a case he may not read, nor through a cursor
 * taken from one, nor through a linked case.
 */

const SECRET = 'Commentaire réservé du dossier caché';

interface Page<T> {
  nodes: T[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}
type CommentNode = { id: string; body: string; createdAt: string };
type EventNode = { id: string; kind: string; summary: string };

const COMMENTS = `query($id: ID!, $first: Int, $after: String) { case(id: $id) {
  commentPage(first: $first, after: $after) { totalCount nodes { id body createdAt } pageInfo { hasNextPage endCursor } } } }`;
const TIMELINE = `query($id: ID!, $first: Int, $after: String) { case(id: $id) {
  timelinePage(first: $first, after: $after) { nodes { id kind summary } pageInfo { hasNextPage endCursor } } } }`;

describe('Comments and history by pages', () => {
  let api: Api;
  let paul: Session;
  let claire: Session;
  /** GREEN: Paul reads it; 25 comments written in one statement (one instant), 3 more after. */
  let busy: BuiltCase;
  /** AMBER of the gendarmerie shared with the parquet: Paul may not read it, Claire may. */
  let hidden: BuiltCase;
  /** GREEN, linked to `hidden`: Paul reads it, not what it is linked to. */
  let hub: BuiltCase;

  beforeAll(async () => {
    api = await Api.start();
    [paul, claire] = await Promise.all([api.as(PAUL.email), api.as(CLAIRE.email)]);
    hidden = await aCase(api)
      .titled('Enquête réservée')
      .sensitivity('AMBER')
      .sharedWith('Parquet d’Orléans')
      .withComment(SECRET)
      .withComment(`${SECRET} (suite)`)
      .build();
    [busy, hub] = await Promise.all([
      aCase(api).titled('Conversation nourrie').sensitivity('GREEN').build(),
      aCase(api).titled('Dossier carrefour').sensitivity('GREEN').linkedTo(hidden).build(),
    ]);
    await api.dataSource.query(
      `insert into case_comments (case_id, author_label, body)
       select $1, 'Fabrique de test', 'Commentaire groupé ' || g from generate_series(1, 25) g`,
      [busy.id],
    );
    for (let i = 1; i <= 3; i++)
      await api.dataSource.query(
        `insert into case_comments (case_id, author_label, body) values ($1, 'Fabrique de test', $2)`,
        [busy.id, `Commentaire tardif ${i}`],
      );
    await api.dataSource.query(
      `insert into case_events (case_id, kind, actor_label, data)
       select $1, 'comment_added', 'Fabrique de test', '{}' from generate_series(1, 30)`,
      [busy.id],
    );
    // The hidden case gets the latest comment and event: a cursor taken from them lies after
    // everything of the busy case.
    await api.dataSource.query(
      `insert into case_comments (case_id, author_label, body) values ($1, 'Fabrique de test', $2)`,
      [hidden.id, `${SECRET} (tardif)`],
    );
    await api.dataSource.query(
      `insert into case_events (case_id, kind, actor_label, data) values ($1, 'comment_added', 'Fabrique de test', '{}')`,
      [hidden.id],
    );
  }, 60_000);

  afterAll(() => api?.stop());

  async function allPages<T>(
    session: Session,
    query: string,
    field: 'commentPage' | 'timelinePage',
    id: string,
    first: number,
  ) {
    const pages: Page<T>[] = [];
    let after: string | null = null;
    do {
      const data: { case: Record<string, Page<T>> } = ok(
        await session.gql<{ case: Record<string, Page<T>> }>(query, { id, first, after }),
      );
      const page: Page<T> = data.case[field];
      pages.push(page);
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after && pages.length < 20);
    return pages;
  }

  it('pages the comments newest first, each once, even 25 written at the same instant', async () => {
    const pages = await allPages<CommentNode>(paul, COMMENTS, 'commentPage', busy.id, 10);
    expect(pages.map((page) => page.nodes.length)).toEqual([10, 10, 8]);
    const nodes = pages.flatMap((page) => page.nodes);
    const stored: { id: string }[] = await api.dataSource.query(
      `select id from case_comments where case_id = $1 order by created_at desc, id desc`,
      [busy.id],
    );
    expect(nodes.map((node) => node.id)).toEqual(stored.map((row) => row.id));
    expect(nodes.slice(0, 3).map((node) => node.body)).toEqual([
      'Commentaire tardif 3',
      'Commentaire tardif 2',
      'Commentaire tardif 1',
    ]);
    expect(pages.at(-1)!.pageInfo).toEqual({ hasNextPage: false, endCursor: expect.any(String) });
    const first = ok(
      await paul.gql<{ case: { commentPage: { totalCount: number } } }>(COMMENTS, { id: busy.id }),
    );
    expect(first.case.commentPage.totalCount).toBe(28);
  });

  it('pages the history newest first, the same events as the unpaged timeline reversed', async () => {
    const pages = await allPages<EventNode>(paul, TIMELINE, 'timelinePage', busy.id, 12);
    const paged = pages.flatMap((page) => page.nodes);
    const whole = ok(
      await paul.gql<{ case: { timeline: EventNode[]; comments: CommentNode[] } }>(
        `query($id: ID!) { case(id: $id) { timeline { id kind summary } comments { id body createdAt } } }`,
        { id: busy.id },
      ),
    );
    expect(paged).toEqual([...whole.case.timeline].reverse());
    expect(paged.length).toBe(31);
    // The unpaged comments still come, all of them, oldest first.
    expect(whole.case.comments).toHaveLength(28);
    expect(whole.case.comments.at(-1)!.body).toBe('Commentaire tardif 3');
  });

  it('refuses a forged cursor, naming « after »', async () => {
    for (const [query, after] of [
      [COMMENTS, Buffer.from('pas un curseur').toString('base64url')],
      [COMMENTS, Buffer.from('2026-01-01T00:00:00.000000Z|pas-un-uuid').toString('base64url')],
      [TIMELINE, Buffer.from('1 or 1=1').toString('base64url')],
    ]) {
      const result = await paul.gql(query, { id: busy.id, first: 5, after });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(result.errors![0].extensions!.field).toBe('after');
    }
  });

  describe('what the reader may not read', () => {
    it('a page of a case he may not read is NOT_FOUND, without a word of it', async () => {
      for (const query of [COMMENTS, TIMELINE]) {
        const result = await paul.gql(query, { id: hidden.id, first: 5 });
        expect(codeOf(result)).toBe('NOT_FOUND');
        expect(result.data).toBeNull();
        expect(JSON.stringify(result)).not.toMatch(new RegExp(`${SECRET}|${hidden.word}`));
      }
    });

    it('a cursor taken from a case he may not read reads only his own case', async () => {
      // Claire reads the hidden case: its first comment's cursor, then the events' one.
      const seen = ok(
        await claire.gql<{ case: { commentPage: Page<CommentNode>; timelinePage: Page<EventNode> } }>(
          `query($id: ID!) { case(id: $id) {
             commentPage(first: 1) { nodes { id body createdAt } pageInfo { hasNextPage endCursor } }
             timelinePage(first: 1) { nodes { id kind summary } pageInfo { hasNextPage endCursor } } } }`,
          { id: hidden.id },
        ),
      );
      expect(seen.case.commentPage.nodes[0].body).toContain(SECRET);
      const hiddenComments: { id: string }[] = await api.dataSource.query(
        'select id from case_comments where case_id = $1',
        [hidden.id],
      );
      const hiddenEvents: { id: string }[] = await api.dataSource.query(
        'select id::text as id from case_events where case_id = $1',
        [hidden.id],
      );
      const comments = await paul.gql<{ case: { commentPage: Page<CommentNode> } }>(COMMENTS, {
        id: busy.id,
        first: 100,
        after: seen.case.commentPage.pageInfo.endCursor,
      });
      const events = await paul.gql<{ case: { timelinePage: Page<EventNode> } }>(TIMELINE, {
        id: busy.id,
        first: 100,
        after: seen.case.timelinePage.pageInfo.endCursor,
      });
      expect(JSON.stringify([comments, events])).not.toContain(SECRET);
      const commentIds = ok(comments).case.commentPage.nodes.map((node) => node.id);
      const eventIds = ok(events).case.timelinePage.nodes.map((node) => node.id);
      expect(commentIds.filter((id) => hiddenComments.some((row) => row.id === id))).toEqual([]);
      expect(eventIds.filter((id) => hiddenEvents.some((row) => row.id === id))).toEqual([]);
      // All the busy case's own rows (all older than the cursor), and only them.
      const busyIds: { id: string }[] = await api.dataSource.query(
        'select id from case_comments where case_id = $1',
        [busy.id],
      );
      expect([...commentIds].sort()).toEqual(busyIds.map((row) => row.id).sort());
      expect(eventIds).toHaveLength(31);
    });

    it('the pages of linked cases show only the linked cases he may read', async () => {
      const seenByPaul = ok(
        await paul.gql<{ case: { linkedCases: { id: string }[] } }>(
          `query($id: ID!) { case(id: $id) { linkedCases { id
             commentPage(first: 10) { nodes { body } } timelinePage(first: 10) { nodes { summary } } } } }`,
          { id: hub.id },
        ),
      );
      expect(seenByPaul.case.linkedCases).toEqual([]);
      const seenByClaire = ok(
        await claire.gql<{ case: { linkedCases: { id: string; commentPage: Page<CommentNode> }[] } }>(
          `query($id: ID!) { case(id: $id) { linkedCases { id commentPage(first: 10) { nodes { id body createdAt } pageInfo { hasNextPage endCursor } } } } }`,
          { id: hub.id },
        ),
      );
      expect(seenByClaire.case.linkedCases.map((c) => c.id)).toEqual([hidden.id]);
      // The factory writes its two comments in one transaction (one instant): the latest first.
      const bodies = seenByClaire.case.linkedCases[0].commentPage.nodes.map((n) => n.body);
      expect(bodies[0]).toBe(`${SECRET} (tardif)`);
      expect(bodies.slice(1).sort()).toEqual([SECRET, `${SECRET} (suite)`]);
    });
  });
});
