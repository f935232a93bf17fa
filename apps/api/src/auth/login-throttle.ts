import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { DomainError, ErrorReason } from '../core/errors/domain-error';

/**
 * Failed logins counted per account and per address in PostgreSQL, so every api replica
 * sees the same counts. A success clears the account's count.
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

  async assertAllowed(email: string, address: string): Promise<void> {
    const [account, client] = await Promise.all([this.perAccount.get(email), this.perAddress.get(address)]);
    const blocked = [
      { state: account, limit: this.config.login.maxFailuresPerAccount },
      { state: client, limit: this.config.login.maxFailuresPerAddress },
    ].find(({ state, limit }) => state !== null && state.consumedPoints >= limit);
    if (blocked?.state) throw this.tooMany(blocked.state);
  }

  async recordFailure(email: string, address: string): Promise<void> {
    await Promise.all([
      this.perAccount.penalty(email, 1),
      this.perAddress.penalty(address, 1),
    ]);
  }

  async recordSuccess(email: string): Promise<void> {
    await this.perAccount.delete(email);
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
