import request from 'supertest';
import { Api, ok, Session, unique } from './api-harness';
import { aCase, BuiltCase } from './case-factory';
import { PAUL } from './personas';

/**
 * The notification centre by pages: a keyset on (created_at, id), newest first, filtered under the
 * policy inside the query. Notifications written by one fan-out share an instant: each comes once
 * across the pages (the cursor keeps the microseconds). One about a case the reader may not read is
 * neither in a page nor in the counts.
 */

interface NotificationPage {
  items: { id: string; alert: { title: string } }[];
  nextCursor: string | null;
  totalCount: number;
}

const PAGE = `query($after: String, $filter: NotificationFilterInput) {
  notifications(first: 10, after: $after, filter: $filter) { items { id alert { title } } nextCursor totalCount } }`;

describe('Notifications by pages', () => {
  let api: Api;
  let reader: Session;
  let readerId: string;
  /** GREEN: Paul's colleague reads it. */
  let readable: BuiltCase;
  /** AMBER of the gendarmerie, shared with the parquet only: not readable by the police municipale. */
  let hidden: BuiltCase;

  beforeAll(async () => {
    api = await Api.start();
    // A colleague of Paul's of his own, so that no other suite's alert lands in this centre.
    const email = `lecteur-alertes-${unique()}@pm-orleans.demo`;
    [{ id: readerId }] = await api.dataSource.query(
      `insert into users (email, full_name, organization_id, roles, password_hash)
       select $1, 'Lecteur des alertes', organization_id, '{agent}', password_hash from users where email = $2
       returning id`,
      [email, PAUL.email],
    );
    [readable, hidden] = await Promise.all([
      aCase(api).titled('Rodéos quai du Châtelet').sensitivity('GREEN').build(),
      aCase(api).titled('Enquête réservée').sensitivity('AMBER').sharedWith('Parquet d’Orléans').build(),
    ]);
    reader = await api.as(email);
    // 30 manual alerts, then 5 on the readable case and 5 on the hidden one, each notified in one
    // statement: the notifications of one statement share their instant, as a fan-out's do.
    const notify = async (count: number, prefix: string, caseId: string | null) =>
      api.dataSource.query(
        `with made as (
           insert into alerts (topic, severity, title, body, case_id)
           select case when $3::uuid is null then 'MANUAL' else 'CASE_STATUS_CHANGED' end::alert_topic,
                  'INFO', $2 || ' ' || g, '', $3::uuid
             from generate_series(1, $1::int) g
           returning id)
         insert into notifications (alert_id, user_id, organization_id)
         select made.id, u.id, u.organization_id from made, users u where u.id = $4`,
        [count, prefix, caseId, readerId],
      );
    await notify(30, 'Alerte manuelle', null);
    await notify(5, 'Dossier lisible', readable.id);
    await notify(5, `Dossier caché ${hidden.word}`, hidden.id);
  }, 60_000);

  afterAll(() => api?.stop());

  async function everyPage(filter: Record<string, unknown> = {}) {
    const pages: NotificationPage[] = [];
    let after: string | null = null;
    do {
      const page: NotificationPage = ok(
        await reader.gql<{ notifications: NotificationPage }>(PAGE, { after, filter }),
      ).notifications;
      pages.push(page);
      after = page.nextCursor;
    } while (after && pages.length < 10);
    return pages;
  }

  it('gives every readable notification once, newest first, across pages of one instant', async () => {
    const pages = await everyPage();
    expect(pages.map((page) => page.items.length)).toEqual([10, 10, 10, 5]);
    const ids = pages.flatMap((page) => page.items.map((item) => item.id));
    const expected: { id: string }[] = await api.dataSource.query(
      `select n.id from notifications n join alerts a on a.id = n.alert_id
        where n.user_id = $1 and (a.case_id is null or a.case_id <> $2)
        order by n.created_at desc, n.id desc`,
      [readerId, hidden.id],
    );
    expect(ids).toEqual(expected.map((row) => row.id));
    expect(pages.every((page) => page.totalCount === 35)).toBe(true);
    expect(pages[0].items.slice(0, 5).every((item) => item.alert.title.startsWith('Dossier lisible'))).toBe(
      true,
    );
  });

  it('leaves out of pages and counts the notifications about a case the reader may not read', async () => {
    const pages = await everyPage({ unread: true });
    const text = JSON.stringify(pages);
    expect(text).not.toContain(hidden.word);
    expect(pages[0].totalCount).toBe(35);
    const bell = ok(await reader.gql<{ unreadNotificationCount: number }>('{ unreadNotificationCount }'));
    expect(bell.unreadNotificationCount).toBe(35);
  });

  it('counts only when the client asks for the total: one statement fewer without it', async () => {
    const statements = async () => {
      const text = (await request(api.app.getHttpServer()).get('/metrics')).text;
      return Number(/^continuum_sql_statements_total (\d+)/m.exec(text)?.[1]);
    };
    const cost = async (query: string) => {
      await reader.gql(query); // the session and the loaders warm
      const before = await statements();
      ok(await reader.gql(query));
      return (await statements()) - before;
    };
    const withTotal = await cost('{ notifications(first: 3) { items { id } totalCount } }');
    const without = await cost('{ notifications(first: 3) { items { id } } }');
    expect(withTotal - without).toBe(1);
  });
});
