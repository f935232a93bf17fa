import type { CastVoteInput } from '../gql/graphql';
import { LiveRequestError, type LiveClient, type LiveStatus } from './live-client';

/** A cast's answer: the receipt, or the api's message (in the request's language) to show. */
export interface CastOutcome {
  receipt: string | null;
  error: string | null;
}

/** Casts one vote, from a session (castVote) or a personal link (castVoteByLink). */
export type CastVote = (input: CastVoteInput) => Promise<CastOutcome>;

/** A page just opened may still be connecting: its vote waits this long for the connection. */
const WAIT_FOR_CONNECTION_MS = 3_000;

/**
 * Casts over the live connection the page already holds for the tally (one message, no new
 * request: the path built for a room voting at once), and through GraphQL when it is not
 * connected or does not answer in time. The same key goes both ways, so a vote the socket
 * recorded before losing its answer is answered, not recorded twice.
 */
export function castOverLive(live: LiveClient | null, throughGraphQL: CastVote): CastVote {
  return async (input) => {
    if (!live || !(await connected(live))) return throughGraphQL(input);
    try {
      const receipt = await live.cast({ ballotId: input.ballotId, choices: input.choices, forMemberId: input.forMemberId ?? null, key: input.key });
      return { receipt: receipt.receipt, error: null };
    } catch (error) {
      // A refusal (closed ballot, invalid choice…) is the api's answer: GraphQL would say the same.
      if (error instanceof LiveRequestError && error.error.code !== 'TIMEOUT') return { receipt: null, error: error.error.message };
      return throughGraphQL(input);
    }
  };
}

function connected(live: LiveClient): Promise<boolean> {
  const now = live.status();
  if (now.state !== 'connecting') return Promise.resolve(now.state === 'connected');
  return new Promise((resolve) => {
    const settle = (status: LiveStatus | null) => {
      clearTimeout(timer);
      stop();
      resolve(status?.state === 'connected');
    };
    const timer = setTimeout(() => settle(null), WAIT_FOR_CONNECTION_MS);
    const stop = live.onStatus((status) => {
      if (status.state !== 'connecting') settle(status);
    });
  });
}
