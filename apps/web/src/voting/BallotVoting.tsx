import { Alert, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HeldVoteFieldsFragment } from '../gql/graphql';
import type { CastVote } from './cast-vote';
import { HeldVoteCard } from './HeldVoteCard';
import { BallotStatusBadge } from './BallotStatusBadge';
import { TallyPanel } from './TallyPanel';
import type { BallotTally } from './use-ballot-tally';

/**
 * A ballot as its voter sees it on a phone: what is asked, each vote they hold (their own
 * first, then those held by proxy), and once they have voted, the count as it moves (only
 * participation while the results are hidden).
 */
export function BallotVoting({
  tally,
  votes,
  cast,
  headingLevel = 2,
}: {
  tally: BallotTally;
  votes: HeldVoteFieldsFragment[] | undefined;
  cast: CastVote;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('voting');
  const [castHere, setCastHere] = useState(false);
  const { ballot, view } = tally;
  const ordered = votes ? [...votes].sort((a, b) => Number(a.via !== 'own') - Number(b.via !== 'own')) : [];
  const voted = castHere || ordered.some((vote) => vote.cast);
  const titleId = `ballot-${ballot.id}`;
  return (
    <Stack gap="md" component="section" aria-labelledby={titleId}>
      <div>
        <Title order={headingLevel} size="h3" id={titleId}>
          {ballot.title}
        </Title>
        <Group gap="xs" mt={4}>
          <BallotStatusBadge status={ballot.status} />
          <Text size="sm" c="dimmed">
            {ballot.secret ? t('secret') : t('public')} · {t(ballot.resultsVisibility)}
          </Text>
        </Group>
        {ballot.question && ballot.question !== ballot.title && <Text mt="xs">{ballot.question}</Text>}
      </div>
      {ballot.status !== 'open' && ballot.status !== 'closed' && <Alert color="gray">{t('vote.notOpen')}</Alert>}
      {ballot.status === 'open' && votes && ordered.length === 0 && <Alert color="gray">{t('vote.notOnRoll')}</Alert>}
      {/* After close, the votes cast here stay, with their receipts to keep. */}
      {(ballot.status === 'open' || (ballot.status === 'closed' && castHere)) &&
        ordered
          .filter((vote) => ballot.status === 'open' || vote.cast)
          .map((vote) => (
            <HeldVoteCard
              key={`${vote.memberId}-${vote.via}`}
              ballot={ballot}
              vote={vote}
              cast={cast}
              onCast={() => setCastHere(true)}
              headingLevel={(headingLevel + 1) as 3 | 4}
            />
          ))}
      {(voted || ballot.status === 'closed') && (
        <Card withBorder component="section" aria-labelledby={`${titleId}-tally`}>
          <Title order={(headingLevel + 1) as 3 | 4} size="h5" id={`${titleId}-tally`} mb="sm">
            {t('vote.tallyHeading')}
          </Title>
          <TallyPanel options={ballot.options} view={view} headingLevel={(headingLevel + 2) as 4 | 5} />
        </Card>
      )}
    </Stack>
  );
}
