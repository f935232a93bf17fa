import { Box, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../api/error-message';
import type { BallotFieldsFragment } from '../gql/graphql';
import { TallyPanel } from './TallyPanel';
import { useOrganisationBallotTally } from './use-organisation-ballot-tally';
import { useSessionLiveConnection } from './use-session-live-connection';
import { BallotQuery } from './voting.operations';

/**
 * The room's projector (/o/:organisationId/votes/:ballotId/projector): one ballot, full
 * screen, large type, white on black, no navigation; participation, the bars when visible,
 * the result and its explanation once closed, as they move.
 */
export function ProjectorPage() {
  const { organisationId = '', ballotId = '' } = useParams();
  const { t } = useTranslation('common');
  const [{ data, error }] = useQuery({ query: BallotQuery, variables: { organisationId, ballotId } });
  return (
    <Box component="main" mih="100vh" p={{ base: 'md', sm: 48 }} style={{ background: '#000', color: '#fff' }}>
      {data?.ballot ? (
        <Projection organisationId={organisationId} initial={data.ballot} />
      ) : error ? (
        <Text size="xl" role="alert">
          {errorMessage(error)}
        </Text>
      ) : (
        <Center p="xl">
          <Loader role="status" color="yellow" aria-label={t('loading')} />
        </Center>
      )}
    </Box>
  );
}

function Projection({ organisationId, initial }: { organisationId: string; initial: BallotFieldsFragment }) {
  const { t } = useTranslation('voting');
  const { live, status } = useSessionLiveConnection();
  const { ballot, view } = useOrganisationBallotTally(organisationId, initial, live, status);

  useEffect(() => {
    document.title = `${ballot.title} · ${t('projector.label')}`;
  }, [ballot.title, t]);

  const state = ballot.status === 'draft' ? 'waiting' : ballot.status === 'open' ? 'open' : 'closed';
  return (
    <Stack gap={40} maw={1400} mx="auto">
      <div>
        <Text size="1.5rem" fw={700} c="#ffd43b" tt="uppercase" data-testid="projector-state">
          {t(`projector.${state}`)}
        </Text>
        <Title order={1} fz={{ base: '2rem', sm: '3.5rem' }} lh={1.15} c="#fff">
          {ballot.title}
        </Title>
        {ballot.question && ballot.question !== ballot.title && (
          <Text size="1.75rem" mt="sm">
            {ballot.question}
          </Text>
        )}
      </div>
      {ballot.status !== 'draft' && <TallyPanel options={ballot.options} view={view} large headingLevel={2} />}
    </Stack>
  );
}
