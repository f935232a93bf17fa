import { createHash } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';

/**
 * Login attempts counted per account and per client address in PostgreSQL, so every api
 * replica sees the same counts. Each attempt is counted atomically *before* its password
 * is checked (one upsert per key), so a burst of concurrent attempts gets at most `limit`
 * password checks per window; the rest are refused unchecked. A success clears the
 * account's count and gives the address its point back: only failures add up.
 */
@Injectable()
export class LoginThrottle implements OnModuleInit {
  private perAccount: RateLimiterPostgres;
  private perAddress: RateLimiterPostgres;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const pool: unknown = (this.dataSource.driver as PostgresDriver).master;
    const duration = this.config.login.blockMinutes * 60;
    const common = { storeClient: pool, tableName: 'login_rate_limits', tableCreated: true, duration };
    this.perAccount = new RateLimiterPostgres({ ...common, keyPrefix: 'account', points: this.config.login.maxFailuresPerAccount });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'address', points: this.config.login.maxFailuresPerAddress });
  }

  /**
   * Counts one attempt on both keys, or refuses it (TOO_MANY_ATTEMPTS) when either is
   * spent; a refused attempt gives back the point it took on the other key.
   */
  async consume(email: string, address: string): Promise<void> {
    await consumeAll(
      [
        { limiter: this.perAccount, key: throttleKey(email) },
        { limiter: this.perAddress, key: throttleKey(address) },
      ],
      (state) => this.tooMany(state),
    );
  }

  /** The password was right: the account starts afresh, the address gets its point back. */
  async succeeded(email: string, address: string): Promise<void> {
    await Promise.all([this.perAccount.delete(throttleKey(email)), this.perAddress.reward(throttleKey(address), 1)]);
  }

  private tooMany(state: RateLimiterRes): DomainError {
    const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
    return new DomainError(
      ErrorReason.TooManyAttempts,
      {
        fr: `Trop de tentatives de connexion. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
        en: `Too many login attempts. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      },
      { retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) },
    );
  }
}

/**
 * A key that always fits the limiter table's varchar(255), whatever the input's length:
 * short values as they are, long ones (and every e-mail, kept out of the table) hashed.
 */
export function throttleKey(value: string): string {
  const plain = value.trim().toLowerCase();
  if (!plain.includes('@') && plain.length <= 64) return plain;
  return createHash('sha256').update(plain).digest('hex');
}

/**
 * Consumes one point on every key at once. When any key is spent, the points taken on the
 * others are given back and the refusal of the key that frees up last is thrown; a store
 * failure is thrown as it is.
 */
export async function consumeAll(keys: { limiter: RateLimiterPostgres; key: string }[], refusal: (state: RateLimiterRes) => Error): Promise<void> {
  const results = await Promise.allSettled(keys.map(({ limiter, key }) => limiter.consume(key, 1)));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
  if (failures.length === 0) return;
  const storeError = failures.find((f) => !(f instanceof RateLimiterRes));
  if (storeError) throw storeError instanceof Error ? storeError : new Error('The rate limiter store failed', { cause: storeError });
  await Promise.all(keys.map(({ limiter, key }, i) => (results[i].status === 'fulfilled' ? limiter.reward(key, 1) : Promise.resolve())));
  const longest = (failures as RateLimiterRes[]).reduce((a, b) => (b.msBeforeNext > a.msBeforeNext ? b : a));
  throw refusal(longest);
}
