import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotFieldsFragment } from '../gql/graphql';
import type { LiveClient, LiveStatus, LiveTally } from './live-client';
import { tallyOfBallot, tallyOfLive, type TallyView } from './tally-view';

/** Without live tallies, the ballot is read again this often, so a page never freezes. */
export const POLL_EVERY_MS = 2_000;

const STAGE = { draft: 0, open: 1, closed: 2 } as const;

export interface BallotTally {
  /** The latest ballot read through GraphQL (outcome, seal and explanation after close). */
  ballot: BallotFieldsFragment;
  view: TallyView;
  /** live: the socket pushes the tally; polling: the ballot is read every 2 s. */
  mode: 'live' | 'polling';
}

/**
 * A ballot's count as it moves: pushed over the live connection when it works, read again
 * every 2 s otherwise (no connection, refused, or the ballot not joined). When the live
 * tally says the status changed (opened, closed), the ballot is read once more for what
 * only GraphQL carries (the seal, the draw's seed).
 */
export function useBallotTally(
  initial: BallotFieldsFragment,
  read: () => Promise<BallotFieldsFragment | null>,
  live: LiveClient | null,
  status: LiveStatus,
): BallotTally {
  const { i18n } = useTranslation();
  const [ballot, setBallot] = useState(initial);
  const [pushed, setPushed] = useState<LiveTally | null>(null);
  const [joined, setJoined] = useState(false);
  const readRef = useRef(read);
  readRef.current = read;
  const ballotId = initial.id;

  // A newer ballot from the parent (after a mutation) replaces ours.
  useEffect(() => setBallot(initial), [initial]);

  useEffect(() => {
    if (!live) return undefined;
    setJoined(false);
    return live.watch(
      ballotId,
      (tally) => {
        setPushed(tally);
        setJoined(true);
      },
      () => setJoined(false),
    );
  }, [live, ballotId]);

  const isLive = status.state === 'connected' && joined && pushed !== null;
  const closed = ballot.status === 'closed';

  useEffect(() => {
    if (isLive || closed) return undefined;
    let stopped = false;
    const timer = setInterval(() => {
      void readRef.current().then((latest) => {
        if (!stopped && latest) setBallot(latest);
      });
    }, POLL_EVERY_MS);
    return () => {
      stopped = true;
      clearInterval(timer);
    };
  }, [isLive, closed]);

  // The live tally moved the ballot to another status: read it once for the rest.
  const pushedStatus = pushed?.status;
  useEffect(() => {
    if (!pushedStatus || pushedStatus === ballot.status) return;
    void readRef.current().then((latest) => latest && setBallot(latest));
  }, [pushedStatus, ballot.status]);

  // The further along of the two wins (a push may predate an opening read through GraphQL).
  const view = isLive && pushed && STAGE[pushed.status] >= STAGE[ballot.status] ? tallyOfLive(pushed, i18n.language) : tallyOfBallot(ballot);
  // After close, GraphQL's explanation is in the request's language and always there.
  if (closed) {
    view.outcome = ballot.outcome ?? view.outcome;
    view.explanation = ballot.explanation ?? view.explanation;
  }
  return { ballot, view, mode: isLive ? 'live' : 'polling' };
}
