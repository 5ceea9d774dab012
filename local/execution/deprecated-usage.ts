import {
  getOperationAST,
  isInterfaceType,
  isIntrospectionType,
  isObjectType,
  separateOperations,
  TypeInfo,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLSchema,
} from 'graphql';

/** The request header a client names itself in; without it, the user agent stands for the client. */
export const CLIENT_NAME_HEADER = 'x-client-name';

/** A field of the schema marked `@deprecated`, with the reason it gives. */
export interface DeprecatedField {
  readonly typeName: string;
  readonly fieldName: string;
  readonly reason: string;
}

/** Who used a deprecated field, and how. */
export interface DeprecatedFieldUse {
  /** The operation's name, or `(anonymous query)` and the like. */
  readonly operation: string;
  /** `Type.field`. */
  readonly field: string;
  /** The `x-client-name` header, else the `user-agent`, else `unknown`. */
  readonly client: string;
}

export interface DeprecatedFieldCount extends DeprecatedFieldUse {
  readonly count: number;
  readonly reason: string;
}

export interface DeprecatedFieldUsageOptions {
  /** Receives one line per use. @default console.log */
  readonly log?: (line: string) => void;
}

/** Every deprecated field of the schema's object and interface types. */
export function deprecatedFieldsOf(schema: GraphQLSchema): DeprecatedField[] {
  return Object.values(schema.getTypeMap()).flatMap((type) =>
    (isObjectType(type) || isInterfaceType(type)) && !isIntrospectionType(type)
      ? Object.values(type.getFields())
          .filter((field) => field.deprecationReason != null)
          .map((field) => ({ typeName: type.name, fieldName: field.name, reason: field.deprecationReason! }))
      : [],
  );
}

/** The client a request comes from, as far as its headers say (names lower-case). */
export function clientOf(headers: Readonly<Record<string, string>>): string {
  return headers[CLIENT_NAME_HEADER] || headers['user-agent'] || 'unknown';
}

/**
 * Counts and logs the uses of deprecated fields: one use per request whose operation selects the field
 * (however often it then resolves), per operation, field and client. These are the figures a removal is
 * decided on: a client that still selects the field breaks the day it goes. Which fields an operation
 * selects is worked out once per parsed document.
 */
export class DeprecatedFieldUsage {
  private readonly log: (line: string) => void;
  private readonly counts = new Map<string, DeprecatedFieldCount>();
  private readonly selections = new WeakMap<DocumentNode, Map<string, readonly DeprecatedField[]>>();

  constructor(
    private readonly schema: GraphQLSchema,
    options: DeprecatedFieldUsageOptions = {},
  ) {
    this.log = options.log ?? ((line: string) => console.log(line));
  }

  /** Records the deprecated fields a valid request's operation selects, and returns their uses. */
  record(document: DocumentNode, request: { readonly operationName?: string | null; readonly headers: Readonly<Record<string, string>> }): DeprecatedFieldUse[] {
    const operation = getOperationAST(document, request.operationName ?? undefined);
    if (!operation) return [];
    const fields = this.selectedDeprecatedFields(document, operation.name?.value ?? '');
    if (fields.length === 0) return [];
    const operationName = operation.name?.value ?? `(anonymous ${operation.operation})`;
    const client = clientOf(request.headers);
    return fields.map(({ typeName, fieldName, reason }) => {
      const use = { operation: operationName, field: `${typeName}.${fieldName}`, client };
      const key = JSON.stringify([use.field, use.operation, use.client]);
      const count = (this.counts.get(key)?.count ?? 0) + 1;
      this.counts.set(key, { ...use, reason, count });
      this.log(`deprecated field ${use.field} used by operation ${use.operation} (client: ${client}), use ${count}: ${reason}`);
      return use;
    });
  }

  /** The uses so far, by field, then operation, then client. */
  snapshot(): DeprecatedFieldCount[] {
    return [...this.counts.values()].sort(
      (a, b) => a.field.localeCompare(b.field) || a.operation.localeCompare(b.operation) || a.client.localeCompare(b.client),
    );
  }

  private selectedDeprecatedFields(document: DocumentNode, operationName: string): readonly DeprecatedField[] {
    let byOperation = this.selections.get(document);
    if (!byOperation) this.selections.set(document, (byOperation = new Map()));
    let found = byOperation.get(operationName);
    if (!found) byOperation.set(operationName, (found = this.deprecatedFieldsIn(separateOperations(document)[operationName])));
    return found;
  }

  /** The deprecated fields an operation (with the fragments it spreads) selects, each once. */
  private deprecatedFieldsIn(operationDocument: DocumentNode | undefined): DeprecatedField[] {
    if (!operationDocument) return [];
    const found = new Map<string, DeprecatedField>();
    const typeInfo = new TypeInfo(this.schema);
    visit(
      operationDocument,
      visitWithTypeInfo(typeInfo, {
        Field: () => {
          const field = typeInfo.getFieldDef();
          const parent = typeInfo.getParentType();
          if (!field || !parent || field.deprecationReason == null) return;
          found.set(`${parent.name}.${field.name}`, { typeName: parent.name, fieldName: field.name, reason: field.deprecationReason });
        },
      }),
    );
    return [...found.values()];
  }
}
