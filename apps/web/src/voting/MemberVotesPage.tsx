import { Anchor, Card, Container, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { useOrganisation } from '../organisations/organisation-context';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { OpenBallotsQuery } from './voting.operations';

/** The open ballots of the organisation, each a link to its vote page (the api says there which votes I hold). */
export function MemberVotesPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('voting');
  const [{ data, fetching, error }] = useQuery({ query: OpenBallotsQuery, variables: { organisationId: organisation.id } });
  const ballots = data?.ballots ?? [];
  return (
    <Container size="sm" p={0}>
      <PageTitle title={t('vote.listHeading')} />
      <QueryState fetching={fetching} error={error} empty={ballots.length === 0} emptyText={t('vote.listEmpty')}>
        <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {ballots.map((ballot) => (
            <Card key={ballot.id} withBorder component="li">
              <Anchor component={Link} to={`/o/${organisation.id}/votes/${ballot.id}`} fw={600} size="lg">
                {ballot.title}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`kinds.${ballot.kind}`)} · {ballot.secret ? t('secret') : t('public')} ·{' '}
                {t('tally.participationValue', { count: ballot.tally.cast, roll: ballot.tally.roll })}
              </Text>
            </Card>
          ))}
        </Stack>
      </QueryState>
    </Container>
  );
}
