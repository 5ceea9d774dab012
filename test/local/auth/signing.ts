import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

/** Signs a request as the AWS SDKs and AppSync clients do, with @smithy/signature-v4. */
export interface SignInput {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string;
  readonly signingDate: Date;
  readonly region?: string;
  readonly service?: string;
  readonly method?: string;
  readonly path?: string;
  readonly query?: Record<string, string>;
  readonly headers?: Record<string, string>;
  readonly body?: string;
  /** Whether the signer adds and signs x-amz-content-sha256 (the SDK default). */
  readonly applyChecksum?: boolean;
}

export interface SignedHttpRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
}

export async function signRequest(input: SignInput): Promise<SignedHttpRequest> {
  const signer = new SignatureV4({
    service: input.service ?? 'appsync',
    region: input.region ?? 'us-east-1',
    sha256: Sha256,
    credentials: {
      accessKeyId: input.accessKeyId,
      secretAccessKey: input.secretAccessKey,
      sessionToken: input.sessionToken,
    },
    applyChecksum: input.applyChecksum ?? true,
  });
  const method = input.method ?? 'POST';
  const path = input.path ?? '/graphql';
  const signed = await signer.sign(
    new HttpRequest({
      method,
      hostname: 'localhost',
      path,
      query: input.query,
      headers: { host: 'localhost:20002', 'content-type': 'application/json', ...input.headers },
      body: input.body,
    }),
    { signingDate: input.signingDate },
  );
  const queryString = input.query === undefined ? '' : `?${new URLSearchParams(input.query).toString()}`;
  return { method, path: `${path}${queryString}`, headers: signed.headers, body: input.body };
}
