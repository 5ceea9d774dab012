import { GraphQLError, Kind, type ASTNode, type ValidationRule, type FragmentDefinitionNode, type SelectionSetNode } from 'graphql';

/**
 * AppSync's query depth limit: an operation nesting fields deeper than `limit` is refused before any
 * resolver runs. Fragments count at the depth where they are spread.
 */
export function queryDepthLimitRule(limit: number): ValidationRule {
  return (context) => ({
    OperationDefinition(operation) {
      const fragments: Record<string, FragmentDefinitionNode> = {};
      for (const definition of context.getDocument().definitions) {
        if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
      }
      const depth = depthOf(operation.selectionSet, fragments, new Set());
      if (depth > limit) {
        context.reportError(
          new GraphQLError(`Query depth of ${depth} exceeds the maximum query depth of ${limit}.`, { nodes: [operation] }),
        );
      }
    },
  });
}

function depthOf(selectionSet: SelectionSetNode | undefined, fragments: Record<string, FragmentDefinitionNode>, visiting: Set<string>): number {
  let deepest = 0;
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      deepest = Math.max(deepest, 1 + depthOf(selection.selectionSet, fragments, visiting));
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      deepest = Math.max(deepest, depthOf(selection.selectionSet, fragments, visiting));
    } else if (!visiting.has(selection.name.value)) {
      // A fragment cycle is reported by graphql-js's own rules; do not follow it here.
      visiting.add(selection.name.value);
      deepest = Math.max(deepest, depthOf(fragments[selection.name.value]?.selectionSet, fragments, visiting));
      visiting.delete(selection.name.value);
    }
  }
  return deepest;
}

/** AppSync's introspection switch: with introspection disabled, `__schema` and `__type` are refused. */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node: ASTNode & { kind: Kind.FIELD; name: { value: string } }) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      context.reportError(new GraphQLError('GraphQL introspection is not allowed for this API.', { nodes: [node] }));
    }
  },
});
