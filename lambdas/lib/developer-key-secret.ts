import { createHash, randomBytes as cryptoRandomBytes } from 'node:crypto';

/** Every developer key starts so: recognisable in logs and secret scanners, and told apart from JWTs. */
export const DEVELOPER_KEY_PREFIX = 'toy_';

/** How much of a key is stored and shown in clear, to recognise it. */
const SHOWN_CHARACTERS = 12;

/** A new developer key: 256 random bits after the prefix. */
export function newDeveloperKeySecret(randomBytes: (size: number) => Uint8Array = cryptoRandomBytes): string {
  return `${DEVELOPER_KEY_PREFIX}${Buffer.from(randomBytes(32)).toString('base64url')}`;
}

/** What is stored instead of the key, and looked up by the authorizer: SHA-256, hex. */
export function developerKeyHash(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

export function shownPart(secret: string): string {
  return secret.slice(0, SHOWN_CHARACTERS);
}
