import { createHash, randomBytes } from 'node:crypto';

/** A secret for a link: 256 random bits, URL-safe. Give it out once; store only its hash. */
export function newSecretToken(): string {
  return randomBytes(32).toString('base64url');
}

/** What is stored and looked up: a token is as long as its hash is unguessable (char(64)). */
export function hashSecretToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
