import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  DocumentNode,
  FieldNode,
  FragmentDefinitionNode,
  getNamedType,
  GraphQLField,
  GraphQLInputType,
  GraphQLNamedType,
  GraphQLSchema,
  isInputObjectType,
  isInterfaceType,
  isListType,
  isNonNullType,
  isObjectType,
  OperationDefinitionNode,
  SelectionSetNode,
} from 'graphql';
import { getArgumentValues, getVariableValues } from 'graphql/execution/values';
import { AppError } from './errors';

/** A UUID as PostgreSQL writes it (any case): the key of every row an `ID` argument designates. */
export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export const isUuid = (value: unknown): value is string =>
  typeof value === 'string' && UUID_PATTERN.test(value);

/**
 * Every `ID` a client sends designates a row keyed by a UUID (cases, organisations, users, meetings,
 * zones…): the territory's codes travel as `String` (`communeCode`), and the ids that are not UUIDs
 * (a case event's, a journal entry's) are only ever read, never sent back. A value that is not a
 * UUID cannot designate anything: it is refused here, once for the whole schema, before a resolver
 * hands it to PostgreSQL (which would answer « invalid input syntax for type uuid », a 500).
 */
export function invalidId(field: string): AppError {
  return new AppError('BAD_USER_INPUT', `${field} : identifiant invalide.`, {
    field,
    http: { status: 400 },
  });
}

/**
 * The `ID` input fields where the empty string has a meaning of its own, said in their description
 * (« chaîne vide pour la retirer »: the case's zone is removed). A unit test of the API keeps this
 * list and the schema's descriptions in step.
 */
export const EMPTY_ID_MEANS_NONE: ReadonlySet<string> = new Set([
  'CreateCaseInput.zoneId',
  'UpdateCaseInput.zoneId',
]);

type Path = readonly string[];

/** The path (`input.zoneIds.1`) of the first `ID` in a coerced argument value that is not a UUID. */
export function findInvalidId(type: GraphQLInputType, value: unknown, path: Path): string | null {
  if (value === null || value === undefined) return null;
  if (isNonNullType(type)) return findInvalidId(type.ofType, value, path);
  if (isListType(type)) {
    if (!Array.isArray(value)) return findInvalidId(type.ofType, value, path);
    for (const [index, item] of value.entries()) {
      const found = findInvalidId(type.ofType, item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (isInputObjectType(type)) {
    const record = value as Record<string, unknown>;
    for (const field of Object.values(type.getFields())) {
      const value = record[field.name];
      if (value === '' && EMPTY_ID_MEANS_NONE.has(`${type.name}.${field.name}`)) continue;
      const found = findInvalidId(field.type, value, [...path, field.name]);
      if (found) return found;
    }
    return null;
  }
  if (type.name === 'ID') return isUuid(value) ? null : path.join('.');
  return null;
}

/**
 * The first `ID` argument of the operation (inline, through a variable or a default, at any depth
 * of an input object or a list) that is not a UUID, by its path from the argument. Arguments are
 * coerced as execution will coerce them; values execution would refuse anyway are left to it.
 */
export function findInvalidIdInOperation(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): string | null {
  const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
  if (coerced.errors) return null;
  const variableValues = coerced.coerced;
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const visited = new Set<string>();

  function inSelections(selectionSet: SelectionSetNode, parent: GraphQLNamedType | undefined): string | null {
    for (const selection of selectionSet.selections) {
      let found: string | null = null;
      if (selection.kind === 'Field') {
        const field =
          isObjectType(parent) || isInterfaceType(parent)
            ? parent.getFields()[selection.name.value]
            : undefined;
        if (!field) continue; // __typename, or an unknown field validation has refused
        if (field.args.length > 0) found = inArguments(field, selection);
        if (!found && selection.selectionSet)
          found = inSelections(selection.selectionSet, getNamedType(field.type));
      } else if (selection.kind === 'InlineFragment') {
        const type = selection.typeCondition ? schema.getType(selection.typeCondition.name.value) : parent;
        found = inSelections(selection.selectionSet, type ?? undefined);
      } else {
        const fragment = fragments.get(selection.name.value);
        if (!fragment || visited.has(fragment.name.value)) continue;
        visited.add(fragment.name.value);
        const type = schema.getType(fragment.typeCondition.name.value);
        found = inSelections(fragment.selectionSet, type ?? undefined);
      }
      if (found) return found;
    }
    return null;
  }

  function inArguments(field: GraphQLField<unknown, unknown>, node: FieldNode): string | null {
    let values: Record<string, unknown>;
    try {
      values = getArgumentValues(field, node, variableValues);
    } catch {
      return null; // execution reports it, in its own words
    }
    for (const argument of field.args) {
      const found = findInvalidId(argument.type, values[argument.name], [argument.name]);
      if (found) return found;
    }
    return null;
  }

  return inSelections(operation.selectionSet, schema.getRootType(operation.operation) ?? undefined);
}

/** Refuses, before anything runs, an operation with an `ID` argument that is not a UUID. */
export function uuidIdsPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, operation, schema }) {
          if (!operation) return;
          const field = findInvalidIdInOperation(schema, document, operation, request.variables);
          if (field) throw invalidId(field);
        },
      };
    },
  };
}
