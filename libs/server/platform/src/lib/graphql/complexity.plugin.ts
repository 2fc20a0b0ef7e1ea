import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import { Extensions } from '@nestjs/graphql';
import {
  DocumentNode,
  getNamedType,
  getNullableType,
  GraphQLObjectType,
  GraphQLSchema,
  isLeafType,
  isListType,
  OperationDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { ComplexityEstimator, ComplexityEstimatorArgs, getComplexity } from 'graphql-query-complexity';
import { AppError } from './errors';
import { MAX_PAGE_SIZE } from './pagination';

/**
 * How many items a list without `first` is counted for, unless its field says otherwise with
 * `@ListSize(n)`: at the root of the operation, a page; below, the relation of an object (an
 * organisation's members, a case's comments), a score. Lists nested in lists multiply, so that
 * `organizations { cases { … owner { cases { … } } } }` costs what it would fetch, not the sum of
 * its fields.
 */
export const DEFAULT_LIST_SIZE = MAX_PAGE_SIZE;
export const RELATION_SIZE = 20;

/** The objects a page type carries are counted by the `first` of the field that returned the page. */
const PAGE_TYPE = /(Connection|Page)$/;

/** The number of items a list field is counted for (`@ListSize(500)` on a field or resolve field). */
export const ListSize = (size: number) => Extensions({ listSize: size });

/**
 * The cost of a field, close to what it makes the server do. A scalar costs nothing. A root field
 * is a database query: its `complexity` (LIST_COMPLEXITY for a list), or 1. Below the root, a field
 * that takes `first` is a query per parent (its `complexity`, or 1); a list without `first` is a
 * relation a DataLoader loads for all the parents at once: 1 per parent, whatever its declared
 * `complexity`; an object comes with its parent or from a DataLoader: nothing. Then the items: a
 * list costs its own part plus, for each item it may hold, what one item's selection costs, so that
 * nested lists multiply.
 */
export function costEstimator(schema: GraphQLSchema): ComplexityEstimator {
  const roots = new Set([schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()]);
  return (options: ComplexityEstimatorArgs) => {
    const { field, type, childComplexity } = options;
    const declared = field.extensions?.['complexity'];
    if (typeof declared === 'function') return (declared as ComplexityEstimator)(options);
    if (isLeafType(getNamedType(field.type))) return 0;
    const paginated = field.args.some((arg) => arg.name === 'first');
    const list = isListType(getNullableType(field.type));
    const query = typeof declared === 'number' ? declared : 1;
    const root = roots.has(type as GraphQLObjectType);
    const own = root || paginated ? query : list ? 1 : 0;
    return own + itemsOf(options, root) * childComplexity;
  };
}

function itemsOf({ field, args, type }: ComplexityEstimatorArgs, root: boolean): number {
  if (field.args.some((arg) => arg.name === 'first')) {
    const first = args['first'];
    return typeof first === 'number' && first > 0 ? first : MAX_PAGE_SIZE;
  }
  if (!isListType(getNullableType(field.type)) || PAGE_TYPE.test(type.name)) return 1;
  const size = field.extensions?.['listSize'];
  if (typeof size === 'number') return size;
  return root ? DEFAULT_LIST_SIZE : RELATION_SIZE;
}

export interface CostedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operationName?: string | null;
  variables?: Record<string, unknown> | null;
}

/**
 * The estimated cost of the operation, or null when its variables do not fit (execution then
 * reports them as BAD_USER_INPUT, with the field named). Past `maxNodes` selections (a document
 * that spreads fragments into each other to blow up), the cost is infinite.
 */
export function operationCost(
  { schema, document, operationName, variables }: CostedOperation,
  maxNodes = 10_000,
): number | null {
  const operation = document.definitions.find(
    (definition): definition is OperationDefinitionNode =>
      definition.kind === 'OperationDefinition' &&
      (!operationName || definition.name?.value === operationName),
  );
  if (!operation) return null;
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  try {
    return getComplexity({
      schema,
      operationName: operationName ?? undefined,
      query: document,
      variables: variables ?? {},
      estimators: [costEstimator(schema)],
      maxQueryNodes: maxNodes,
    });
  } catch {
    return Number.POSITIVE_INFINITY;
  }
}

/** The refusal of an operation over the limit: the client's fault, so a 400. */
export function tooCostly(cost: number, maxComplexity: number): AppError {
  const estimate = Number.isFinite(cost)
    ? `${cost} pour un maximum de ${maxComplexity}`
    : 'trop de sélections à évaluer';
  return new AppError(
    'BAD_USER_INPUT',
    `Requête trop coûteuse (${estimate}) : demandez moins de champs ou de lignes.`,
    { field: 'query', http: { status: 400 } },
  );
}

/** Refuses an operation whose estimated cost passes the limit, before anything is resolved. */
export function complexityPlugin(maxComplexity: number): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, schema }) {
          const cost = operationCost({
            schema,
            document,
            operationName: request.operationName,
            variables: request.variables,
          });
          if (cost !== null && cost > maxComplexity) throw tooCostly(cost, maxComplexity);
        },
      };
    },
  };
}
