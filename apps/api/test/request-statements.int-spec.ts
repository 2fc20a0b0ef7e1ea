import request from 'supertest';
import { Api, ok, Session } from './api-harness';
import { aCase, BuiltCase } from './case-factory';
import { NADIA, PAUL } from './personas';

/**
 * SQL statements per request on the hot paths of the load benchmark (each one is a round trip and
 * a socket write): what the client does not ask costs nothing, and what it asks comes in as few
 * statements as the relations need.
 */
describe('Statements per request', () => {
  let api: Api;
  let paul: Session;
  let nadia: Session;
  let commented: BuiltCase;

  beforeAll(async () => {
    api = await Api.start();
    [paul, nadia] = await Promise.all([api.as(PAUL.email), api.as(NADIA.email)]);
    commented = await aCase(api)
      .titled('Conversation comptée')
      .sensitivity('CLEAR')
      .withComment('Premier point')
      .withComment('Second point')
      .build();
  }, 60_000);

  afterAll(() => api?.stop());

  /** Statements the API ran for one request (the session warmed by a first one). */
  async function statementsOf(session: Session, query: string, variables: Record<string, unknown> = {}) {
    const counter = async () => {
      const text = (await request(api.app.getHttpServer()).get('/metrics')).text;
      return Number(/^continuum_sql_statements_total (\d+)/m.exec(text)?.[1]);
    };
    ok(await session.gql(query, variables));
    const before = await counter();
    const data = ok(await session.gql<Record<string, unknown>>(query, variables));
    return { statements: (await counter()) - before, data };
  }

  it('counts a list by status without reading its rows when only the counts are asked', async () => {
    const counts = await statementsOf(paul, '{ cases(first: 1) { countsByStatus { status count } } }');
    expect(counts.statements).toBe(1);
    const withRows = await statementsOf(
      paul,
      '{ cases(first: 1) { countsByStatus { status count } edges { node { id } } } }',
    );
    expect(withRows.statements).toBe(2);
    const { cases } = withRows.data as { cases: { countsByStatus: unknown } };
    expect(counts.data).toEqual({ cases: { countsByStatus: cases.countsByStatus } });
  });

  it('brings a page of comments and their total in one statement', async () => {
    const { statements, data } = await statementsOf(
      paul,
      `query($id: ID!) { case(id: $id) { id commentPage(first: 1) { totalCount nodes { body } } } }`,
      { id: commented.id },
    );
    // The case through the policy, then its page with the total.
    expect(statements).toBe(2);
    expect(data).toEqual({
      case: { id: commented.id, commentPage: { totalCount: 2, nodes: [{ body: expect.any(String) }] } },
    });
  });

  it('reads a case with its owner and zone in one statement', async () => {
    const { statements, data } = await statementsOf(
      paul,
      `query($id: ID!) { case(id: $id) { id owner { name } zone { name } } }`,
      { id: commented.id },
    );
    expect(statements).toBe(1);
    expect(data).toEqual({
      case: { id: commented.id, owner: { name: 'Groupement de gendarmerie du Loiret' }, zone: null },
    });
  });

  it('asks nothing of the database to tell a private partner the persons are withheld', async () => {
    const query = `query($id: ID!) { case(id: $id) { id persons { id } personsWithheldReason } }`;
    const { statements, data } = await statementsOf(nadia, query, { id: commented.id });
    expect(statements).toBe(1);
    expect(data).toEqual({
      case: { id: commented.id, persons: null, personsWithheldReason: expect.stringContaining('réservées') },
    });
  });
});
