import type { CastVoteInput } from '../gql/graphql';

/** A cast's answer: the receipt, or the api's message (in the request's language) to show. */
export interface CastOutcome {
  receipt: string | null;
  error: string | null;
}

/** Casts one vote, from a session (castVote) or a personal link (castVoteByLink). */
export type CastVote = (input: CastVoteInput) => Promise<CastOutcome>;
