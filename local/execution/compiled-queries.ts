import {
  execute,
  getOperationAST,
  isAbstractType,
  isIntrospectionType,
  isObjectType,
  OperationTypeNode,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import { getVariableValues } from 'graphql/execution/values';
import { isPromise } from 'graphql/jsutils/isPromise';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { inDocumentOrder } from './error-order';

/** How one operation of a document runs: its compiled function, graphql-js, or the error that stops it. */
type Plan =
  | { readonly kind: 'compiled'; readonly query: CompiledQuery; readonly variables: readonly VariableDefinitionNode[] }
  | { readonly kind: 'interpreted' }
  | { readonly kind: 'refused'; readonly result: ExecutionResult };

/**
 * Executes validated documents as graphql-js's `execute` does, queries compiled by graphql-jit: each
 * query operation of a document is turned once into a function, which the requests that repeat it run.
 * graphql-js interprets the document on every request, which was the larger part of the engine's own
 * cost for a small query. test/local/execution/compiled-queries.test.ts compares the two; where they
 * differ, graphql-js's answer is kept:
 * - variables are checked by graphql-js first, for its messages;
 * - arguments reach resolvers in the order the schema defines them (graphql-jit puts defaults first);
 * - errors are listed in the order of their fields in the response (graphql-jit puts non-null fields' last);
 * - mutations run under graphql-js: after a non-null root field fails, graphql-jit would still run the
 *   fields after it, writes whose results the response then drops.
 * Two differences stay. After a non-null field fails, graphql-jit still resolves its siblings where
 * graphql-js, when every resolver is synchronous, stops; the spec lets either happen ("may be cancelled").
 * A union or interface value without a `__typename` of the schema fails its field with graphql-jit's
 * message rather than graphql-js's.
 *
 * graphql-jit calls the schema's own resolvers, so every field of the schema's object types gets
 * `fieldResolver` as its resolver: the schema given is changed, and must be one made for this purpose.
 * Introspection keeps graphql-js's resolvers, as it does under `execute`.
 */
export class CompiledQueries<TContext> {
  /** By document, then operation name: entries go with their document, as the document cache drops it. */
  private readonly plans = new WeakMap<DocumentNode, Map<string | undefined, Plan>>();

  constructor(
    private readonly schema: GraphQLSchema,
    fieldResolver: GraphQLFieldResolver<unknown, TContext>,
  ) {
    for (const type of Object.values(schema.getTypeMap())) {
      if (isAbstractType(type)) type.resolveType = typeNameOf;
      if (!isObjectType(type) || isIntrospectionType(type)) continue;
      for (const field of Object.values(type.getFields())) {
        field.resolve = field.args.length > 1 ? withArgumentsInOrder(field.args.map((arg) => arg.name), fieldResolver) : fieldResolver;
      }
    }
  }

  /** graphql-js's `execute(...)` of a valid document, a promise only when a resolver returned one. */
  execute(
    document: DocumentNode,
    operationName: string | undefined,
    contextValue: TContext,
    variableValues: Readonly<Record<string, unknown>> | undefined,
  ): ExecutionResult | Promise<ExecutionResult> {
    const plan = this.planFor(document, operationName);
    if (plan.kind === 'refused') return plan.result;
    if (plan.kind === 'interpreted') {
      return execute({ schema: this.schema, document, rootValue: {}, contextValue, variableValues, operationName });
    }
    const inputs = variableValues ?? {};
    if (plan.variables.length > 0) {
      const checked = getVariableValues(this.schema, plan.variables, inputs);
      if (checked.errors) return { errors: checked.errors };
    }
    // graphql-jit coerces the inputs itself: coercing twice would parse an AWSJSON string twice.
    const result = plan.query.query({}, contextValue, inputs);
    return isPromise(result) ? result.then(inDocumentOrder) : inDocumentOrder(result);
  }

  private planFor(document: DocumentNode, operationName: string | undefined): Plan {
    let byOperation = this.plans.get(document);
    if (byOperation === undefined) this.plans.set(document, (byOperation = new Map()));
    let plan = byOperation.get(operationName);
    if (plan === undefined) {
      plan = this.plan(document, operationName);
      byOperation.set(operationName, plan);
    }
    return plan;
  }

  private plan(document: DocumentNode, operationName: string | undefined): Plan {
    const operation = getOperationAST(document, operationName);
    if (operation?.operation === OperationTypeNode.MUTATION) return { kind: 'interpreted' };
    const query = compileQuery(this.schema, document, operationName);
    // An operation that cannot run (none by that name, several and no name) compiles to its error.
    if (!isCompiledQuery(query)) return { kind: 'refused', result: query };
    return { kind: 'compiled', query, variables: operation?.variableDefinitions ?? [] };
  }
}

/** `resolver`, given its arguments in the order the schema defines them, as graphql-js gives them. */
function withArgumentsInOrder<TContext>(
  names: readonly string[],
  resolver: GraphQLFieldResolver<unknown, TContext>,
): GraphQLFieldResolver<unknown, TContext> {
  return (source, args, context, info) => {
    const ordered: Record<string, unknown> = {};
    for (const name of names) if (name in args) ordered[name] = args[name];
    return resolver(source, ordered, context, info);
  };
}

/**
 * The type of a union's or interface's value, as AppSync reads it: its `__typename`. graphql-jit's own
 * resolver throws out of the whole execution for a value without one; no answer fails only the field.
 */
function typeNameOf(value: unknown): string | undefined {
  const typeName = (value as { __typename?: unknown } | null)?.__typename;
  return typeof typeName === 'string' ? typeName : undefined;
}
