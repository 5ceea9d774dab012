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

/**
 * The `data` of an error from `util.error` or `util.appendError`, cut down to what the query selected on
 * the field, as the utilities' documentation says ("`data` will be filtered based on the query selection
 * set"). An object keeps the selected fields (under their response names, fragments included) and lists
 * are filtered item by item; a leaf field's data, or data of another shape, is kept whole.
 * https://docs.aws.amazon.com/appsync/latest/devguide/built-in-util-js.html
 */
export function filterBySelection(
  data: unknown,
  fieldNodes: readonly FieldNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): unknown {
  const selections = fieldNodes.map((node) => node.selectionSet).filter((set): set is SelectionSetNode => set !== undefined);
  return selections.length === 0 ? data : filterValue(data, selections, fragments);
}

function filterValue(
  value: unknown,
  selectionSets: readonly SelectionSetNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): unknown {
  if (Array.isArray(value)) return value.map((item) => filterValue(item, selectionSets, fragments));
  if (typeof value !== 'object' || value === null) return value;
  const source = value as Record<string, unknown>;
  const filtered: Record<string, unknown> = {};
  for (const field of selectedFields(selectionSets, fragments)) {
    const name = field.name.value;
    if (!Object.hasOwn(source, name)) continue;
    const nested = field.selectionSet ? filterValue(source[name], [field.selectionSet], fragments) : source[name];
    filtered[(field.alias ?? field.name).value] = nested;
  }
  return filtered;
}

/** The fields of selection sets with fragments spread in (validation has ruled out fragment cycles). */
export function selectedFields(
  selectionSets: readonly SelectionSetNode[],
  fragments: Readonly<Record<string, FragmentDefinitionNode>>,
): FieldNode[] {
  return selectionSets.flatMap((selectionSet) =>
    selectionSet.selections.flatMap((selection) => {
      if (selection.kind === Kind.FIELD) return [selection];
      const nested = selection.kind === Kind.INLINE_FRAGMENT ? selection.selectionSet : fragments[selection.name.value]?.selectionSet;
      return nested ? selectedFields([nested], fragments) : [];
    }),
  );
}
