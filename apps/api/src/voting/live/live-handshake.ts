import { Injectable } from '@nestjs/common';
import { SessionRevocations } from '../../auth/services/session-revocations.service';
import { SessionsService } from '../../auth/services/sessions.service';
import { PersonalLinksService } from '../../convocations/personal-links/personal-links.service';
import type { MeetingGuest } from '../../convocations/personal-links/meeting-guest';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { LOCALES, type Locale } from '../../core/locale/locale';
import { requestLocale } from '../../core/locale/request-locale';

/** Who holds a live connection, resolved once at the handshake. */
export type LiveIdentity =
  | { kind: 'session'; accountId: string; sessionId: string; /** The token's expiry (epoch ms). */ expiresAt: number }
  | { kind: 'link'; guest: MeetingGuest; /** When the link was last found usable (epoch ms). */ checkedAt: number };

/**
 * A link's revocation reaches its open connections within this delay: their next message
 * after it reads the link again (one indexed read), so a room voting at once, each page just
 * opened with its link, reads each link once.
 */
export const LINK_RECHECK_MS = 30_000;

/** What the client sends as `auth` when it connects. */
interface HandshakeAuth {
  token?: unknown;
  link?: unknown;
  locale?: unknown;
}

interface Handshake {
  auth: HandshakeAuth;
  headers: Record<string, string | string[] | undefined>;
}

const NO_CREDENTIALS = {
  fr: 'Connectez-vous, ou ouvrez la page depuis le lien personnel de votre convocation.',
  en: 'Sign in, or open the page from the personal link in your convocation.',
};
const SESSION_OVER = {
  fr: "Votre session a expiré ou n'est pas valable : reconnectez-vous.",
  en: 'Your session has expired or is not valid: sign in again.',
};

/** The `exp` of a token whose signature was just verified (seconds → ms); far away if absent. */
function expiryOf(token: string): number {
  try {
    const claims = JSON.parse(Buffer.from(token.split('.')[1] ?? '', 'base64url').toString('utf8')) as { exp?: unknown };
    return typeof claims.exp === 'number' ? claims.exp * 1000 : Number.MAX_SAFE_INTEGER;
  } catch {
    return Number.MAX_SAFE_INTEGER;
  }
}

/**
 * Authenticates a live connection once, when it opens: a session token (as the GraphQL
 * Authorization header) or a personal link. Afterwards `stillValid` checks a session without
 * a query: its expiry, and the revocations every instance keeps in memory; a link, by reading it again now and then.
 */
@Injectable()
export class LiveHandshake {
  constructor(
    private readonly sessions: SessionsService,
    private readonly revocations: SessionRevocations,
    private readonly links: PersonalLinksService,
    private readonly clock: Clock,
  ) {}

  /** `auth.locale` when it is one of ours, otherwise the Accept-Language of the handshake. */
  localeOf(handshake: Handshake): Locale {
    const asked = handshake.auth?.locale;
    return LOCALES.includes(asked as Locale) ? (asked as Locale) : requestLocale(handshake);
  }

  async identify(handshake: Handshake): Promise<LiveIdentity> {
    const { token, link } = handshake.auth ?? {};
    if (typeof token === 'string' && token !== '') {
      const session = await this.sessions.authenticate(token);
      if (!session) throw new DomainError(ErrorReason.Unauthenticated, SESSION_OVER);
      return { kind: 'session', accountId: session.accountId, sessionId: session.sessionId, expiresAt: expiryOf(token) };
    }
    if (typeof link === 'string' && link !== '') return { kind: 'link', guest: await this.links.resolve(link), checkedAt: this.clock.now().getTime() };
    throw new DomainError(ErrorReason.Unauthenticated, NO_CREDENTIALS);
  }

  /**
   * Throws when the session behind a connection has expired or was revoked since it opened
   * (checked without a query), or its personal link was revoked or has expired (read again
   * at most every LINK_RECHECK_MS).
   */
  async checkStillValid(identity: LiveIdentity): Promise<void> {
    if (identity.kind === 'link') {
      const now = this.clock.now().getTime();
      if (now - identity.checkedAt < LINK_RECHECK_MS) return;
      await this.links.checkStillUsable(identity.guest);
      identity.checkedAt = now;
      return;
    }
    if (Date.now() >= identity.expiresAt || this.revocations.isRevoked(identity.sessionId) === true) {
      throw new DomainError(ErrorReason.Unauthenticated, SESSION_OVER);
    }
  }
}
