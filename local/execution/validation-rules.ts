import { GraphQLError, type FieldNode, type ValidationRule } from 'graphql';

/**
 * AppSync's introspection switch: with introspection disabled, `__schema` and `__type` are refused as
 * validation errors, as fields the type does not have (the guide's screenshot shows a "field undefined"
 * validation error); `__typename` stays available. The wording is graphql-js's for an unknown field,
 * like every other validation message of the engine.
 * https://docs.aws.amazon.com/appsync/latest/devguide/configuration-limits.html
 */
export const noIntrospectionRule: ValidationRule = (context) => ({
  Field(node: FieldNode) {
    if (node.name.value === '__schema' || node.name.value === '__type') {
      const typeName = context.getParentType()?.name ?? 'Query';
      context.reportError(new GraphQLError(`Cannot query field "${node.name.value}" on type "${typeName}".`, { nodes: [node] }));
    }
  },
});
