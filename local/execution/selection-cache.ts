import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import { selectionSetGraphQL, selectionSetList } from './selection-set';

/** A field's `ctx.info.selectionSetList` and `ctx.info.selectionSetGraphQL`. */
export interface FieldSelection {
  readonly list: readonly string[];
  readonly graphQL: string;
}

interface Entry extends FieldSelection {
  readonly fieldNodes: readonly FieldNode[];
}

/**
 * The selection of each field of the documents executed, worked out on its first resolution. It depends on
 * the field's nodes alone: the fragments are those of the nodes' own document, and the document cache
 * hands out the same nodes for the same query text, so a resolver run on every request does not walk and
 * print its selection every time. The key is the whole list of nodes (merged fields, `@include`/`@skip`
 * can make it differ for one first node); entries go with their document, as the map holds nodes weakly.
 */
export class SelectionCache {
  private readonly byFirstNode = new WeakMap<FieldNode, Entry[]>();

  of(fieldNodes: readonly FieldNode[], fragments: Readonly<Record<string, FragmentDefinitionNode>>): FieldSelection {
    const first = fieldNodes[0]!;
    let entries = this.byFirstNode.get(first);
    if (entries === undefined) {
      entries = [];
      this.byFirstNode.set(first, entries);
    }
    const found = entries.find((entry) => sameNodes(entry.fieldNodes, fieldNodes));
    if (found) return found;
    const entry = { fieldNodes: [...fieldNodes], list: selectionSetList(fieldNodes, fragments), graphQL: selectionSetGraphQL(fieldNodes) };
    entries.push(entry);
    return entry;
  }
}

function sameNodes(a: readonly FieldNode[], b: readonly FieldNode[]): boolean {
  return a.length === b.length && a.every((node, i) => node === b[i]);
}
