import {
  FragmentDefinitionNode,
  OperationDefinitionNode,
  SelectionSetNode,
  ValidationContext,
  ValidationRule,
} from 'graphql';
import { AppError } from './errors';

/**
 * Refuses an operation whose fields nest deeper than `maxDepth` (introspection fields aside), as
 * graphql-depth-limit counted, but safe on any document: a fragment that spreads itself or an unknown
 * fragment counts for nothing here (graphql's own rules refuse them, in the same pass), and each
 * fragment is measured once, so that fragments spread into one another cannot blow the count up.
 */
export function depthLimit(maxDepth: number): ValidationRule {
  return (context: ValidationContext) => {
    const measured = new Map<string, number>();

    function fragmentDepth(name: string): number {
      const known = measured.get(name);
      if (known !== undefined) return known;
      const fragment: FragmentDefinitionNode | null | undefined = context.getFragment(name);
      if (!fragment) return 0;
      measured.set(name, 0); // a cycle back here counts for nothing
      const depth = selectionDepth(fragment.selectionSet);
      measured.set(name, depth);
      return depth;
    }

    function selectionDepth(selectionSet: SelectionSetNode): number {
      let deepest = 0;
      for (const selection of selectionSet.selections) {
        let depth = 0;
        if (selection.kind === 'Field') {
          if (selection.selectionSet && !selection.name.value.startsWith('__'))
            depth = 1 + selectionDepth(selection.selectionSet);
        } else if (selection.kind === 'InlineFragment') {
          depth = selectionDepth(selection.selectionSet);
        } else {
          depth = fragmentDepth(selection.name.value);
        }
        deepest = Math.max(deepest, depth);
      }
      return deepest;
    }

    return {
      OperationDefinition(operation: OperationDefinitionNode) {
        const depth = selectionDepth(operation.selectionSet);
        if (depth <= maxDepth) return;
        const name = operation.name ? `L’opération « ${operation.name.value} »` : 'La requête';
        context.reportError(
          new AppError(
            'BAD_USER_INPUT',
            `${name} est trop profonde (${depth} niveaux pour un maximum de ${maxDepth}) : demandez moins de niveaux imbriqués.`,
            { field: 'query' },
          ),
        );
      },
    };
  };
}
