import { Anchor, Container, Stack } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useClient, useMutation, useQuery } from 'urql';
import { errorMessage } from '../api/error-message';
import type { BallotFieldsFragment } from '../gql/graphql';
import { useOrganisation } from '../organisations/organisation-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryState } from '../ui/QueryState';
import { BallotVoting } from './BallotVoting';
import { castOverLive, type CastVote } from './cast-vote';
import { ReceiptCheck, type ReceiptAnswer } from './ReceiptCheck';
import { useOrganisationBallotTally } from './use-organisation-ballot-tally';
import { useSessionLiveConnection } from './use-session-live-connection';
import { BallotQuery, CastVoteMutation, CheckReceiptQuery, MyVotesQuery } from './voting.operations';

/** A member's vote from their session (/o/:organisationId/votes/:ballotId), made for a phone; after close, the receipt check. */
export function MemberBallotPage() {
  const organisation = useOrganisation();
  const { ballotId = '' } = useParams();
  const { t } = useTranslation('voting');
  const [{ data, fetching, error }] = useQuery({ query: BallotQuery, variables: { organisationId: organisation.id, ballotId } });
  const back = (
    <Anchor component={Link} to={`/o/${organisation.id}/votes`} size="sm">
      {t('vote.back')}
    </Anchor>
  );
  return (
    <Container size="sm" p={0}>
      <Stack gap="md">
        {back}
        {data?.ballot ? (
          <MemberBallot key={data.ballot.id} organisationId={organisation.id} initial={data.ballot} />
        ) : (
          <QueryState fetching={fetching} error={error}>
            {null}
          </QueryState>
        )}
      </Stack>
    </Container>
  );
}

function MemberBallot({ organisationId, initial }: { organisationId: string; initial: BallotFieldsFragment }) {
  const client = useClient();
  const { live, status } = useSessionLiveConnection();
  const ballotId = initial.id;
  const tally = useOrganisationBallotTally(organisationId, initial, live, status);
  const [{ data: votes, error: votesError }, readVotes] = useQuery({
    query: MyVotesQuery,
    variables: { organisationId, ballotId },
    requestPolicy: 'network-only',
  });
  const [, castVote] = useMutation(CastVoteMutation);

  useEffect(() => {
    document.title = `${initial.title} · Collegial`;
  }, [initial.title]);

  const throughGraphQL: CastVote = async (input) => {
    const result = await castVote({ organisationId, input });
    return { receipt: result.data?.castVote.receipt ?? null, error: errorMessage(result.error) };
  };
  const cast: CastVote = async (input) => {
    const outcome = await castOverLive(live, throughGraphQL)(input);
    if (outcome.receipt) readVotes({ requestPolicy: 'network-only' });
    return outcome;
  };
  const check = async (receipt: string): Promise<ReceiptAnswer> => {
    const result = await client.query(CheckReceiptQuery, { organisationId, ballotId, receipt }, { requestPolicy: 'network-only' }).toPromise();
    return { found: result.data?.checkReceipt.found ?? false, choices: result.data?.checkReceipt.choices ?? [], error: errorMessage(result.error) };
  };

  return (
    <Stack gap="md">
      <ErrorAlert error={votesError} />
      <BallotVoting tally={tally} votes={votes?.myVotes} cast={cast} headingLevel={2} />
      {tally.ballot.status === 'closed' && <ReceiptCheck ballot={tally.ballot} check={check} headingLevel={2} />}
    </Stack>
  );
}
