import { Injectable } from '@nestjs/common';
import { Transactions } from '../../core/transactions/transactions';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { isUniqueViolation } from '../../core/errors/postgres-errors';
import { Account } from '../entities/account.entity';
import type { Locale } from '../../core/locale/locale';
import { assertAcceptablePassword, normaliseEmail } from '../passwords/credentials-policy';
import { requireText } from '../../core/text/required-text';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from '../passwords/password-hasher';
import { SessionsService } from './sessions.service';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  locale?: Locale;
}

/** An account ready to store: checked, its password hashed. */
export interface PreparedAccount {
  email: string;
  displayName: string;
  locale: Locale;
  passwordHash: string;
}

export interface OpenedSession {
  account: Account;
  token: string;
  expiresAt: Date;
}

const DISPLAY_NAME = { fr: 'Le nom affiché', en: 'The display name' };

@Injectable()
export class AccountsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Inside the current transaction, if any. */
  private get accounts() {
    return this.transactions.tx.getRepository(Account);
  }

  /** Creates an account, inside the current transaction if any. */
  async create(input: NewAccount): Promise<Account> {
    return this.insert(await this.prepare(input));
  }

  /**
   * A new account's checked fields and password hash, computed before any transaction:
   * the strength check and bcrypt take a while, and no transaction should wait on them.
   */
  async prepare(input: NewAccount): Promise<PreparedAccount> {
    const email = normaliseEmail(input.email);
    const displayName = requireText(input.displayName, DISPLAY_NAME);
    assertAcceptablePassword(input.password, { email, displayName });
    return { email, displayName, locale: input.locale ?? 'fr', passwordHash: await this.hasher.hash(input.password) };
  }

  /** Stores a prepared account, inside the current transaction if any. */
  async insert(prepared: PreparedAccount): Promise<Account> {
    const repository = this.accounts;
    try {
      return await repository.save(repository.create(prepared));
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorReason.DuplicateEmail, {
          fr: `Un compte existe déjà pour ${prepared.email}. Connectez-vous plutôt.`,
          en: `An account already exists for ${prepared.email}. Log in instead.`,
        });
      }
      throw error;
    }
  }

  /**
   * The attempt is counted (per account and per address) before the password is checked,
   * so concurrent attempts cannot get more checks than the limits allow.
   */
  async logIn(emailInput: string, password: string, ipAddress: string): Promise<OpenedSession> {
    const email = normaliseEmail(emailInput);
    await this.throttle.consume(email, ipAddress);
    const account = await this.accounts.findOne({ where: { email } });
    if (!(await this.hasher.verify(password, account?.passwordHash ?? null)) || !account) {
      throw new DomainError(ErrorReason.InvalidCredentials, {
        fr: 'Adresse e-mail ou mot de passe incorrect.',
        en: 'Incorrect e-mail address or password.',
      });
    }
    await this.throttle.succeeded(email, ipAddress);
    if (account.passwordHash && this.hasher.needsRehash(account.passwordHash)) {
      // Only if no one changed it meanwhile.
      await this.accounts.update({ id: account.id, passwordHash: account.passwordHash }, { passwordHash: await this.hasher.hash(password) });
    }
    return { account, ...(await this.sessions.open(account.id, ipAddress)) };
  }

  async get(accountId: string): Promise<Account> {
    const account = await this.accounts.findOne({ where: { id: accountId } });
    if (!account) throw DomainError.notFound({ fr: 'Compte', en: 'Account' });
    return account;
  }

  findByEmail(email: string): Promise<Account | null> {
    return this.accounts.findOne({ where: { email: email.trim().toLowerCase() } });
  }

  findByIds(ids: readonly string[]): Promise<Account[]> {
    return ids.length === 0 ? Promise.resolve([]) : this.accounts.createQueryBuilder('a').where('a.id IN (:...ids)', { ids }).getMany();
  }
}
