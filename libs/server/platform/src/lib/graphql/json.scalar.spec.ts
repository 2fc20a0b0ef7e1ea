import {
  buildASTSchema,
  GraphQLError,
  Kind,
  parse,
  parseValue,
  specifiedRules,
  validate,
  ValueNode,
} from 'graphql';
import { AppError } from './errors';
import { formatError } from './format-error';
import {
  GraphQLJSON,
  jsonDepthExceeds,
  jsonDepthRule,
  literalDepthExceeds,
  MAX_JSON_DEPTH,
} from './json.scalar';

/** A value nested `levels` deep: objects and arrays in turn, around a leaf. */
function nested(levels: number): unknown {
  let value: unknown = 'feuille';
  for (let i = 0; i < levels; i++) value = i % 2 ? [value] : { a: value };
  return value;
}

const schema = buildASTSchema(
  parse(`
    scalar JSON
    input ZoneInput { name: String, geometry: JSON, shapes: [JSON!] }
    type Query { zone(input: ZoneInput, area: JSON): Boolean }
  `),
);
Object.assign(schema.getType('JSON')!, {
  parseLiteral: GraphQLJSON.parseLiteral,
  parseValue: GraphQLJSON.parseValue,
});

const literal = (value: unknown) => JSON.stringify(value).replace(/"a":/g, 'a:');
const errorsOf = (query: string) =>
  validate(schema, parse(query), [...specifiedRules, jsonDepthRule(MAX_JSON_DEPTH)]).map((error) => ({
    message: error.message,
    field: error.extensions['field'],
  }));

describe('The JSON scalar’s depth bound', () => {
  it('measures depth without recursion, even 100,000 levels deep', () => {
    expect(jsonDepthExceeds(nested(32), 32)).toBe(false);
    expect(jsonDepthExceeds(nested(33), 32)).toBe(true);
    expect(jsonDepthExceeds(nested(100_000), 32)).toBe(true);
    expect(jsonDepthExceeds('texte', 0)).toBe(false);
    expect(literalDepthExceeds(parseValue(literal(nested(32))), 32)).toBe(false);
    expect(literalDepthExceeds(parseValue(literal(nested(33))), 32)).toBe(true);
  });

  it('refuses a variable nested too deep before anything walks it', () => {
    expect(GraphQLJSON.parseValue(nested(MAX_JSON_DEPTH))).toEqual(nested(MAX_JSON_DEPTH));
    expect(() => GraphQLJSON.parseValue(nested(3000))).toThrow(
      new AppError('BAD_USER_INPUT', 'Valeur JSON trop imbriquée (32 niveaux au plus).'),
    );
  });

  it('refuses a literal nested too deep during validation, naming the argument by its path', () => {
    const deep = literal(nested(40));
    expect(errorsOf(`{ zone(area: ${deep}) }`)).toEqual([
      { message: 'area : valeur JSON trop imbriquée (32 niveaux au plus).', field: 'area' },
    ]);
    expect(errorsOf(`{ zone(input: { name: "x", geometry: ${deep} }) }`)).toEqual([
      {
        message: 'input.geometry : valeur JSON trop imbriquée (32 niveaux au plus).',
        field: 'input.geometry',
      },
    ]);
    expect(errorsOf(`{ zone(input: { shapes: [{ b: 1 }, ${deep}] }) }`)).toEqual([
      {
        message: 'input.shapes.1 : valeur JSON trop imbriquée (32 niveaux au plus).',
        field: 'input.shapes.1',
      },
    ]);
    expect(errorsOf(`query($a: JSON = ${deep}) { zone(area: $a) }`)).toEqual([
      { message: 'a : valeur JSON trop imbriquée (32 niveaux au plus).', field: 'a' },
    ]);
  });

  it('lets a literal within the bound through, converted in its written order', () => {
    expect(
      errorsOf(`{ zone(input: { geometry: ${literal(nested(MAX_JSON_DEPTH))} }, area: [1, [2]]) }`),
    ).toEqual([]);
    const ast = parseValue('{ type: "Point", coordinates: [1.5, 47], __proto__: { x: 1 }, n: null, v: $v }');
    const value = GraphQLJSON.parseLiteral(ast, { v: true }) as Record<string, unknown>;
    expect(Object.keys(value)).toEqual(['type', 'coordinates', '__proto__', 'n', 'v']);
    expect(value).toMatchObject({ type: 'Point', coordinates: [1.5, 47], n: null, v: true });
    expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  });

  it('converts a literal 100,000 levels deep without overflowing the stack', () => {
    // Built by hand: graphql-js's parser, recursive, could not read it.
    let ast: ValueNode = { kind: Kind.INT, value: '1' };
    for (let i = 0; i < 100_000; i++)
      ast =
        i % 2
          ? { kind: Kind.LIST, values: [ast] }
          : {
              kind: Kind.OBJECT,
              fields: [{ kind: Kind.OBJECT_FIELD, name: { kind: Kind.NAME, value: 'a' }, value: ast }],
            };
    const value = GraphQLJSON.parseLiteral(ast, {});
    expect(jsonDepthExceeds(value, 100_000)).toBe(false);
    expect(jsonDepthExceeds(value, 99_999)).toBe(true);
  });

  it('names the variable’s path when a variable is refused (graphql-js says where)', () => {
    const own = new AppError('BAD_USER_INPUT', 'Valeur JSON trop imbriquée (32 niveaux au plus).');
    const message = `Variable "$input" got invalid value { geometry: [Object] } at "input.geometry"; ${own.message}`;
    expect(
      formatError(
        { message, extensions: { code: 'BAD_USER_INPUT' } },
        new GraphQLError(message, { originalError: own }),
      ),
    ).toEqual({
      message: 'input.geometry : valeur JSON trop imbriquée (32 niveaux au plus).',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.geometry' },
    });
  });
});
