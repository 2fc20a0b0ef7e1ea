import { buildSchema, GraphQLObjectType, parse } from 'graphql';
import { LIST_COMPLEXITY } from './pagination';
import { DEFAULT_LIST_SIZE, operationCost, RELATION_SIZE } from './complexity.plugin';

const schema = buildSchema(`
  type Query {
    organizations: [Organization!]!
    organization(id: ID!): Organization!
    cases(first: Int): CaseConnection!
    bodies: [Body!]!
  }
  type Organization { id: ID! name: String! members: [User!]! cases(first: Int): CaseConnection! }
  type User { id: ID! organization: Organization! }
  type CaseConnection { totalCount: Int! edges: [CaseEdge!]! }
  type CaseEdge { node: Case! }
  type Case { id: ID! title: String! owner: Organization! }
  type Body { id: ID! groups: [Group!]! }
  type Group { id: ID! members: [User!]! }
`);
// What @nestjs/graphql writes from `complexity: LIST_COMPLEXITY` and `@ListSize(n)`.
const query = schema.getQueryType()!;
for (const name of ['organizations', 'cases', 'bodies'])
  query.getFields()[name].extensions = { complexity: LIST_COMPLEXITY };
(schema.getType('Organization') as GraphQLObjectType).getFields()['cases'].extensions = {
  complexity: LIST_COMPLEXITY,
};
(schema.getType('Body') as GraphQLObjectType).getFields()['groups'].extensions = { listSize: 5 };

const cost = (source: string, variables = {}) =>
  operationCost({ schema, document: parse(source), variables });

describe('The cost of an operation', () => {
  it('counts a root list as a query, and neither its scalars nor its objects', () => {
    expect(cost('{ organizations { id name } }')).toBe(LIST_COMPLEXITY);
    expect(cost('{ organization(id: "1") { id name } }')).toBe(1);
  });

  it('multiplies what a list nests by the items it may hold: `first`, `@ListSize`, a page or a score', () => {
    // A relation a DataLoader loads for every parent at once: 1 per parent.
    expect(cost('{ organizations { members { id } } }')).toBe(LIST_COMPLEXITY + DEFAULT_LIST_SIZE);
    expect(cost('{ organizations { members { organization { members { id } } } } }')).toBe(
      LIST_COMPLEXITY + DEFAULT_LIST_SIZE * (1 + RELATION_SIZE),
    );
    expect(cost('{ bodies { groups { id } } }')).toBe(LIST_COMPLEXITY + DEFAULT_LIST_SIZE);
    // `@ListSize(5)` on Body.groups.
    expect(cost('{ bodies { groups { members { id } } } }')).toBe(
      LIST_COMPLEXITY + DEFAULT_LIST_SIZE * (1 + 5),
    );
    expect(cost('{ bodies { groups { id } groups2: groups { id } } }')).toBe(
      LIST_COMPLEXITY + 2 * DEFAULT_LIST_SIZE,
    );
    // The edges of a page count by the `first` of the field that returned it.
    expect(cost('{ cases(first: 10) { edges { node { owner { members { id } } } } } }')).toBe(
      LIST_COMPLEXITY + 10 * (1 + 1 * 1),
    );
    expect(cost('query($n: Int) { cases(first: $n) { totalCount } }', { n: 7 })).toBe(LIST_COMPLEXITY);
  });

  it('counts a nested connection (a query per parent) for each parent: nested lists multiply', () => {
    const nested = `{ organizations { cases(first: 100) { edges { node { owner { cases(first: 100) {
      edges { node { id title } } } } } } } } }`;
    expect(cost(nested)).toBeGreaterThan(1_000_000);
    expect(cost('{ organizations { cases(first: 1) { totalCount } } }')).toBe(
      LIST_COMPLEXITY + DEFAULT_LIST_SIZE * LIST_COMPLEXITY,
    );
  });

  it('is infinite past the node limit, and unknown when the variables do not fit', () => {
    const fragments = Array.from(
      { length: 30 },
      (_, i) => `fragment F${i + 1} on Query { ...F${i} ...F${i} }`,
    );
    expect(
      cost(`{ ...F30 } fragment F0 on Query { organization(id: "1") { id } } ${fragments.join(' ')}`),
    ).toBe(Number.POSITIVE_INFINITY);
    expect(cost('query($n: Int!) { cases(first: $n) { totalCount } }', { n: 'beaucoup' })).toBeNull();
  });
});
