import { createHash, randomBytes } from 'node:crypto';

/** 32 random bytes, base64url: 43 characters, 256 bits, nothing to guess. */
export const newPersonalLinkToken = () => randomBytes(32).toString('base64url');

/** What is stored and looked up: the hex SHA-256 of the token. */
export const personalLinkHash = (token: string) => createHash('sha256').update(token, 'utf8').digest('hex');

/** The shape of a token: anything else is refused before reaching the database. */
export const looksLikePersonalLinkToken = (value: string) => /^[A-Za-z0-9_-]{43}$/.test(value);
