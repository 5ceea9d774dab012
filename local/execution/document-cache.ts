import { parse, validate, GraphQLError, type DocumentNode, type GraphQLSchema, type ValidationRule } from 'graphql';

export type PreparedDocument = { readonly document: DocumentNode } | { readonly errors: readonly GraphQLError[] };

/**
 * Parsed and validated documents by query text. Clients send the same few operations over and over;
 * parsing and validating each once keeps the engine's cost per request close to execution alone.
 * Least recently used entries go first once `capacity` is reached.
 */
export class DocumentCache {
  private readonly entries = new Map<string, PreparedDocument>();

  constructor(
    private readonly schema: GraphQLSchema,
    private readonly rules: readonly ValidationRule[],
    private readonly capacity = 1000,
  ) {}

  prepare(query: string): PreparedDocument {
    const cached = this.entries.get(query);
    if (cached) {
      this.entries.delete(query);
      this.entries.set(query, cached);
      return cached;
    }
    const prepared = this.prepareUncached(query);
    if (this.entries.size >= this.capacity) this.entries.delete(this.entries.keys().next().value as string);
    this.entries.set(query, prepared);
    return prepared;
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
    return errors.length > 0 ? { errors } : { document };
  }
}
