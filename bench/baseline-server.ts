/**
 * The baseline of `npm run bench:server`: what a careful developer would write by hand without the engine.
 * A bare `node:http` server and graphql-js, resolvers calling DynamoDB through the AWS SDK's document
 * client, documents parsed and validated once per query text, and an API key checked on every request.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { buildSchema, execute, parse, validate, type DocumentNode, type GraphQLError } from 'graphql';

export interface BaselineServerOptions {
  /** The schema, without AppSync's own directives and scalars. */
  readonly schemaSdl: string;
  readonly apiKey: string;
  readonly documents: DynamoDBDocumentClient;
  readonly tableName: string;
}

export interface BaselineServer {
  readonly graphqlUrl: string;
  close(): Promise<void>;
}

interface RequestBody {
  readonly query: string;
  readonly variables?: Record<string, unknown>;
  readonly operationName?: string;
}

type Prepared = { readonly document: DocumentNode } | { readonly errors: readonly GraphQLError[] };

export async function startBaselineServer(options: BaselineServerOptions): Promise<BaselineServer> {
  const schema = buildSchema(options.schemaSdl);
  const rootValue = {
    ping: () => 'pong',
    item: async ({ id }: { id: string }) =>
      (await options.documents.send(new GetCommand({ TableName: options.tableName, Key: { id } }))).Item ?? null,
  };
  const prepared = new Map<string, Prepared>();
  const prepare = (query: string): Prepared => {
    let entry = prepared.get(query);
    if (!entry) {
      const document = parse(query);
      const errors = validate(schema, document);
      entry = errors.length > 0 ? { errors } : { document };
      prepared.set(query, entry);
    }
    return entry;
  };

  const server = createServer((request, response) => {
    void answer(request).then(
      ({ status, body }) => {
        const payload = JSON.stringify(body);
        response.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
        response.end(payload);
      },
      () => response.writeHead(500).end(),
    );
  });

  async function answer(request: IncomingMessage): Promise<{ status: number; body: unknown }> {
    if (request.headers['x-api-key'] !== options.apiKey) return { status: 401, body: { errors: [{ message: 'Unauthorized' }] } };
    const body = JSON.parse(await readBody(request)) as RequestBody;
    const found = prepare(body.query);
    if ('errors' in found) return { status: 200, body: { errors: found.errors } };
    const result = await execute({
      schema,
      document: found.document,
      rootValue,
      variableValues: body.variables,
      operationName: body.operationName,
    });
    return { status: 200, body: result };
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { graphqlUrl: `http://127.0.0.1:${port}/graphql`, close: () => closeServer(server) };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request as AsyncIterable<Buffer>) chunks.push(chunk);
  return Buffer.concat(chunks).toString('utf8');
}

function closeServer(server: Server): Promise<void> {
  const closed = new Promise<void>((resolve) => server.close(() => resolve()));
  server.closeAllConnections();
  return closed;
}
