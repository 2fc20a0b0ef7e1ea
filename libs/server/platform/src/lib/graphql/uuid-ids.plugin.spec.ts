import { buildSchema, OperationDefinitionNode, parse } from 'graphql';
import { findInvalidIdInOperation, isUuid } from './uuid-ids.plugin';

const schema = buildSchema(`
  input Filter { zoneId: ID, search: String, nested: Nested }
  input Nested { userIds: [ID!] }
  input UpdateCaseInput { zoneId: ID, ownerId: ID }
  interface Node { id: ID! }
  type Case implements Node { id: ID!, comments(authorId: ID): [String!]! }
  type Query {
    case(id: ID!): Case
    node(id: ID!): Node
    cases(filter: Filter, code: String): [Case!]!
  }
  type Mutation { invite(meetingId: ID!, userIds: [ID!]!): Boolean, updateCase(input: UpdateCaseInput!): Boolean }
`);

const UUID = '2f1c7a0e-8b3d-4c5e-9a6f-0d1e2f3a4b5c';

function find(query: string, variables: Record<string, unknown> = {}) {
  const document = parse(query);
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition',
  )!;
  return findInvalidIdInOperation(schema, document, operation, variables);
}

describe('ids that are not UUIDs in an operation', () => {
  it('are found inline and in variables, named by the argument’s path', () => {
    expect(find('{ case(id: "") { id } }')).toBe('id');
    expect(find('query($id: ID!) { case(id: $id) { id } }', { id: 'abc' })).toBe('id');
    expect(
      find('mutation($u: [ID!]!) { invite(meetingId: "' + UUID + '", userIds: $u) }', { u: [UUID, 'x'] }),
    ).toBe('userIds.1');
  });

  it('are found in input objects, nested lists, fields below the root, fragments and defaults', () => {
    expect(find('query($f: Filter) { cases(filter: $f) { id } }', { f: { zoneId: '42' } })).toBe(
      'filter.zoneId',
    );
    expect(find('{ cases(filter: { nested: { userIds: ["' + UUID + '", "nope"] } }) { id } }')).toBe(
      'filter.nested.userIds.1',
    );
    expect(find('{ cases { comments(authorId: "x") } }')).toBe('authorId');
    expect(find('{ ...F } fragment F on Query { node(id: "x") { ... on Case { id } } }')).toBe('id');
    expect(find('{ node(id: "' + UUID + '") { ... on Case { comments(authorId: "y") } } }')).toBe('authorId');
    expect(find('query($id: ID! = "default") { case(id: $id) { id } }')).toBe('id');
  });

  it('let the empty string through only where the schema gives it a meaning (« retirer la zone »)', () => {
    expect(find('mutation { updateCase(input: { zoneId: "" }) }')).toBeNull();
    expect(find('mutation { updateCase(input: { ownerId: "" }) }')).toBe('input.ownerId');
    expect(find('mutation { updateCase(input: { zoneId: "x" }) }')).toBe('input.zoneId');
  });

  it('refuse an integer id, which GraphQL coerces to a string of digits', () => {
    expect(find('{ case(id: 42) { id } }')).toBe('id');
    expect(find('query($id: ID!) { case(id: $id) { id } }', { id: 42 })).toBe('id');
  });

  it('let UUIDs through in any case, strings that are not ids, nulls, and unused variables', () => {
    expect(find('query($id: ID!) { case(id: $id) { id } }', { id: UUID.toUpperCase() })).toBeNull();
    expect(find('{ cases(filter: { zoneId: null, search: "abc" }, code: "45234") { id } }')).toBeNull();
    expect(find('query($x: ID) { cases { id } }', { x: 'nope' })).toBeNull();
    expect(find('{ __typename cases { __typename id } }')).toBeNull();
  });

  it('leave variables GraphQL itself refuses to the execution, which names them', () => {
    expect(find('query($id: ID!) { case(id: $id) { id } }', {})).toBeNull();
    expect(find('query($id: ID!) { case(id: $id) { id } }', { id: { not: 'an id' } })).toBeNull();
  });

  it('accept only the 8-4-4-4-12 hexadecimal form PostgreSQL reads back', () => {
    expect(isUuid(UUID)).toBe(true);
    for (const wrong of ['-'.repeat(36), `{${UUID}}`, `${UUID}x`, UUID.replace(/-/g, ''), "' or '1'='1", ''])
      expect(isUuid(wrong)).toBe(false);
  });
});
