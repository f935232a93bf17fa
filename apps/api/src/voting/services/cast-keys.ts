import { createHash, createHmac } from 'node:crypto';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';

const KEY_SHAPE = /^[A-Za-z0-9_-]{16,100}$/;
/** Crockford's base 32: no I, L, O or U, so a receipt read aloud or copied by hand survives. */
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A vote's key and receipt. The key is the client's (one UUID per vote); the database
 * keeps only its hash, beside the voter. The receipt is derived from the key with the
 * server's secret, so a retry gets the same receipt without anything in the database
 * linking a voter to it: in a secret ballot, the receipt sits in the box, the key's hash
 * on the participation list, and neither can be computed from the other.
 */
export class CastKeys {
  constructor(private readonly secret: string) {}

  static check(key: unknown): string {
    if (typeof key !== 'string' || !KEY_SHAPE.test(key)) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: 'La clé du vote doit être un identifiant aléatoire (un UUID) créé une fois par vote.',
        en: "The vote's key must be a random identifier (a UUID) made once per vote.",
      });
    }
    return key;
  }

  keyHash(ballotId: string, memberId: string, key: string): Buffer {
    return createHash('sha256').update(`collegial-vote-key|${ballotId}|${memberId}|${key}`).digest();
  }

  receipt(ballotId: string, memberId: string, key: string): string {
    const digest = createHmac('sha256', this.secret).update(`collegial-receipt|${ballotId}|${memberId}|${key}`).digest();
    return formatReceipt(digest);
  }
}

/** 80 bits as 16 base-32 characters in four groups: « 7KQF-3MZP-9XTA-W2HD ». */
export function formatReceipt(digest: Buffer): string {
  let bits = 0;
  let value = 0;
  let out = '';
  for (const byte of digest.subarray(0, 10)) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += ALPHABET[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
    value &= (1 << bits) - 1;
  }
  return out.match(/.{4}/g)!.join('-');
}

/** A receipt as a person may type it: case and separators forgiven. */
export function normaliseReceipt(input: string): string | null {
  const compact = input.toUpperCase().replace(/[\s-]/g, '').replace(/[IL]/g, '1').replace(/O/g, '0');
  if (!/^[0-9A-HJKMNP-TV-Z]{16}$/.test(compact)) return null;
  return compact.match(/.{4}/g)!.join('-');
}
