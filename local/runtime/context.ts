/** The resolver context object AppSync passes to every handler. */
export interface ResolverContext {
  arguments: Record<string, unknown>;
  args: Record<string, unknown>;
  identity: unknown;
  source: unknown;
  /** Mutable through a run, never replaced: the same object travels through a pipeline. */
  readonly stash: Record<string, unknown>;
  prev: { result: unknown };
  result?: unknown;
  error?: { message: string; type: string };
  request: { headers: Record<string, string>; domainName: string | null };
  /** The API's environment variables. */
  env: Record<string, string>;
  info: {
    fieldName: string;
    parentTypeName: string;
    variables: Record<string, unknown>;
    selectionSetList: string[];
    selectionSetGraphQL: string;
  };
}

/** What the engine knows of a field for its context (the rest starts empty): every part present. */
export type ContextInput = Pick<ResolverContext, 'arguments' | 'identity' | 'source' | 'request' | 'env' | 'info'>;

/**
 * A context as AppSync builds it from a partial description (EvaluateCode's `context` JSON): `args` is
 * the same object as `arguments`, and missing parts get AppSync's empty values. The engine builds the
 * contexts of its resolver calls in the sandbox instead (`Sandbox.adoptContext`), in the same shape.
 */
export function buildContext(input: Partial<Omit<ResolverContext, 'args'>> & { args?: Record<string, unknown> }): ResolverContext {
  const args = input.arguments ?? input.args ?? {};
  const ctx: ResolverContext = {
    arguments: args,
    args,
    identity: input.identity ?? null,
    source: input.source ?? null,
    stash: input.stash ?? {},
    prev: input.prev ?? { result: null },
    request: input.request ?? { headers: {}, domainName: null },
    env: input.env ?? {},
    info: input.info ?? { fieldName: '', parentTypeName: '', variables: {}, selectionSetList: [], selectionSetGraphQL: '' },
  };
  if (input.result !== undefined) ctx.result = input.result;
  if (input.error !== undefined) ctx.error = input.error;
  return ctx;
}
