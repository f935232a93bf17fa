import { createHmac } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import * as bcrypt from 'bcrypt';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';

/**
 * The scheme of new hashes: bcrypt of the base64 HMAC-SHA-256 of the password (NFKC), so
 * every byte counts (bcrypt alone ignores what follows the 72nd byte) and no NUL byte
 * reaches bcrypt. The HMAC key is not a secret: it keeps these pre-hashes apart from plain
 * SHA-256 digests leaked elsewhere ("password shucking").
 */
const PREHASHED = 'hmac-sha256$';
const PREHASH_KEY = 'collegial password pre-hash v1';

function prehash(password: string): string {
  return createHmac('sha256', PREHASH_KEY).update(password.normalize('NFKC'), 'utf8').digest('base64');
}

/** Hashes written before pre-hashing: plain bcrypt ("$2b$12$…"), still verified, rehashed at the next login. */
const isLegacy = (hash: string) => /^\$2[aby]\$/.test(hash);

function compare(password: string, hash: string): Promise<boolean> {
  if (hash.startsWith(PREHASHED)) return bcrypt.compare(prehash(password), hash.slice(PREHASHED.length));
  if (isLegacy(hash)) return bcrypt.compare(password, hash);
  return Promise.resolve(false);
}

@Injectable()
export class PasswordHasher {
  /** Compared against when the account does not exist, so timing does not reveal it. */
  private readonly decoy: Promise<string>;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {
    this.decoy = this.hash('decoy password never used');
  }

  async hash(password: string): Promise<string> {
    return PREHASHED + (await bcrypt.hash(prehash(password), this.config.bcryptCost));
  }

  async verify(password: string, hash: string | null): Promise<boolean> {
    if (!hash) {
      await compare(password, await this.decoy);
      return false;
    }
    return compare(password, hash);
  }

  /** A hash of an older scheme or cost: replace it while the password is at hand. */
  needsRehash(hash: string): boolean {
    if (!hash.startsWith(PREHASHED)) return true;
    return bcrypt.getRounds(hash.slice(PREHASHED.length)) !== this.config.bcryptCost;
  }
}
