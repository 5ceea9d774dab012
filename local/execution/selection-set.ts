import {
  Kind,
  print,
  type FieldNode,
  type FragmentDefinitionNode,
  type SelectionSetNode,
} from 'graphql';

/**
 * `ctx.info.selectionSetList`: the field's sub-selection as paths (`author`, `author/name`), by alias
 * where a field has one, with fragments' fields included. Meta fields such as `__typename` are left out.
 */
export function selectionSetList(
  fieldNodes: readonly FieldNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): string[] {
  const paths: string[] = [];
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode | undefined, prefix: string) => {
    for (const selection of selectionSet?.selections ?? []) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value.startsWith('__')) continue;
        const path = prefix + (selection.alias ?? selection.name).value;
        if (!seen.has(path)) {
          seen.add(path);
          paths.push(path);
        }
        visit(selection.selectionSet, `${path}/`);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet, prefix);
      } else {
        visit(fragments[selection.name.value]?.selectionSet, prefix);
      }
    }
  };
  for (const node of fieldNodes) visit(node.selectionSet, '');
  return paths;
}

/**
 * `ctx.info.selectionSetGraphQL`: the field's selection set as GraphQL text; fragment spreads stay spreads
 * and inline fragments are kept, as AppSync documents. Empty for a leaf field.
 */
export function selectionSetGraphQL(fieldNodes: readonly FieldNode[]): string {
  const selectionSet = fieldNodes[0]?.selectionSet;
  return selectionSet ? print(selectionSet) : '';
}
