import type { CastReceipt, CastRequest, Voter } from '../voter';
import type { LiveTally } from '../live-tally';

/**
 * What the live gateway needs from the voting feature, and nothing more: the module that
 * hosts the gateway binds these to TalliesService and CastingService (useExisting).
 */
export abstract class LiveTallies {
  /** By id across organisations; null for an unknown ballot. */
  abstract liveTally(ballotId: string): Promise<LiveTally | null>;
}

export abstract class LiveCasting {
  /** The same checks and idempotency as GraphQL castVote; refusals are DomainErrors. */
  abstract cast(voter: Voter, request: CastRequest): Promise<CastReceipt>;
  /** The member an account votes as in an organisation; a DomainError if none. */
  abstract voterForAccount(accountId: string, organisationId: string): Promise<Voter>;
}
