import { getDirectiveValues, type GraphQLOutputType, type GraphQLSchema } from 'graphql';
import { SubscriptionSchemaError } from './errors';

/**
 * Which subscription fields each mutation field publishes to: the inverse of
 * `@aws_subscribe(mutations: ["…"])`. A subscription field without the directive is never triggered.
 * As AppSync does on schema save, a listed mutation must exist and return the subscription's type (the
 * subscription field may be nullable where the mutation is not; AppSync needs it nullable anyway).
 * https://docs.aws.amazon.com/appsync/latest/devguide/aws-appsync-real-time-data.html
 * @throws SubscriptionSchemaError
 */
export function subscriptionTriggers(schema: GraphQLSchema): ReadonlyMap<string, readonly string[]> {
  const triggers = new Map<string, string[]>();
  const subscriptionType = schema.getSubscriptionType();
  const mutationFields = schema.getMutationType()?.getFields() ?? {};
  const directive = schema.getDirective('aws_subscribe');
  const problems: string[] = [];
  for (const field of Object.values(subscriptionType?.getFields() ?? {})) {
    const mutations = directive && field.astNode ? getDirectiveValues(directive, field.astNode)?.mutations : undefined;
    for (const mutationName of Array.isArray(mutations) ? (mutations as string[]) : []) {
      const mutation = Object.hasOwn(mutationFields, mutationName) ? mutationFields[mutationName] : undefined;
      if (!mutation) {
        problems.push(`Subscription.${field.name}: @aws_subscribe names '${mutationName}', which is not a field of the Mutation type`);
      } else if (shapeOf(mutation.type) !== shapeOf(field.type)) {
        problems.push(`Subscription.${field.name} returns ${String(field.type)} but its mutation '${mutationName}' returns ${String(mutation.type)}`);
      } else {
        triggers.set(mutationName, [...(triggers.get(mutationName) ?? []), field.name]);
      }
    }
  }
  if (problems.length > 0) throw new SubscriptionSchemaError(problems);
  return triggers;
}

function shapeOf(type: GraphQLOutputType): string {
  return String(type).replace(/!/g, '');
}
