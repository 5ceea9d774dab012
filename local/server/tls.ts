import { existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { generate } from 'selfsigned';

/** A key and certificate in PEM, as `https.createServer` takes them. */
export interface TlsCredentials {
  readonly key: string;
  readonly cert: string;
}

const CERT_FILE = 'tls-cert.pem';
const KEY_FILE = 'tls-key.pem';

/**
 * A self-signed certificate for `localhost` and 127.0.0.1, made on this machine (nothing is downloaded).
 * Clients that insist on `https:`/`wss:` (Amplify JS v6 turns every real-time URL into wss://) can then
 * reach the local endpoint once they trust it. Kept in `directory` when given, so a browser's exception
 * or a client's pinned CA survives restarts.
 */
export async function localTlsCredentials(directory?: string): Promise<TlsCredentials> {
  if (directory && existsSync(path.join(directory, CERT_FILE)) && existsSync(path.join(directory, KEY_FILE))) {
    return { cert: readFileSync(path.join(directory, CERT_FILE), 'utf8'), key: readFileSync(path.join(directory, KEY_FILE), 'utf8') };
  }
  const notBeforeDate = new Date();
  const pems = await generate([{ name: 'commonName', value: 'localhost' }], {
    keySize: 2048,
    algorithm: 'sha256',
    notBeforeDate,
    notAfterDate: new Date(notBeforeDate.getTime() + 365 * 24 * 3600 * 1000),
    extensions: [
      { name: 'basicConstraints', cA: false },
      { name: 'keyUsage', digitalSignature: true, keyEncipherment: true },
      { name: 'extKeyUsage', serverAuth: true },
      { name: 'subjectAltName', altNames: [{ type: 2, value: 'localhost' }, { type: 7, ip: '127.0.0.1' }, { type: 7, ip: '::1' }] },
    ],
  });
  const credentials = { key: pems.private, cert: pems.cert };
  if (directory) {
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, CERT_FILE), credentials.cert);
    writeFileSync(path.join(directory, KEY_FILE), credentials.key, { mode: 0o600 });
  }
  return credentials;
}
