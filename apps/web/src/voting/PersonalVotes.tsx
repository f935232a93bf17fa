import { Card, Stack, Text, Title } from '@mantine/core';
import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { errorMessage } from '../api/error-message';
import type { BallotFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import type { LiveClient, LiveStatus } from './live-client';
import { BallotVoting } from './BallotVoting';
import { castOverLive, type CastVote } from './cast-vote';
import { ReceiptCheck, type ReceiptAnswer } from './ReceiptCheck';
import { useBallotTally } from './use-ballot-tally';
import { useLiveConnection } from './use-live-connection';
import { CastVoteByLinkMutation, CheckReceiptByLinkQuery, PersonalBallotsQuery, PersonalVotesQuery } from './voting.operations';

/**
 * The « Votes » section of a member's personal link page (/m#<token>): the meeting's open
 * ballots to vote in, with no account, and the closed ones with their result and the
 * receipt check. The link is the credential, for GraphQL and for the live tallies.
 */
export function PersonalVotes({ link }: { link: string }) {
  const { t } = useTranslation('voting');
  const [{ data }] = useQuery({ query: PersonalBallotsQuery, variables: { link }, requestPolicy: 'network-only' });
  const ballots = (data?.personalBallots ?? []).filter((ballot) => ballot.status !== 'draft');
  const credentials = useMemo(() => ({ link }), [link]);
  // A connection only while a ballot is open: a closed one no longer moves.
  const { live, status } = useLiveConnection(ballots.some((ballot) => ballot.status === 'open') ? credentials : null);
  if (!data) return null;
  return (
    <Card withBorder component="section" aria-labelledby="personal-votes">
      <Title order={2} size="h4" id="personal-votes" mb="sm">
        {t('vote.sectionHeading')}
      </Title>
      {ballots.length === 0 ? (
        <Text c="dimmed">{t('vote.sectionEmpty')}</Text>
      ) : (
        <Stack gap="xl">
          {ballots.map((ballot) => (
            <PersonalBallot key={ballot.id} link={link} initial={ballot} live={live} status={status} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function PersonalBallot({ link, initial, live, status }: { link: string; initial: BallotFieldsFragment; live: LiveClient | null; status: LiveStatus }) {
  const client = useClient();
  const ballotId = initial.id;
  const read = useCallback(
    () =>
      client
        .query(PersonalBallotsQuery, { link }, { requestPolicy: 'network-only' })
        .toPromise()
        .then((result) => result.data?.personalBallots.find((ballot) => ballot.id === ballotId) ?? null),
    [client, link, ballotId],
  );
  const tally = useBallotTally(initial, read, live, status);
  const [{ data: votes, error: votesError }, readVotes] = useQuery({ query: PersonalVotesQuery, variables: { link, ballotId }, requestPolicy: 'network-only' });
  const [, castByLink] = useMutation(CastVoteByLinkMutation);

  const throughGraphQL: CastVote = async (input) => {
    const result = await castByLink({ link, input });
    return { receipt: result.data?.castVoteByLink.receipt ?? null, error: errorMessage(result.error) };
  };
  const cast: CastVote = async (input) => {
    const outcome = await castOverLive(live, throughGraphQL)(input);
    if (outcome.receipt) readVotes({ requestPolicy: 'network-only' });
    return outcome;
  };
  const check = async (receipt: string): Promise<ReceiptAnswer> => {
    const result = await client.query(CheckReceiptByLinkQuery, { link, ballotId, receipt }, { requestPolicy: 'network-only' }).toPromise();
    return { found: result.data?.checkReceiptByLink.found ?? false, choices: result.data?.checkReceiptByLink.choices ?? [], error: errorMessage(result.error) };
  };

  return (
    <Stack gap="md">
      <ErrorAlert error={votesError} />
      <BallotVoting tally={tally} votes={votes?.personalVotes} cast={cast} headingLevel={3} />
      {tally.ballot.status === 'closed' && <ReceiptCheck ballot={tally.ballot} check={check} headingLevel={4} />}
    </Stack>
  );
}
