import { sqlStatements } from '@continuum/server/platform';
import { Api, Session } from './api-harness';

/**
 * The SQL statements a page of cases costs, counted by the API's own counter: at most one per
 * level of relations asked for, plus one (SPEC: « requêtes SQL ≤ niveaux de relations + 1 »). The
 * owner and the zone (many-to-one) come with the page; the referrals and their organisations in one
 * more statement; the journal of restricted reads in one more for who reads restricted cases.
 */
describe('A page of cases costs one statement per level of relations', () => {
  let api: Api;
  let nadia: Session;
  let claire: Session;

  beforeAll(async () => {
    api = await Api.start();
    nadia = await api.as('nadia.fournier@bailleur.demo');
    claire = await api.as('claire.martin@prefecture.demo');
  });
  afterAll(() => api.stop());

  const count = async () => (await sqlStatements.get()).values[0]?.value ?? 0;
  async function statementsOf(
    session: Session,
    query: string,
  ): Promise<{ statements: number; rows: number }> {
    const before = await count();
    const result = await session.gql<{ cases: { edges: unknown[] } }>(query);
    expect(result.errors).toBeUndefined();
    return { statements: (await count()) - before, rows: result.data!.cases.edges.length };
  }

  const BARE = `{ cases(first: 50) { edges { node { id reference title } } } }`;
  const FULL = `{ cases(first: 50) { edges { node { id reference title sensitivity status
    owner { id name type } assignments { status organization { id name } } zone { id name kind } } } } }`;
  const BY_FRAGMENTS = `query { cases(first: 50) { ...Page } }
    fragment Page on CaseConnection { edges { node { id ... on Case { porteur: owner { name } } ...Zone } } }
    fragment Zone on Case { zone { name } }`;

  it('reads a bare page in one statement, and owner, zone and referrals in two', async () => {
    const bare = await statementsOf(nadia, BARE);
    expect(bare.rows).toBeGreaterThan(0);
    expect(bare.statements).toBe(1);
    expect((await statementsOf(nadia, FULL)).statements).toBe(2);
    expect((await statementsOf(nadia, BY_FRAGMENTS)).statements).toBe(1);
  });

  it('adds the journal of restricted reads for the cabinet, and nothing else', async () => {
    const full = await statementsOf(claire, FULL);
    expect(full.rows).toBe(50);
    expect(full.statements).toBeLessThanOrEqual(3);
  });

  it('serves the same owner and zone joined as through their loaders', async () => {
    const joined = await nadia.gql<{
      cases: {
        edges: { node: { id: string; owner: { id: string; name: string }; zone: { id: string } | null } }[];
      };
    }>(FULL);
    const ids = joined.data!.cases.edges.map((edge) => edge.node.id);
    const rows: { id: string; owner_id: string; owner_name: string; zone_id: string | null }[] =
      await api.dataSource.query(
        `select c.id, o.id as owner_id, o.name as owner_name, c.zone_id from cases c
           join organizations o on o.id = c.owner_organization_id where c.id = any($1::uuid[])`,
        [ids],
      );
    for (const edge of joined.data!.cases.edges) {
      const row = rows.find((r) => r.id === edge.node.id)!;
      expect(edge.node.owner).toMatchObject({ id: row.owner_id, name: row.owner_name });
      expect(edge.node.zone?.id ?? null).toBe(row.zone_id);
    }
  });
});
