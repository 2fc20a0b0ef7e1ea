import { Api, asDatabaseAdmin, codeOf } from './api-harness';

describe('The audit journal', () => {
  let api: Api;
  beforeAll(async () => {
    api = await Api.start();
    await api.visitor().login('nobody@nulle-part.demo', 'mauvais-mot-de-passe');
  });
  afterAll(() => api.stop());

  it.each([
    ['UPDATE', `update audit_entries set reason = 'falsifié'`],
    ['DELETE', `delete from audit_entries`],
    ['TRUNCATE', `truncate audit_entries`],
  ])('is refused a %s by the database itself, whoever asks', async (_, sql) => {
    const count = (query: (sql: string) => Promise<unknown[]>) =>
      query('select count(*)::int as n, max(id) as last from audit_entries');
    const before = await count((text) => api.dataSource.query(text));
    // The application's role: refused by its privileges (append only), before any trigger.
    await expect(api.dataSource.query(sql)).rejects.toThrow(
      process.env['DATABASE_ADMIN_URL']
        ? /permission denied for table audit_entries/
        : /ajout seul|foreign key/,
    );
    // The owner or a superuser: refused by the triggers; a TRUNCATE before them, by the seals' key.
    await asDatabaseAdmin((client) =>
      expect(client.query(sql)).rejects.toThrow(/ajout seul|referenced in a foreign key constraint/),
    );
    expect(await count((text) => api.dataSource.query(text))).toEqual(before);
  });

  it('is readable by the admin and the coordinator, newest first, and by nobody else', async () => {
    const admin = await api.as('admin@continuum.demo');
    const { data } = await admin.gql<{
      auditEntries: { totalCount: number; edges: { node: { id: string; action: string } }[] };
    }>(
      `{ auditEntries(first: 5) { totalCount edges { node { id action actorName occurredAt } } pageInfo { hasNextPage endCursor } } }`,
    );
    expect(data!.auditEntries.totalCount).toBeGreaterThan(0);
    const ids = data!.auditEntries.edges.map((edge) => Number(edge.node.id));
    expect(ids).toEqual([...ids].sort((a, b) => b - a));
    const claire = await api.as('claire.martin@prefecture.demo');
    expect((await claire.gql(`{ auditEntries(first: 1) { totalCount } }`)).errors).toBeUndefined();
    const nadia = await api.as('nadia.fournier@bailleur.demo');
    expect(codeOf(await nadia.gql(`{ auditEntries(first: 1) { totalCount } }`))).toBe('FORBIDDEN');
  });
});
