import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';

import { DynamoDbError } from '../../../local/store/errors';
import { createStoreClient, type LocalStoreClient } from '../../../local/store/store-client';
import { createTestTables, note } from './store-fixtures';

interface CapturedRequest {
  readonly headers: IncomingHttpHeaders;
  readonly body: string;
}

/** A stand-in DynamoDB endpoint that records requests and answers with a fixed reply. */
async function startRecordingEndpoint(reply: { status: number; body: string }) {
  const requests: CapturedRequest[] = [];
  const server: Server = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      requests.push({ headers: request.headers, body });
      response.writeHead(reply.status, { 'content-type': 'application/x-amz-json-1.0' }).end(reply.body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, port, requests, close: () => new Promise((resolve) => server.close(resolve)) };
}

describe('a store client of a real DynamoDB endpoint', () => {
  const credentials = { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY' };

  it('talks to a DynamoDB endpoint with the same JSON as the local store', async () => {
    const local: LocalStoreClient = await createStoreClient();
    const remote = await createStoreClient({ endpoint: local.endpoint, region: 'eu-west-1', credentials });
    try {
      expect(remote.kind).toBe('remote');
      expect([remote.endpoint, remote.region]).toEqual([local.endpoint, 'eu-west-1']);
      await createTestTables(remote);
      await remote.call('PutItem', { TableName: 'Notes', Item: note('a', { data: { B: 'AQID' } }) });
      expect(await remote.call('GetItem', { TableName: 'Notes', Key: { id: { S: 'a' } } })).toEqual({ Item: note('a', { data: { B: 'AQID' } }) });
      const error = await remote
        .call('PutItem', { TableName: 'Notes', Item: note('a'), ConditionExpression: 'attribute_not_exists(id)' })
        .catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(DynamoDbError);
      expect(error).toMatchObject({ statusCode: 400, type: 'ConditionalCheckFailedException', message: 'The conditional request failed' });
    } finally {
      await remote.close();
      await local.close();
    }
  });

  it('signs each request with SigV4 for the dynamodb service', async () => {
    const endpoint = await startRecordingEndpoint({ status: 200, body: '{"TableNames":[]}' });
    const remote = await createStoreClient({ endpoint: endpoint.url, region: 'eu-west-1', credentials });
    try {
      expect(await remote.call('ListTables', { Limit: 5 })).toEqual({ TableNames: [] });
      const [{ headers, body }] = endpoint.requests;
      expect(headers['x-amz-target']).toBe('DynamoDB_20120810.ListTables');
      expect(headers['content-type']).toBe('application/x-amz-json-1.0');
      expect(JSON.parse(body)).toEqual({ Limit: 5 });
      const authorization = headers.authorization as string;
      expect(authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE\/\d{8}\/eu-west-1\/dynamodb\/aws4_request, SignedHeaders=[^,]*host[^,]*, Signature=[0-9a-f]{64}$/);

      // Recompute the signature independently from what arrived: it must match.
      const signedHeaderNames = /SignedHeaders=([^,]+)/.exec(authorization)![1].split(';');
      const amzDate = headers['x-amz-date'] as string;
      const received = new HttpRequest({
        method: 'POST',
        protocol: 'http:',
        hostname: '127.0.0.1',
        port: endpoint.port,
        path: '/',
        headers: Object.fromEntries(signedHeaderNames.map((name) => [name, String(headers[name])])),
        body,
      });
      const signer = new SignatureV4({ service: 'dynamodb', region: 'eu-west-1', credentials, sha256: Sha256 });
      const expected = await signer.sign(received, {
        signingDate: new Date(`${amzDate.slice(0, 4)}-${amzDate.slice(4, 6)}-${amzDate.slice(6, 8)}T${amzDate.slice(9, 11)}:${amzDate.slice(11, 13)}:${amzDate.slice(13, 15)}Z`),
      });
      expect(expected.headers.authorization).toBe(authorization);
    } finally {
      await remote.close();
      await endpoint.close();
    }
  });

  it('takes region and credentials from the standard AWS chain', async () => {
    const endpoint = await startRecordingEndpoint({ status: 200, body: '{}' });
    const saved = { ...process.env };
    Object.assign(process.env, { AWS_ACCESS_KEY_ID: 'AKIDFROMENV', AWS_SECRET_ACCESS_KEY: 'secret', AWS_REGION: 'ap-southeast-2' });
    delete process.env.AWS_PROFILE;
    try {
      const remote = await createStoreClient({ endpoint: endpoint.url });
      await remote.call('ListTables', {});
      await remote.close();
      expect(remote.region).toBe('ap-southeast-2');
      expect(endpoint.requests[0].headers.authorization).toContain('Credential=AKIDFROMENV/');
    } finally {
      process.env = saved;
      await endpoint.close();
    }
  });

  it('turns error responses into DynamoDbError, whatever their body', async () => {
    const endpoint = await startRecordingEndpoint({ status: 503, body: '<html>busy</html>' });
    const remote = await createStoreClient({ endpoint: endpoint.url, region: 'eu-west-1', credentials });
    try {
      await expect(remote.call('ListTables', {})).rejects.toMatchObject({ statusCode: 503, type: 'HttpStatus503', message: '<html>busy</html>' });
    } finally {
      await remote.close();
      await endpoint.close();
    }
  });
});
