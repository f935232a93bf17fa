import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { RateLimiterPostgres, type RateLimiterRes } from 'rate-limiter-flexible';
import { type DataSource, IsNull } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Mailer } from '../../core/mail/mailer.service';
import type { Locale } from '../../core/locale/locale';
import { Transactions } from '../../core/transactions/transactions';
import { AccountsService, type OpenedSession } from './accounts.service';
import { normaliseEmail } from '../passwords/credentials-policy';
import { consumeAll, throttleKey } from './login-throttle';
import { accountExistsMail, confirmRegistrationMail } from '../registration-mails';
import { RegistrationRequest } from '../entities/registration-request.entity';
import { hashSecretToken, newSecretToken } from './secret-token';
import { SessionsService } from './sessions.service';

const UNUSABLE = {
  fr: "Ce lien d'inscription n'est plus valable (déjà utilisé ou expiré). Inscrivez-vous de nouveau pour en recevoir un autre.",
  en: 'This registration link can no longer be used (already used or expired). Register again to receive a new one.',
};

/**
 * Registration goes by e-mail, and says nothing about which addresses have an account:
 * `request` answers the same for every address, and the mail says what to do. A new
 * address gets a link to confirm it and set up the account (`confirm`); an address that
 * already has an account gets a reminder to log in.
 */
@Injectable()
export class RegistrationsService implements OnModuleInit {
  private perEmail: RateLimiterPostgres;
  private perAddress: RateLimiterPostgres;

  constructor(
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
    private readonly mailer: Mailer,
  ) {}

  /** Inside the current transaction, if any. */
  private get requests() {
    return this.transactions.tx.getRepository(RegistrationRequest);
  }

  onModuleInit(): void {
    const pool: unknown = (this.dataSource.driver as PostgresDriver).master;
    // The login limiter's table: one (key, points, expire) row per key, prefixes apart.
    const common = { storeClient: pool, tableName: 'login_rate_limits', tableCreated: true, duration: this.config.registration.windowMinutes * 60 };
    this.perEmail = new RateLimiterPostgres({ ...common, keyPrefix: 'register-email', points: this.config.registration.maxPerEmail });
    this.perAddress = new RateLimiterPostgres({ ...common, keyPrefix: 'register-address', points: this.config.registration.maxPerAddress });
  }

  /** Mails the address what to do next; the answer is the same whether it has an account or not. */
  async request(input: { email: string; locale?: Locale | null }, clientAddress: string): Promise<void> {
    const email = normaliseEmail(input.email);
    await consumeAll(
      [
        { limiter: this.perEmail, key: throttleKey(email) },
        { limiter: this.perAddress, key: throttleKey(clientAddress) },
      ],
      (state) => tooMany(state),
    );
    const existing = await this.accounts.findByEmail(email);
    if (existing) {
      await this.mailer.send({
        to: email,
        locale: existing.locale,
        content: accountExistsMail(existing.locale, existing.displayName, `${this.config.publicUrl}/login`),
      });
      return;
    }
    const locale = input.locale ?? 'fr';
    const token = newSecretToken();
    const request = await this.requests.save(
      this.requests.create({
        email,
        locale,
        tokenHash: hashSecretToken(token),
        expiresAt: new Date(Date.now() + this.config.registration.ttlHours * 3_600_000),
        usedAt: null,
      }),
    );
    try {
      await this.mailer.send({
        to: email,
        locale,
        content: confirmRegistrationMail(locale, `${this.config.publicUrl}/registration#${token}`, request.expiresAt),
      });
    } catch (error) {
      await this.requests.delete({ id: request.id });
      throw error;
    }
  }

  /**
   * The link's holder owns the address: the account is created with the chosen password
   * and name, and logged in. The link then stops working, and so do the address's other
   * pending links. A refused password changes nothing: the link still works.
   */
  async confirm(input: { token: string; password: string; displayName: string }, clientAddress: string): Promise<OpenedSession> {
    const tokenHash = hashSecretToken(input.token);
    const usable = (request: RegistrationRequest | null): request is RegistrationRequest => !!request && !request.usedAt && request.expiresAt > new Date();
    // The password is checked and hashed before the transaction, which then only writes.
    const unlocked = await this.requests.findOne({ where: { tokenHash } });
    if (!usable(unlocked)) throw new DomainError(ErrorReason.RegistrationUnusable, UNUSABLE);
    const prepared = await this.accounts.prepare({ email: unlocked.email, password: input.password, displayName: input.displayName, locale: unlocked.locale });
    const accountId = await this.transactions.withTransaction(async () => {
      const requests = this.requests;
      const request = await requests.findOne({ where: { tokenHash }, lock: { mode: 'pessimistic_write' } });
      if (!usable(request)) throw new DomainError(ErrorReason.RegistrationUnusable, UNUSABLE);
      const account = await this.accounts.insert(prepared);
      await requests.update({ email: request.email, usedAt: IsNull() }, { usedAt: new Date() });
      return account.id;
    });
    const account = await this.accounts.get(accountId);
    return { account, ...(await this.sessions.open(accountId, clientAddress)) };
  }
}

function tooMany(state: RateLimiterRes): DomainError {
  const minutes = Math.max(1, Math.ceil(state.msBeforeNext / 60_000));
  return new DomainError(
    ErrorReason.TooManyAttempts,
    {
      fr: `Trop de demandes d'inscription. Réessayez dans ${minutes} minute${minutes > 1 ? 's' : ''}.`,
      en: `Too many registration requests. Try again in ${minutes} minute${minutes > 1 ? 's' : ''}.`,
    },
    { retryAfterSeconds: Math.ceil(state.msBeforeNext / 1000) },
  );
}
