/**
 * Who casts: a member of one organisation, from a session (an account linked to the
 * member) or from a personal link (then only on the ballots of the link's meeting).
 */
export interface Voter {
  organisationId: string;
  memberId: string;
  /** Set when acting through a personal link: the one meeting it opens. */
  meetingId: string | null;
}

/** One vote: the options chosen, for the voter's own vote or for a member they represent. */
export interface CastRequest {
  ballotId: string;
  /** Option ids (a resolution's options are its yes, no and abstain options). */
  choices: readonly string[];
  /** The represented member this vote is for; null or absent = the voter's own vote. */
  forMemberId?: string | null;
  /**
   * A key the client makes once per vote (a UUID): a retry with the same key returns the
   * first answer instead of voting again.
   */
  key: string;
}

/** What a voter keeps: the receipt checks, after close, that the ballot is in the box. */
export interface CastReceipt {
  ballotId: string;
  /** The member whose vote this is (the voter, or the member they represent). */
  memberId: string;
  receipt: string;
  castAt: Date;
  /** True when this answers a retry (same key): nothing new was recorded. */
  replayed: boolean;
}
