import { Injectable } from '@nestjs/common';
import { SessionRevocations } from '../../auth/services/session-revocations.service';
import { SessionsService } from '../../auth/services/sessions.service';
import { PersonalLinksService } from '../../convocations/personal-links/personal-links.service';
import type { MeetingGuest } from '../../convocations/personal-links/meeting-guest';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { LOCALES, type Locale } from '../../core/locale/locale';
import { requestLocale } from '../../core/locale/request-locale';

/** Who holds a live connection, resolved once at the handshake. */
export type LiveIdentity =
  { kind: 'session'; accountId: string; sessionId: string; /** The token's expiry (epoch ms). */ expiresAt: number } | { kind: 'link'; guest: MeetingGuest };

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
 * a query: its expiry, and the revocations every instance keeps in memory.
 */
@Injectable()
export class LiveHandshake {
  constructor(
    private readonly sessions: SessionsService,
    private readonly revocations: SessionRevocations,
    private readonly links: PersonalLinksService,
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
    if (typeof link === 'string' && link !== '') return { kind: 'link', guest: await this.links.resolve(link) };
    throw new DomainError(ErrorReason.Unauthenticated, NO_CREDENTIALS);
  }

  /** Throws when the session behind a connection has expired or was revoked since it opened. */
  checkStillValid(identity: LiveIdentity): void {
    if (identity.kind !== 'session') return;
    if (Date.now() >= identity.expiresAt || this.revocations.isRevoked(identity.sessionId) === true) {
      throw new DomainError(ErrorReason.Unauthenticated, SESSION_OVER);
    }
  }
}
