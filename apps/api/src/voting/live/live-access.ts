import { Injectable } from '@nestjs/common';
import { AccountRolesService } from '../../access/account-roles.service';
import { DomainError } from '../../core/errors/domain-error';
import type { LiveTally } from '../live-tally';
import type { Voter } from '../voter';
import type { LiveConnection } from './live-connection';
import { CastingService } from '../services/casting.service';

const BALLOT = { fr: 'Scrutin', en: 'Ballot' };

/** Where a ballot lives: it never changes, so it is kept once known. */
export interface BallotPlace {
  organisationId: string;
  meetingId: string | null;
}

/**
 * Who may watch or vote on a ballot over the live connection. Outside the client's
 * organisation (or, through a personal link, outside its meeting) a ballot does not exist:
 * NOT_FOUND, as for an unknown ballot.
 */
@Injectable()
export class LiveAccess {
  constructor(
    private readonly roles: AccountRolesService,
    private readonly casting: CastingService,
  ) {}

  /** Throws NOT_FOUND unless the client belongs to the ballot's organisation (and meeting, by link). */
  async checkMayWatch(connection: LiveConnection, place: BallotPlace): Promise<void> {
    const { identity } = connection;
    const allowed =
      identity.kind === 'link'
        ? identity.guest.organisationId === place.organisationId && identity.guest.meetingId === place.meetingId
        : await connection.membership(place.organisationId, async () => (await this.roles.roleOf(identity.accountId, place.organisationId)) !== null);
    if (!allowed) throw DomainError.notFound(BALLOT);
  }

  /** The voter the client casts as on this ballot (the casting service checks the roll). */
  async voterFor(connection: LiveConnection, place: BallotPlace): Promise<Voter> {
    const { identity } = connection;
    if (identity.kind === 'link') {
      const { organisationId, memberId, meetingId } = identity.guest;
      return { organisationId, memberId, meetingId };
    }
    await this.checkMayWatch(connection, place);
    return connection.voter(place.organisationId, () => this.casting.voterForAccount(identity.accountId, place.organisationId));
  }
}

export function placeOf(tally: LiveTally): BallotPlace {
  return { organisationId: tally.organisationId, meetingId: tally.meetingId };
}
