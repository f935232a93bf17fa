import { useCallback } from 'react';
import { useClient } from 'urql';
import type { BallotFieldsFragment } from '../gql/graphql';
import type { LiveClient, LiveStatus } from './live-client';
import { useBallotTally, type BallotTally } from './use-ballot-tally';
import { BallotQuery } from './voting.operations';

/** useBallotTally for a ballot read from a session (the organisation's `ballot` query). */
export function useOrganisationBallotTally(organisationId: string, initial: BallotFieldsFragment, live: LiveClient | null, status: LiveStatus): BallotTally {
  const client = useClient();
  const ballotId = initial.id;
  const read = useCallback(
    () =>
      client
        .query(BallotQuery, { organisationId, ballotId }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.ballot ?? null),
    [client, organisationId, ballotId],
  );
  return useBallotTally(initial, read, live, status);
}
