import { buildSchema, parse, specifiedRules, validate } from 'graphql';
import { depthLimit } from './depth-limit.rule';

const schema = buildSchema(`
  type Query { me: User! }
  type User { id: ID! friends: [User!]! }
`);

const check = (query: string, maxDepth = 3) =>
  validate(schema, parse(query), [...specifiedRules, depthLimit(maxDepth)]).map((error) => error.message);

describe('The depth limit', () => {
  it('lets an operation as deep as the limit through, and refuses one level more, naming it', () => {
    expect(check('{ me { friends { friends { id } } } }')).toEqual([]);
    expect(check('query Profonde { me { friends { friends { friends { id } } } } }')).toEqual([
      'L’opération « Profonde » est trop profonde (4 niveaux pour un maximum de 3) : demandez moins de niveaux imbriqués.',
    ]);
    expect(check('{ me { friends { friends { friends { id } } } } }')[0]).toMatch(
      /^La requête est trop profonde/,
    );
  });

  it('counts the fields of fragments where they are spread', () => {
    const query = `{ me { ...F } } fragment F on User { friends { friends { friends { id } } } }`;
    expect(check(query)[0]).toMatch(/4 niveaux pour un maximum de 3/);
  });

  it('leaves fragment cycles and unknown fragments to graphql’s own rules, without crashing', () => {
    expect(check('query { me { ...A } } fragment A on User { id ...B } fragment B on User { ...A }')).toEqual(
      ['Cannot spread fragment "A" within itself via "B".'],
    );
    expect(check('{ me { ...Missing } }')).toEqual(['Unknown fragment "Missing".']);
  });

  it('measures each fragment once: fragments spread into one another cannot blow the count up', () => {
    const fragments = Array.from(
      { length: 40 },
      (_, i) => `fragment F${i + 1} on User { ...F${i} ...F${i} }`,
    );
    const query = `{ me { ...F40 } } fragment F0 on User { id } ${fragments.join(' ')}`;
    const started = Date.now();
    expect(validate(schema, parse(query), [depthLimit(3)])).toEqual([]);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
