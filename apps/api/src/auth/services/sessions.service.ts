import { Inject, Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { IsNull, MoreThan } from 'typeorm';
import type { AuthenticatedAccount } from '../../core/actor/actor';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Transactions } from '../../core/transactions/transactions';
import { SessionRevocations } from './session-revocations.service';
import { Session } from '../entities/session.entity';

interface SessionClaims {
  sub: string;
  sid: string;
}

/**
 * Signed, expiring session tokens, each naming a stored session that logout revokes. A
 * request costs no query: the token's signature and expiry are checked, then the session
 * against the revocations every instance keeps in memory (SessionRevocations); only while
 * those cannot be trusted is the session looked up in the database.
 */
@Injectable()
export class SessionsService {
  constructor(
    private readonly transactions: Transactions,
    private readonly revocations: SessionRevocations,
    private readonly jwt: JwtService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Inside the current transaction, if any. */
  private get sessions() {
    return this.transactions.tx.getRepository(Session);
  }

  async open(accountId: string, ipAddress: string | null): Promise<{ token: string; expiresAt: Date }> {
    const expiresAt = new Date(Date.now() + this.config.sessionTtlHours * 3_600_000);
    const session = await this.sessions.save(this.sessions.create({ accountId, expiresAt, ipAddress, revokedAt: null }));
    const claims: SessionClaims = { sub: accountId, sid: session.id };
    const token = await this.jwt.signAsync(claims, { expiresIn: this.config.sessionTtlHours * 3600 });
    return { token, expiresAt };
  }

  /** The account behind a token, or null when the token is forged, expired or revoked. */
  async authenticate(token: string): Promise<AuthenticatedAccount | null> {
    let claims: SessionClaims;
    try {
      claims = await this.jwt.verifyAsync<SessionClaims>(token);
    } catch {
      return null;
    }
    const revoked = this.revocations.isRevoked(claims.sid);
    const live =
      revoked === null
        ? await this.sessions.exists({
            where: { id: claims.sid, accountId: claims.sub, revokedAt: IsNull(), expiresAt: MoreThan(new Date()) },
          })
        : !revoked;
    return live ? { accountId: claims.sub, sessionId: claims.sid } : null;
  }

  /** Ends a session on every instance: the notification leaves with the revoking commit. */
  async revoke(sessionId: string): Promise<void> {
    const ended = await this.transactions.withTransaction(async () => {
      const manager = this.transactions.tx;
      const revokedAt = new Date();
      const result = await manager
        .createQueryBuilder()
        .update(Session)
        .set({ revokedAt })
        .where({ id: sessionId, revokedAt: IsNull() })
        .returning(['expiresAt'])
        .updateEntity(false)
        .execute();
      const row = (result.raw as { expires_at: Date }[])[0];
      if (row) await this.revocations.announce(manager, sessionId, row.expires_at);
      return row ? row.expires_at : null;
    });
    if (ended) this.revocations.remember(sessionId, ended);
  }
}
