import {
  defaultFieldResolver,
  specifiedRules,
  getOperationAST,
  OperationTypeNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { isPromise } from 'graphql/jsutils/isPromise';
import { pathToArray, type Path } from 'graphql/jsutils/Path';
import type { ApiDescription } from '../api/describe';
import { buildAppSyncSchema } from '../api/schema';
import type { HandlerCall } from '../runtime/call-scope';
import type { HandlerError } from '../runtime/errors';
import type { AppSyncRuntime, RunOptions } from '../runtime/evaluator';
import { CompiledQueries } from './compiled-queries';
import { DeprecatedFieldUsage } from './deprecated-usage';
import { DocumentCache } from './document-cache';
import { mutationPublications, type MutationPublication, type RootFieldCall } from './mutation-publication';
import { FieldError, locationsOf, notAuthorized, requestError, toAppSyncError, type AppSyncError } from './errors';
import { runResolver, type DataSourceInvoker, type ExecutableResolver, type FieldRun } from './resolver-runner';
import { SelectionCache } from './selection-cache';
import { filterBySelection } from './selection-set';
import { subscribeOutcome, subscriptionRoot, type SubscribeOutcome } from './subscription-start';
import { noIntrospectionRule } from './validation-rules';

/** AppSync's default and largest resolver count limit per request. */
export const DEFAULT_RESOLVER_COUNT_LIMIT = 10_000;

export interface GraphQLRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
  /** Request headers, lower-case names. */
  readonly headers: Record<string, string>;
  readonly domainName?: string | null;
}

/** Who is asking, as the auth layer decided it for the whole request. */
export interface RequestAuthorization {
  /** `ctx.identity`. */
  readonly identity: unknown;
  /** What `util.authType()` returns. */
  readonly authType: string;
  /** Field-level rules (directives, Lambda deniedFields). */
  isFieldAllowed(typeName: string, fieldName: string): boolean;
}

export interface GraphQLResponse {
  readonly data: Record<string, unknown> | null;
  readonly errors?: readonly AppSyncError[];
}

/** A response and the HTTP headers its resolvers added with `util.http.addResponseHeader(s)`. */
export interface ExecutionOutcome {
  readonly response: GraphQLResponse;
  readonly headers: Readonly<Record<string, string>>;
  /** The name of the operation that ran, when it has one (for logs: clients often leave operationName out). */
  readonly operationName?: string;
}

export interface ExecutionEngineOptions {
  readonly description: ApiDescription;
  readonly runtime: AppSyncRuntime;
  /** One invoker per data source named in the description. */
  readonly dataSources: Readonly<Record<string, DataSourceInvoker>>;
  /** `ctx.env`, resolved for this deployment. @default {} */
  readonly environment?: Readonly<Record<string, string>>;
  /** Counts and logs the uses of deprecated fields. @default one logging to console.log */
  readonly deprecatedFieldUsage?: DeprecatedFieldUsage;
}

interface RequestState {
  readonly request: GraphQLRequest;
  readonly auth: RequestAuthorization;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly appended: AppSyncError[];
  /** Custom response headers of the whole operation: a later definition of a name replaces an earlier one. */
  readonly headers: Map<string, [name: string, value: string]>;
  /** Handler calls of root fields: a mutation's invalidations, a subscription's filters. */
  readonly rootCalls: RootFieldCall[];
  resolverCount: number;
}

/** Receives what each mutation request publishes (see {@link ExecutionEngine.onMutation}). */
export type MutationListener = (publications: readonly MutationPublication[]) => void;

/**
 * Executes GraphQL requests against an API description as AppSync does: documents parsed, validated and
 * compiled once, every field checked against the auth rules, resolvers run in the APPSYNC_JS runtime, and
 * responses in AppSync's shape.
 */
export class ExecutionEngine {
  readonly schema: GraphQLSchema;
  private readonly documents: DocumentCache;
  private readonly resolvers = new Map<string, ExecutableResolver>();
  private readonly environment: Readonly<Record<string, string>>;
  private readonly resolverCountLimit: number;
  private readonly queryDepthLimit: number;
  private readonly mutationListeners = new Set<MutationListener>();
  private readonly selections = new SelectionCache();
  private readonly queries: CompiledQueries<RequestState>;
  /** Who still uses which deprecated field (see docs/schema-evolution.md). */
  readonly deprecatedFieldUsage: DeprecatedFieldUsage;

  constructor(options: ExecutionEngineOptions) {
    const { description, runtime, dataSources } = options;
    this.schema = description.schema;
    this.deprecatedFieldUsage = options.deprecatedFieldUsage ?? new DeprecatedFieldUsage(this.schema);
    this.environment = Object.freeze({ ...(options.environment ?? {}) });
    const settings = description.definition.settings ?? {};
    this.resolverCountLimit = settings.resolverCountLimit || DEFAULT_RESOLVER_COUNT_LIMIT;
    this.queryDepthLimit = settings.queryDepthLimit || 0;
    const rules: ValidationRule[] = [...specifiedRules];
    if (settings.introspection === false) rules.push(noIntrospectionRule);
    this.documents = new DocumentCache(this.schema, rules);
    // A schema of the engine's own: CompiledQueries sets a resolver on every field of it.
    this.queries = new CompiledQueries(buildAppSyncSchema(description.schemaSdl), this.resolveField);

    const invoker = (name: string) => {
      const found = dataSources[name];
      if (!found) throw new Error(`no invoker was given for data source '${name}'`);
      return found;
    };
    const functions = new Map(
      description.functions.map((fn) => [
        fn.name,
        { name: fn.name, module: runtime.load(fn.code, fileNameOf(fn.file)), dataSource: invoker(fn.dataSource) },
      ]),
    );
    for (const resolver of description.resolvers) {
      const module = runtime.load(resolver.code, fileNameOf(resolver.file));
      this.resolvers.set(
        `${resolver.typeName}.${resolver.fieldName}`,
        resolver.kind === 'UNIT'
          ? { kind: 'UNIT', module, dataSource: invoker(resolver.dataSource) }
          : { kind: 'PIPELINE', module, functions: resolver.functions.map((name) => functions.get(name)!) },
      );
    }
  }

  async execute(request: GraphQLRequest, auth: RequestAuthorization): Promise<GraphQLResponse> {
    return (await this.run(request, auth)).response;
  }

  /** As {@link execute}, with the response headers the resolvers set. */
  async run(request: GraphQLRequest, auth: RequestAuthorization): Promise<ExecutionOutcome> {
    const prepared = this.documents.prepare(request.query);
    if ('errors' in prepared) {
      return {
        response: { data: null, errors: prepared.errors.map((e) => requestError(e.message, 'ValidationError', e.locations)) },
        headers: {},
      };
    }
    this.deprecatedFieldUsage.record(prepared.document, request);
    const operationName = getOperationAST(prepared.document, request.operationName)?.name?.value;
    const state: RequestState = { request, auth, fragments: prepared.fragments, appended: [], headers: new Map(), rootCalls: [], resolverCount: 0 };
    const execution = this.queries.execute(prepared.document, request.operationName ?? undefined, state, request.variables ?? undefined);
    // A result of resolvers that all answered synchronously is not a promise: no await, no extra turn.
    const result = isPromise(execution) ? await execution : execution;
    if (this.mutationListeners.size > 0) this.publishMutation(prepared.document, state, result.data);
    const errors = [...(result.errors ?? []).map(toAppSyncError), ...state.appended];
    const data = (result.data as Record<string, unknown> | null | undefined) ?? null;
    return { response: errors.length > 0 ? { data, errors } : { data }, headers: Object.fromEntries(state.headers.values()), operationName };
  }

  /**
   * Starts a subscription as AppSync does for a `start` message: the document must select one field of
   * the Subscription type, which the caller may access; its resolver runs now, once. An error refuses the
   * subscription; otherwise the filters the resolver set decide later which events reach it.
   */
  async subscribe(request: GraphQLRequest, auth: RequestAuthorization): Promise<SubscribeOutcome> {
    const prepared = this.documents.prepare(request.query);
    if ('errors' in prepared) {
      return { errors: prepared.errors.map((e) => requestError(e.message, 'ValidationError', e.locations)) };
    }
    const root = subscriptionRoot(this.schema, prepared.document, request);
    if ('errors' in root) return root;
    this.deprecatedFieldUsage.record(prepared.document, request);
    const state: RequestState = { request, auth, fragments: root.info.fragments, appended: [], headers: new Map(), rootCalls: [], resolverCount: 0 };
    let resolved: { value: unknown } | { error: FieldError };
    try {
      resolved = { value: await this.resolveField(null, root.arguments, state, root.info) };
    } catch (error) {
      if (!(error instanceof FieldError)) throw error;
      resolved = { error };
    }
    const calls = state.rootCalls.map((entry) => entry.call);
    return subscribeOutcome(root, resolved, state.appended, calls, { ...request, document: prepared.document });
  }

  /** Calls `listener` with the publications of every mutation request from now on; returns its removal. */
  onMutation(listener: MutationListener): () => void {
    const registered: MutationListener = (publications) => listener(publications);
    this.mutationListeners.add(registered);
    return () => this.mutationListeners.delete(registered);
  }

  private publishMutation(document: DocumentNode, state: RequestState, data: unknown): void {
    const operation = getOperationAST(document, state.request.operationName ?? undefined);
    if (operation?.operation !== OperationTypeNode.MUTATION) return;
    const { publications, errors } = mutationPublications(operation, state.fragments, data as Record<string, unknown> | null, state.rootCalls);
    state.appended.push(...errors);
    for (const listener of this.mutationListeners) listener(publications);
  }

  private readonly resolveField: GraphQLFieldResolver<unknown, RequestState> = (source, args, state, info) => {
    const typeName = info.parentType.name;
    if (!state.auth.isFieldAllowed(typeName, info.fieldName)) throw notAuthorized(info.fieldName, typeName);
    if (this.queryDepthLimit > 0 && fieldDepth(info.path) > this.queryDepthLimit) {
      throw new FieldError(`The query depth limit of ${this.queryDepthLimit} was exceeded.`, 'QueryDepthLimitExceeded');
    }
    const resolver = this.resolvers.get(`${typeName}.${info.fieldName}`);
    if (!resolver) return defaultFieldResolver(source, args, state, info);
    state.resolverCount += 1;
    if (state.resolverCount > this.resolverCountLimit) {
      throw new FieldError(`The resolver count limit of ${this.resolverCountLimit} was exceeded.`, 'ResolverCountLimitExceeded');
    }
    const selection = this.selections.of(info.fieldNodes, state.fragments);
    return runResolver(
      resolver,
      new FieldResolution(state, info, {
        arguments: args,
        identity: state.auth.identity,
        source: source ?? null,
        request: { headers: state.request.headers, domainName: state.request.domainName ?? null },
        env: this.environment as Record<string, string>,
        info: {
          fieldName: info.fieldName,
          parentTypeName: typeName,
          variables: (state.request.variables ?? {}) as Record<string, unknown>,
          // Shared by resolutions of this field node: `runResolver` hands handlers their own copy.
          selectionSetList: selection.list as string[],
          selectionSetGraphQL: selection.graphQL,
        },
      }),
    );
  };
}

/**
 * Where one field's handlers report to: the request's errors, headers and root field calls. A class rather
 * than closures, and the error's path and locations worked out only when there is an error, because this
 * is made for every resolver call of every request.
 */
class FieldResolution implements FieldRun {
  readonly options: RunOptions;

  constructor(
    private readonly state: RequestState,
    private readonly info: GraphQLResolveInfo,
    readonly context: FieldRun['context'],
  ) {
    this.options = { authType: state.auth.authType };
  }

  appendError(error: HandlerError): void {
    this.state.appended.push({
      path: pathToArray(this.info.path),
      data: this.errorData(error.data),
      errorType: error.errorType ?? null,
      errorInfo: error.errorInfo ?? null,
      locations: locationsOf(this.info.fieldNodes.map((node) => node.loc!.startToken).map((t) => ({ line: t.line, column: t.column }))),
      message: error.message,
    });
  }

  addResponseHeaders(headers: Readonly<Record<string, string>>): void {
    for (const name in headers) this.state.headers.set(name.toLowerCase(), [name, headers[name]!]);
  }

  onHandlerCall(call: HandlerCall): void {
    if (this.info.path.prev === undefined) this.state.rootCalls.push({ responseKey: String(this.info.path.key), call });
  }

  errorData(data: unknown): unknown {
    return data == null ? null : filterBySelection(data, this.info.fieldNodes, this.state.fragments);
  }
}

/**
 * How deep a field is in the response: the number of fields on its path, list indexes not counted.
 * AppSync answers a field beyond the query depth limit with an error, and null (which, on a non-null
 * field, propagates up to the nearest nullable one): "If a non-nullable field produces an error, the
 * error will be thrown upwards to the first nullable field available."
 * https://docs.aws.amazon.com/appsync/latest/APIReference/API_CreateGraphqlApi.html
 */
function fieldDepth(path: Path | undefined): number {
  let depth = 0;
  for (let step = path; step !== undefined; step = step.prev) if (typeof step.key === 'string') depth += 1;
  return depth;
}

function fileNameOf(file: string): string {
  return file.split('/').pop()!.replace(/\.ts$/, '.js');
}
