import { Injectable } from '@nestjs/common';
import { DataSource, IsNull } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import type { MeetingGuest } from './meeting-guest';
import { PersonalLink } from './personal-link.entity';
import { looksLikePersonalLinkToken, newPersonalLinkToken, personalLinkHash } from './personal-link-token';

/** How long a link still works after the meeting ends: to read the documents again, to download the .ics. */
export const PERSONAL_LINK_MARGIN_DAYS = 30;

const UNKNOWN_LINK = {
  fr: "Ce lien personnel n'est pas valable : vérifiez qu'il est complet, ou utilisez celui de votre dernière convocation.",
  en: 'This personal link is not valid: check that it is complete, or use the one in your latest convocation.',
};
const EXPIRED_LINK = {
  fr: "Ce lien personnel a expiré : la réunion est passée. Demandez au secrétariat s'il vous faut les documents.",
  en: 'This personal link has expired: the meeting is over. Ask the secretariat if you need the documents.',
};
const REVOKED_LINK = {
  fr: 'Ce lien personnel a été révoqué : utilisez celui de votre dernière convocation.',
  en: 'This personal link has been revoked: use the one in your latest convocation.',
};

/** The date after which a link to a meeting ending at `meetingEnd` no longer works. */
export function personalLinkExpiry(meetingEnd: Date): Date {
  return new Date(meetingEnd.getTime() + PERSONAL_LINK_MARGIN_DAYS * 24 * 3600 * 1000);
}

/** Issues, resolves and revokes personal links. */
@Injectable()
export class PersonalLinksService {
  constructor(
    @InjectTenantRepository(PersonalLink) private readonly links: TenantRepository<PersonalLink>,
    private readonly clock: Clock,
    private readonly dataSource: DataSource,
  ) {}

  /** A new link for this member and meeting; the token is returned once, never stored. */
  async issue(organisationId: string, meetingId: string, memberId: string, meetingEnd: Date): Promise<{ token: string; link: PersonalLink }> {
    const token = newPersonalLinkToken();
    const scope = this.links.of(organisationId);
    const link = await scope.save(
      scope.create({ meetingId, memberId, tokenHash: personalLinkHash(token), expiresAt: personalLinkExpiry(meetingEnd), revokedAt: null }),
    );
    return { token, link };
  }

  /**
   * The guest a token stands for. A token of the wrong shape, unknown, revoked or expired
   * is refused with PERSONAL_LINK_UNUSABLE.
   */
  async resolve(token: string): Promise<MeetingGuest> {
    if (!looksLikePersonalLinkToken(token)) throw new DomainError(ErrorReason.PersonalLinkUnusable, UNKNOWN_LINK);
    const tokenHash = personalLinkHash(token);
    // Across organisations: the token's hash identifies one row by itself (unique index).
    // A plain query: every vote through a link starts here, and an entity's hydration costs more than the read.
    const [link] = await this.dataSource.query<
      { id: string; organisation_id: string; meeting_id: string; member_id: string; expires_at: Date; revoked_at: Date | null }[]
    >('SELECT id, organisation_id, meeting_id, member_id, expires_at, revoked_at FROM personal_links WHERE token_hash = $1', [tokenHash]);
    this.checkUsable(link);
    return { organisationId: link.organisation_id, meetingId: link.meeting_id, memberId: link.member_id, linkId: link.id };
  }

  /** For a guest resolved a while ago (an open live connection): the link is still neither revoked nor expired. */
  async checkStillUsable(guest: MeetingGuest): Promise<void> {
    const [link] = await this.dataSource.query<{ expires_at: Date; revoked_at: Date | null }[]>(
      'SELECT expires_at, revoked_at FROM personal_links WHERE id = $1 AND organisation_id = $2',
      [guest.linkId, guest.organisationId],
    );
    this.checkUsable(link);
  }

  private checkUsable(link: { expires_at: Date; revoked_at: Date | null } | undefined): asserts link {
    if (!link) throw new DomainError(ErrorReason.PersonalLinkUnusable, UNKNOWN_LINK);
    if (link.revoked_at) throw new DomainError(ErrorReason.PersonalLinkUnusable, REVOKED_LINK);
    if (link.expires_at.getTime() <= this.clock.now().getTime()) throw new DomainError(ErrorReason.PersonalLinkUnusable, EXPIRED_LINK);
  }

  /** Revokes one link (a lost phone, a mail forwarded by mistake). */
  async revoke(organisationId: string, linkId: string): Promise<void> {
    await this.links.of(organisationId).update({ id: linkId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Revokes every link of a member to a meeting (a member who left). */
  async revokeAll(organisationId: string, meetingId: string, memberId: string): Promise<number> {
    return this.links.of(organisationId).update({ meetingId, memberId, revokedAt: IsNull() }, { revokedAt: this.clock.now() });
  }

  /** Moves the expiry of a meeting's links when the meeting moves. */
  async moveExpiry(organisationId: string, meetingId: string, meetingEnd: Date): Promise<void> {
    await this.links.of(organisationId).update({ meetingId }, { expiresAt: personalLinkExpiry(meetingEnd) });
  }
}
