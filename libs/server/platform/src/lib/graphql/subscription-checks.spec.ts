import { buildSchema } from 'graphql';
import { checkSubscription } from './graphql-setup.module';
import { GraphQLJSON } from './json.scalar';

const schema = buildSchema(`
  type Query { ok: Boolean }
  scalar JSON
  type Subscription {
    received(topic: String, caseId: ID, area: JSON): Notification!
    many: [Notification!]!
  }
  type Notification { id: ID! replies: [Notification!]! }
`);
Object.assign(schema.getType('JSON')!, {
  parseLiteral: GraphQLJSON.parseLiteral,
  parseValue: GraphQLJSON.parseValue,
});
const limits = { maxDepth: 3, maxComplexity: 1000 };
const messages = (query: string, variables?: Record<string, unknown>) =>
  checkSubscription(schema, { query, variables }, limits)?.map((error) => error.message);

describe('A subscription sent over the WebSocket', () => {
  it('goes through when it is sound', () => {
    expect(messages('subscription { received(topic: "x") { id } }')).toBeUndefined();
  });

  it('is refused, in French, with a NUL character, a fragment cycle, a syntax error or too deep', () => {
    expect(messages('subscription($t: String) { received(topic: $t) { id } }', { t: 'a\u0000' })).toEqual([
      'topic : caractère nul interdit.',
    ]);
    expect(
      messages(
        'subscription { received { ...A } } fragment A on Notification { id ...B } fragment B on Notification { ...A }',
      ),
    ).toEqual([
      'Le fragment « A » s’inclut lui-même (par « B ») : les fragments ne peuvent pas former de cycle.',
    ]);
    expect(messages('subscription { received { id }')?.[0]).toMatch(/^Erreur de syntaxe GraphQL/);
    expect(messages('subscription { received { replies { replies { replies { id } } } } }')?.[0]).toMatch(
      /trop profonde/,
    );
  });

  it('is refused with an id that is not a UUID, or a JSON literal nested too deep, naming the argument', () => {
    expect(messages('subscription($c: ID) { received(caseId: $c) { id } }', { c: 'abc' })).toEqual([
      'caseId : identifiant invalide.',
    ]);
    expect(messages(`subscription { received(area: ${'['.repeat(40)}${']'.repeat(40)}) { id } }`)).toEqual([
      'area : valeur JSON trop imbriquée (32 niveaux au plus).',
    ]);
  });
});
