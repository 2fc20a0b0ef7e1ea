import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { selectsPath } from './selection';

const schema = buildSchema(`
  type Org { id: ID name: String }
  type Case { id: ID owner: Org zone: Org }
  type Edge { node: Case }
  type Page { edges: [Edge] }
  type Query { cases: Page }
`);

/** The resolve info of `cases` for a query, as a resolver gets it. */
function infoOf(query: string): GraphQLResolveInfo {
  let captured: GraphQLResolveInfo | null = null;
  execute({
    schema,
    document: parse(query),
    rootValue: {
      cases: (_args: unknown, _context: unknown, info: GraphQLResolveInfo) => {
        captured = info;
        return null;
      },
    },
  });
  if (!captured) throw new Error('cases non résolu');
  return captured;
}

describe('selectsPath', () => {
  it('finds a field asked directly, under an alias, and not one that is not asked', () => {
    const info = infoOf('{ cases { edges { node { id porteur: owner { name } } } } }');
    expect(selectsPath(info, ['edges', 'node', 'owner'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'zone'])).toBe(false);
    expect(selectsPath(info, ['edges', 'node', 'owner', 'id'])).toBe(false);
  });

  it('follows named and inline fragments', () => {
    const info = infoOf(`
      query { cases { ...Rows } }
      fragment Rows on Page { edges { node { ... on Case { zone { id } } ...Owner } } }
      fragment Owner on Case { owner { id } }
    `);
    expect(selectsPath(info, ['edges', 'node', 'zone'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'owner', 'id'])).toBe(true);
    expect(selectsPath(info, ['edges', 'node', 'owner', 'name'])).toBe(false);
  });
});
