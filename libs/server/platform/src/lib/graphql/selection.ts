import { Kind, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Whether the query asks, below the field being resolved, for the field at `path` (response
 * names ignored: `edges.node.owner` is found under any alias), through fragments and inline
 * fragments. A resolver uses it to fetch a relation with the rows it returns — a join instead of
 * one more statement — only when the client wants it. `@skip`/`@include` are not evaluated: a
 * field that may be skipped counts as asked for, which only costs the join.
 */
export function selectsPath(info: GraphQLResolveInfo, path: readonly string[]): boolean {
  return info.fieldNodes.some(
    (node) => node.selectionSet && reaches(node.selectionSet, path, info, new Set()),
  );
}

function reaches(
  set: SelectionSetNode,
  path: readonly string[],
  info: GraphQLResolveInfo,
  visited: Set<string>,
): boolean {
  if (path.length === 0) return true;
  const [head, ...rest] = path;
  return set.selections.some((selection) => {
    switch (selection.kind) {
      case Kind.FIELD:
        return (
          selection.name.value === head &&
          (rest.length === 0 ||
            (selection.selectionSet !== undefined && reaches(selection.selectionSet, rest, info, visited)))
        );
      case Kind.INLINE_FRAGMENT:
        return reaches(selection.selectionSet, path, info, visited);
      case Kind.FRAGMENT_SPREAD: {
        const name = selection.name.value;
        const fragment = info.fragments[name];
        // A fragment already followed on this path (validation forbids cycles; this guards anyway).
        if (!fragment || visited.has(name)) return false;
        return reaches(fragment.selectionSet, path, info, new Set(visited).add(name));
      }
      default:
        return false;
    }
  });
}
