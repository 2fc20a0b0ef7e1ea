import {
  ASTVisitor,
  getNamedType,
  getNullableType,
  GraphQLScalarType,
  isListType,
  Kind,
  ValidationContext,
  ValueNode,
} from 'graphql';
import { AppError } from './errors';

/**
 * How deeply objects and arrays may nest in a JSON value. A GeoJSON MultiPolygon nests 5 levels; a
 * value nested thousands of levels deep would overflow the call stack of whatever walks it
 * recursively next (class-transformer, JSON.stringify of the journal): a 500.
 */
export const MAX_JSON_DEPTH = 32;

export const JSON_TOO_DEEP = `Valeur JSON trop imbriquée (${MAX_JSON_DEPTH} niveaux au plus).`;

/** Arbitrary JSON (GeoJSON geometries, packed rules, journal details), nested at most MAX_JSON_DEPTH. */
export const GraphQLJSON = new GraphQLScalarType({
  name: 'JSON',
  description: 'Une valeur JSON quelconque (géométrie GeoJSON, règles d’accès, détails).',
  serialize: (value) => value,
  parseValue: (value) => {
    // A variable: refused here, before any resolver or class-transformer walks it; the error
    // names the variable's path (`input.area`, see `formatError`).
    if (jsonDepthExceeds(value, MAX_JSON_DEPTH)) throw new AppError('BAD_USER_INPUT', JSON_TOO_DEEP);
    return value;
  },
  // A literal is bounded by `jsonDepthRule` during validation, naming its argument; the conversion
  // itself does not recurse, so it cannot overflow whatever it is given.
  parseLiteral: (ast, variables) => literal(ast, variables),
});

/** Whether a JSON value nests objects and arrays deeper than `max`, found without recursion. */
export function jsonDepthExceeds(value: unknown, max: number): boolean {
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current === null || typeof current !== 'object') continue;
    if (depth + 1 > max) return true;
    for (const item of Array.isArray(current) ? current : Object.values(current))
      stack.push([item, depth + 1]);
  }
  return false;
}

/** Whether a GraphQL literal nests objects and lists deeper than `max`, found without recursion. */
export function literalDepthExceeds(node: ValueNode, max: number): boolean {
  const stack: Array<[ValueNode, number]> = [[node, 0]];
  while (stack.length > 0) {
    const [current, depth] = stack.pop()!;
    if (current.kind !== Kind.LIST && current.kind !== Kind.OBJECT) continue;
    if (depth + 1 > max) return true;
    const children = current.kind === Kind.LIST ? current.values : current.fields.map((field) => field.value);
    for (const child of children) stack.push([child, depth + 1]);
  }
  return false;
}

/**
 * Refuses, as bad input naming the argument (`input.geometry`, `area`, `entries.2.details`), a JSON
 * literal nested deeper than `max`.
 */
export function jsonDepthRule(max = MAX_JSON_DEPTH) {
  return (context: ValidationContext): ASTVisitor => {
    const path: string[] = [];
    const named = new WeakSet<object>();
    const enter = (node: object, name: string) => {
      named.add(node);
      path.push(name);
    };
    const leave = (node: object) => {
      if (named.has(node)) path.pop();
    };
    return {
      Argument: { enter: (node) => enter(node, node.name.value), leave },
      ObjectField: { enter: (node) => enter(node, node.name.value), leave },
      VariableDefinition: { enter: (node) => enter(node, node.variable.name.value), leave },
      enter(node, key) {
        if (node.kind !== Kind.LIST && node.kind !== Kind.OBJECT) return undefined;
        if (typeof key === 'number') enter(node, String(key));
        if (getNamedType(context.getInputType())?.name !== GraphQLJSON.name) return undefined;
        // A list of JSON values (`[JSON!]`): the type seen here is its items'; they are checked one by one.
        if (node.kind === Kind.LIST && isListType(getNullableType(context.getParentInputType())))
          return undefined;
        if (literalDepthExceeds(node, max)) {
          const field = path.join('.');
          context.reportError(
            new AppError('BAD_USER_INPUT', `${field} : ${lowerFirst(JSON_TOO_DEEP)}`, { field }),
          );
        }
        leave(node); // a skipped node is not left: its index comes off the path here
        return false; // nothing inside a JSON value for this rule to look at
      },
      leave,
    };
  };
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** A literal converted with an explicit stack: containers are created, then filled as they are met. */
function literal(ast: ValueNode, variables: Record<string, unknown> | null | undefined): unknown {
  const root: { value?: unknown } = {};
  const stack: Array<[ValueNode, (value: unknown) => void]> = [[ast, (value) => (root.value = value)]];
  while (stack.length > 0) {
    const [node, place] = stack.pop()!;
    switch (node.kind) {
      case Kind.STRING:
      case Kind.BOOLEAN:
        place(node.value);
        break;
      case Kind.INT:
      case Kind.FLOAT:
        place(Number(node.value));
        break;
      case Kind.NULL:
        place(null);
        break;
      case Kind.LIST: {
        const list: unknown[] = new Array(node.values.length);
        place(list);
        node.values.forEach((item, index) => stack.push([item, (value) => (list[index] = value)]));
        break;
      }
      case Kind.OBJECT: {
        const object: Record<string, unknown> = {};
        place(object);
        for (const field of node.fields) {
          // Own properties in the written order (even `__proto__`), filled as their values are met.
          Object.defineProperty(object, field.name.value, {
            enumerable: true,
            writable: true,
            configurable: true,
          });
          stack.push([field.value, (value) => (object[field.name.value] = value)]);
        }
        break;
      }
      case Kind.VARIABLE:
        place(variables?.[node.name.value]);
        break;
      default:
        place(undefined);
    }
  }
  return root.value;
}
