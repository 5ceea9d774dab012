import { SigV4Verifier, isSigV4Authorization, type IamCredential } from '../../../local/auth/sigv4';
import { signRequest, type SignInput } from './signing';
import { refusal } from './refusal';

const NOW = Date.UTC(2025, 0, 15, 12, 0, 0);
const MINUTE = 60_000;
const BODY = JSON.stringify({ query: 'query { getPost(id: "1") { id } }' });

const developer: IamCredential = {
  secretAccessKey: 'developer-secret',
  accountId: '111122223333',
  userArn: 'arn:aws:iam::111122223333:user/developer',
  username: 'AIDAEXAMPLEDEVELOPER',
};
const rolePrincipal: IamCredential = {
  secretAccessKey: 'role-secret',
  sessionToken: 'session-token-1',
  accountId: '111122223333',
  userArn: 'arn:aws:sts::111122223333:assumed-role/Unauth/CognitoIdentityCredentials',
  username: 'AROAEXAMPLE:CognitoIdentityCredentials',
  cognitoIdentityPoolId: 'us-east-1:11111111-2222-3333-4444-555555555555',
  cognitoIdentityId: 'us-east-1:66666666-7777-8888-9999-000000000000',
  cognitoIdentityAuthType: 'unauthenticated',
};

const verifier = new SigV4Verifier({
  credentials: { AKIDDEVELOPER: developer, ASIAROLE: rolePrincipal },
  now: () => NOW,
});

function signedAs(overrides: Partial<SignInput> = {}) {
  return signRequest({
    accessKeyId: 'AKIDDEVELOPER',
    secretAccessKey: developer.secretAccessKey,
    signingDate: new Date(NOW),
    body: BODY,
    ...overrides,
  });
}

describe('SigV4Verifier', () => {
  it('accepts a request signed by a configured key and reports the caller without its secret', async () => {
    const request = await signedAs();
    expect(isSigV4Authorization(request.headers.authorization)).toBe(true);
    const verified = await verifier.verify(request);
    expect(verified).toEqual({
      accessKeyId: 'AKIDDEVELOPER',
      caller: { accountId: '111122223333', userArn: developer.userArn, username: developer.username },
    });
  });

  it('accepts temporary credentials carrying their session token', async () => {
    const request = await signedAs({
      accessKeyId: 'ASIAROLE',
      secretAccessKey: 'role-secret',
      sessionToken: 'session-token-1',
    });
    const { caller } = await verifier.verify(request);
    expect(caller).toMatchObject({
      cognitoIdentityAuthType: 'unauthenticated',
      cognitoIdentityId: rolePrincipal.cognitoIdentityId,
    });
  });

  it('refuses temporary credentials without, or with another, session token', async () => {
    const withoutToken = await signedAs({ accessKeyId: 'ASIAROLE', secretAccessKey: 'role-secret' });
    const otherToken = await signedAs({
      accessKeyId: 'ASIAROLE',
      secretAccessKey: 'role-secret',
      sessionToken: 'stolen',
    });
    for (const request of [withoutToken, otherToken]) {
      expect(await refusal(verifier.verify(request))).toMatchObject({
        errorType: 'UnrecognizedClientException',
        message: 'The security token included in the request is invalid.',
        reason: 'invalid-session-token',
      });
    }
  });

  it('accepts a request signed without a payload hash header (as aws-appsync-auth-link signs)', async () => {
    await expect(verifier.verify(await signedAs({ applyChecksum: false }))).resolves.toBeDefined();
  });

  it('accepts the signed WebSocket connect request (POST <url>/connect, body {})', async () => {
    await expect(verifier.verify(await signedAs({ path: '/graphql/connect', body: '{}' }))).resolves.toBeDefined();
  });

  it('accepts a signed query string', async () => {
    const request = await signedAs({ method: 'GET', body: undefined, query: { query: '{ a }', b: 'x y' } });
    await expect(verifier.verify(request)).resolves.toBeDefined();
  });

  it('ignores headers the caller did not sign', async () => {
    const request = await signedAs();
    await expect(
      verifier.verify({ ...request, headers: { ...request.headers, 'user-agent': 'test', 'x-extra': '1' } }),
    ).resolves.toBeDefined();
  });

  it('refuses a signature made with the wrong secret', async () => {
    const refused = await refusal(verifier.verify(await signedAs({ secretAccessKey: 'guessed' })));
    expect(refused).toMatchObject({
      errorType: 'InvalidSignatureException',
      statusCode: 403,
      reason: 'signature-mismatch',
      message:
        'The request signature we calculated does not match the signature you provided. ' +
        'Check your AWS Secret Access Key and signing method. Consult the service documentation for details.',
    });
  });

  it('refuses an unknown access key', async () => {
    const refused = await refusal(verifier.verify(await signedAs({ accessKeyId: 'AKIDUNKNOWN' })));
    expect(refused).toMatchObject({
      errorType: 'UnrecognizedClientException',
      statusCode: 403,
      reason: 'unknown-access-key',
    });
  });

  it('refuses a changed body: by the signature, or by the signed payload hash', async () => {
    const unhashed = await signedAs({ applyChecksum: false });
    expect((await refusal(verifier.verify({ ...unhashed, body: BODY.replace('getPost', 'delPost') }))).reason).toBe(
      'signature-mismatch',
    );
    const hashed = await signedAs();
    expect((await refusal(verifier.verify({ ...hashed, body: BODY.replace('getPost', 'delPost') }))).reason).toBe(
      'payload-hash-mismatch',
    );
  });

  it('refuses a changed signed header, method or path', async () => {
    const request = await signedAs();
    for (const changed of [
      { ...request, headers: { ...request.headers, host: 'evil.example.com' } },
      { ...request, method: 'PUT' },
      { ...request, path: '/graphql/other' },
    ]) {
      expect((await refusal(verifier.verify(changed))).reason).toBe('signature-mismatch');
    }
  });

  it("accepts a date within 5 minutes either way and refuses one outside, with AWS's wording", async () => {
    await expect(verifier.verify(await signedAs({ signingDate: new Date(NOW - 5 * MINUTE) }))).resolves.toBeDefined();
    await expect(verifier.verify(await signedAs({ signingDate: new Date(NOW + 5 * MINUTE) }))).resolves.toBeDefined();
    expect(await refusal(verifier.verify(await signedAs({ signingDate: new Date(NOW - 6 * MINUTE) })))).toMatchObject({
      errorType: 'InvalidSignatureException',
      reason: 'signature-expired',
      message: 'Signature expired: 20250115T115400Z is now earlier than 20250115T115500Z (20250115T120000Z - 5 min.)',
    });
    expect(await refusal(verifier.verify(await signedAs({ signingDate: new Date(NOW + 6 * MINUTE) })))).toMatchObject({
      reason: 'signature-not-yet-current',
      message:
        'Signature not yet current: 20250115T120600Z is still later than 20250115T120500Z (20250115T120000Z + 5 min.)',
    });
  });

  it('allows another skew when configured', async () => {
    const lenient = new SigV4Verifier({
      credentials: { AKIDDEVELOPER: developer },
      now: () => NOW,
      maxSkewMinutes: 15,
    });
    await expect(lenient.verify(await signedAs({ signingDate: new Date(NOW - 14 * MINUTE) }))).resolves.toBeDefined();
  });

  it('refuses a signature scoped to another region or service', async () => {
    expect(await refusal(verifier.verify(await signedAs({ region: 'eu-west-1' })))).toMatchObject({
      reason: 'wrong-credential-scope',
      message: "Credential should be scoped to a valid region, not 'eu-west-1'.",
    });
    expect(await refusal(verifier.verify(await signedAs({ service: 'execute-api' })))).toMatchObject({
      reason: 'wrong-credential-scope',
      message: "Credential should be scoped to correct service: 'appsync'.",
    });
  });

  it('refuses an incomplete Authorization header', async () => {
    const request = await signedAs();
    const { 'x-amz-date': _date, ...withoutDate } = request.headers;
    expect(await refusal(verifier.verify({ ...request, headers: withoutDate }))).toMatchObject({
      errorType: 'IncompleteSignatureException',
      reason: 'incomplete-signature',
    });
    const truncated = request.headers.authorization.replace(/, Signature=.*/, '');
    const refused = await refusal(
      verifier.verify({ ...request, headers: { ...request.headers, authorization: truncated } }),
    );
    expect(refused.message).toContain("Authorization header requires 'Signature' parameter.");
  });
});
