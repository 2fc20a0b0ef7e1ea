import { ApolloServerPlugin, GraphQLRequestListener } from '@apollo/server';
import {
  DocumentNode,
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValueNode,
  VariableDefinitionNode,
} from 'graphql';
import { findNulCharacter, nulCharacterRefused } from '../validation/nul-characters';

/**
 * The first argument of the operation that carries a NUL character, written inline or through a
 * variable (its value, or its default), at any depth of an input object or a list, named by its
 * path from the argument: `input.title`, `filter.search`, `entries.2.note`. Null if none does.
 */
export function findNulInOperation(
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Record<string, unknown> | null | undefined,
): string | null {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const definition of document.definitions)
    if (definition.kind === 'FragmentDefinition') fragments.set(definition.name.value, definition);
  const declared = new Map<string, VariableDefinitionNode>(
    (operation.variableDefinitions ?? []).map((definition) => [definition.variable.name.value, definition]),
  );
  const values = variables ?? {};
  const visited = new Set<string>();

  function inValue(node: ValueNode, path: string[]): string | null {
    switch (node.kind) {
      case 'StringValue':
        return node.value.includes('\0') ? path.join('.') : null;
      case 'ListValue':
        for (const [index, item] of node.values.entries()) {
          const found = inValue(item, [...path, String(index)]);
          if (found) return found;
        }
        return null;
      case 'ObjectValue':
        for (const field of node.fields) {
          const found = inValue(field.value, [...path, field.name.value]);
          if (found) return found;
        }
        return null;
      case 'Variable': {
        const name = node.name.value;
        if (Object.prototype.hasOwnProperty.call(values, name)) return findNulCharacter(values[name], path);
        const fallback = declared.get(name)?.defaultValue;
        return fallback ? inValue(fallback, path) : null;
      }
      default:
        return null;
    }
  }

  function inSelections(selectionSet: SelectionSetNode): string | null {
    for (const selection of selectionSet.selections) {
      if (selection.kind === 'FragmentSpread') {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (visited.has(name) || !fragment) continue;
        visited.add(name);
        const found = inSelections(fragment.selectionSet);
        if (found) return found;
        continue;
      }
      const argumentsOf = [
        ...(selection.kind === 'Field' ? (selection.arguments ?? []) : []),
        ...(selection.directives ?? []).flatMap((directive) => directive.arguments ?? []),
      ];
      for (const argument of argumentsOf) {
        const found = inValue(argument.value, [argument.name.value]);
        if (found) return found;
      }
      if (selection.selectionSet) {
        const found = inSelections(selection.selectionSet);
        if (found) return found;
      }
    }
    return null;
  }

  return inSelections(operation.selectionSet);
}

/** Refuses, before anything runs, an operation whose arguments carry a NUL character. */
export function nulCharactersPlugin(): ApolloServerPlugin {
  return {
    async requestDidStart(): Promise<GraphQLRequestListener<object>> {
      return {
        async didResolveOperation({ request, document, operation }) {
          if (!operation) return;
          const field = findNulInOperation(document, operation, request.variables);
          if (field) throw nulCharacterRefused(field);
        },
      };
    },
  };
}
