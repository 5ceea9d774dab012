import {
  defaultFieldResolver,
  execute,
  specifiedRules,
  Kind,
  type FragmentDefinitionNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type ValidationRule,
} from 'graphql';
import { pathToArray } from 'graphql/jsutils/Path';
import type { ApiDescription } from '../api/describe';
import type { HandlerError } from '../runtime/errors';
import type { AppSyncRuntime } from '../runtime/evaluator';
import { DocumentCache } from './document-cache';
import { FieldError, locationsOf, notAuthorized, requestError, toAppSyncError, type AppSyncError } from './errors';
import { runResolver, type DataSourceInvoker, type ExecutableResolver } from './resolver-runner';
import { selectionSetGraphQL, selectionSetList } from './selection-set';
import { noIntrospectionRule, queryDepthLimitRule } from './validation-rules';

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

export interface ExecutionEngineOptions {
  readonly description: ApiDescription;
  readonly runtime: AppSyncRuntime;
  /** One invoker per data source named in the description. */
  readonly dataSources: Readonly<Record<string, DataSourceInvoker>>;
  /** `ctx.env`, resolved for this deployment. @default {} */
  readonly environment?: Readonly<Record<string, string>>;
}

interface RequestState {
  readonly request: GraphQLRequest;
  readonly auth: RequestAuthorization;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  readonly appended: AppSyncError[];
  resolverCount: number;
}

/**
 * Executes GraphQL requests against an API description as AppSync does: documents parsed and validated
 * once, every field checked against the auth rules, resolvers run in the APPSYNC_JS runtime, and
 * responses in AppSync's shape.
 */
export class ExecutionEngine {
  readonly schema: GraphQLSchema;
  private readonly documents: DocumentCache;
  private readonly resolvers = new Map<string, ExecutableResolver>();
  private readonly environment: Readonly<Record<string, string>>;
  private readonly resolverCountLimit: number;

  constructor(options: ExecutionEngineOptions) {
    const { description, runtime, dataSources } = options;
    this.schema = description.schema;
    this.environment = Object.freeze({ ...(options.environment ?? {}) });
    const settings = description.definition.settings ?? {};
    this.resolverCountLimit = settings.resolverCountLimit || DEFAULT_RESOLVER_COUNT_LIMIT;
    const rules: ValidationRule[] = [...specifiedRules];
    if (settings.queryDepthLimit) rules.push(queryDepthLimitRule(settings.queryDepthLimit));
    if (settings.introspection === false) rules.push(noIntrospectionRule);
    this.documents = new DocumentCache(this.schema, rules);

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
    const prepared = this.documents.prepare(request.query);
    if ('errors' in prepared) {
      return { data: null, errors: prepared.errors.map((e) => requestError(e.message, 'ValidationError', e.locations)) };
    }
    const fragments: Record<string, FragmentDefinitionNode> = {};
    for (const definition of prepared.document.definitions) {
      if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    }
    const state: RequestState = { request, auth, fragments, appended: [], resolverCount: 0 };
    const result = await execute({
      schema: this.schema,
      document: prepared.document,
      rootValue: {},
      contextValue: state,
      variableValues: request.variables ?? undefined,
      operationName: request.operationName ?? undefined,
      fieldResolver: this.resolveField,
    });
    const errors = [...(result.errors ?? []).map(toAppSyncError), ...state.appended];
    const data = (result.data as Record<string, unknown> | null | undefined) ?? null;
    return errors.length > 0 ? { data, errors } : { data };
  }

  private readonly resolveField: GraphQLFieldResolver<unknown, RequestState> = (source, args, state, info) => {
    const typeName = info.parentType.name;
    if (!state.auth.isFieldAllowed(typeName, info.fieldName)) throw notAuthorized(info.fieldName, typeName);
    const resolver = this.resolvers.get(`${typeName}.${info.fieldName}`);
    if (!resolver) return defaultFieldResolver(source, args, state, info);
    state.resolverCount += 1;
    if (state.resolverCount > this.resolverCountLimit) {
      throw new FieldError(`The resolver count limit of ${this.resolverCountLimit} was exceeded.`, 'ResolverCountLimitExceeded');
    }
    const path = pathToArray(info.path);
    const locations = locationsOf(info.fieldNodes.map((node) => node.loc!.startToken).map((t) => ({ line: t.line, column: t.column })));
    return runResolver(resolver, {
      context: {
        arguments: args,
        args,
        identity: state.auth.identity,
        source: source ?? null,
        request: { headers: state.request.headers, domainName: state.request.domainName ?? null },
        env: this.environment as Record<string, string>,
        info: {
          fieldName: info.fieldName,
          parentTypeName: typeName,
          variables: (state.request.variables ?? {}) as Record<string, unknown>,
          selectionSetList: selectionSetList(info.fieldNodes, state.fragments),
          selectionSetGraphQL: selectionSetGraphQL(info.fieldNodes),
        },
      },
      options: { authType: state.auth.authType },
      appendError: (error: HandlerError) =>
        state.appended.push({
          path,
          data: error.data ?? null,
          errorType: error.errorType ?? null,
          errorInfo: error.errorInfo ?? null,
          locations,
          message: error.message,
        }),
    });
  };
}

function fileNameOf(file: string): string {
  return file.split('/').pop()!.replace(/\.ts$/, '.js');
}
