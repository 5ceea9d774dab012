/**
 * A StoreClient for a real DynamoDB endpoint (AWS, or any DynamoDB-compatible server). No gateway logic: each
 * call is one SigV4-signed request of the JSON protocol, so requests and responses are the same JSON bodies as
 * with the local store. Region and credentials come from the standard AWS chains, resolved by the SDK's own
 * DynamoDB client configuration, unless given.
 */
import { Sha256 } from '@aws-crypto/sha256-js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

import type { JsonObject } from './dynalite-internals';
import { DynamoDbError } from './errors';
import type { RemoteStoreOptions } from './options';
import type { StoreClient } from './store-client';
import type { DynamoDbOperation } from './store-gateway';

const TARGET_PREFIX = 'DynamoDB_20120810.';

export class RemoteStoreClient implements StoreClient {
  readonly kind = 'remote';

  private constructor(
    readonly endpoint: string,
    readonly region: string,
    private readonly signer: SignatureV4,
    private readonly sdkClient: DynamoDBClient,
  ) {}

  static async open(options: RemoteStoreOptions): Promise<RemoteStoreClient> {
    const sdkClient = new DynamoDBClient({
      endpoint: options.endpoint,
      ...(options.region === undefined ? {} : { region: options.region }),
      ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    });
    try {
      const region = await sdkClient.config.region();
      const signer = new SignatureV4({ service: 'dynamodb', region, credentials: sdkClient.config.credentials, sha256: Sha256 });
      return new RemoteStoreClient(options.endpoint, region, signer, sdkClient);
    } catch (error) {
      sdkClient.destroy();
      throw error;
    }
  }

  async call(operation: DynamoDbOperation, input: JsonObject): Promise<JsonObject> {
    const url = new URL(this.endpoint);
    const body = JSON.stringify(input);
    const signed = await this.signer.sign(
      new HttpRequest({
        method: 'POST',
        protocol: url.protocol,
        hostname: url.hostname,
        ...(url.port ? { port: Number(url.port) } : {}),
        path: url.pathname,
        headers: {
          host: url.host,
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': TARGET_PREFIX + operation,
        },
        body,
      }),
    );
    // fetch sets Host itself (to the same value that was signed) and refuses to be given one.
    const { host: _host, ...headers } = signed.headers;
    const response = await fetch(url, { method: 'POST', headers, body });
    const json = parseBody(await response.text());
    if (response.ok) return json;
    const type = (json.__type as string | undefined) ?? response.headers.get('x-amzn-errortype') ?? `HttpStatus${response.status}`;
    throw new DynamoDbError(response.status, { ...json, __type: type });
  }

  async close(): Promise<void> {
    this.sdkClient.destroy();
  }
}

/** A JSON body; anything else (an HTML error page of a proxy, …) becomes the message of an error body. */
function parseBody(text: string): JsonObject {
  if (!text) return {};
  try {
    return JSON.parse(text) as JsonObject;
  } catch {
    return { message: text };
  }
}
