import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import { DomainError, ErrorReason } from '../common/domain-error';
import { isUniqueViolation } from '../common/postgres-errors';
import { Account, type Locale } from './account.entity';
import { assertAcceptablePassword, normaliseEmail } from './credentials-policy';
import { requireText } from '../common/required-text';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { SessionsService } from './sessions.service';

export interface NewAccount {
  email: string;
  password: string;
  displayName: string;
  locale?: Locale;
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
    @InjectRepository(Account) private readonly accounts: Repository<Account>,
    private readonly hasher: PasswordHasher,
    private readonly sessions: SessionsService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** Creates an account, inside the caller's transaction when one is given. */
  async create(input: NewAccount, manager?: EntityManager): Promise<Account> {
    const email = normaliseEmail(input.email);
    const displayName = requireText(input.displayName, DISPLAY_NAME);
    assertAcceptablePassword(input.password, { email, displayName });
    const repository = manager ? manager.getRepository(Account) : this.accounts;
    try {
      return await repository.save(
        repository.create({ email, displayName, locale: input.locale ?? 'fr', passwordHash: await this.hasher.hash(input.password) }),
      );
    } catch (error) {
      if (isUniqueViolation(error)) {
        throw new DomainError(ErrorReason.DuplicateEmail, {
          fr: `Un compte existe déjà pour ${email}. Connectez-vous plutôt.`,
          en: `An account already exists for ${email}. Log in instead.`,
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
