import { Kind, parse, validate, GraphQLError, type DocumentNode, type FragmentDefinitionNode, type GraphQLSchema, type ValidationRule } from 'graphql';

export type PreparedDocument =
  | { readonly document: DocumentNode; readonly fragments: Readonly<Record<string, FragmentDefinitionNode>> }
  | { readonly errors: readonly GraphQLError[] };

/**
 * Parsed and validated documents by query text, with their fragments by name. Clients send the same few
 * operations over and over; preparing each once keeps the engine's cost per request close to execution alone.
 * Least recently used entries go first once `capacity` is reached.
 */
export class DocumentCache {
  /** Each entry with the tick of its last use: a hit only updates the tick, so a busy cache does not churn. */
  private readonly entries = new Map<string, { readonly prepared: PreparedDocument; used: number }>();
  private tick = 0;

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly capacity = 1000,
  ) {}

  prepare(query: string): PreparedDocument {
    this.tick += 1;
    const cached = this.entries.get(query);
    if (cached) {
      cached.used = this.tick;
      return cached.prepared;
    }
    const prepared = this.prepareUncached(query);
    if (this.entries.size >= this.capacity) this.evictLeastRecentlyUsed();
    this.entries.set(query, { prepared, used: this.tick });
    return prepared;
  }

  private evictLeastRecentlyUsed(): void {
    let oldest: string | undefined;
    let oldestUse = Infinity;
    for (const [query, entry] of this.entries) {
      if (entry.used < oldestUse) {
        oldest = query;
        oldestUse = entry.used;
      }
    }
    if (oldest !== undefined) this.entries.delete(oldest);
  }

  private prepareUncached(query: string): PreparedDocument {
    let document: DocumentNode;
    try {
      document = parse(query);
    } catch (error) {
      if (error instanceof GraphQLError) return { errors: [error] };
      throw error;
    }
    const errors = validate(this.schema, document, this.rules);
    return errors.length > 0 ? { errors } : { document, fragments: fragmentsOf(document) };
  }
}

/** The fragment definitions of a document by name. */
export function fragmentsOf(document: DocumentNode): Record<string, FragmentDefinitionNode> {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
  }
  return fragments;
}
