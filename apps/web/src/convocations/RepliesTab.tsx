import { Alert, Button, Card, Group, Stack, Table, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { ConvocationAnswer } from '../gql/graphql';
import { ProxiesCard } from '../meetings/replies/ProxiesCard';
import type { MeetingTabProps } from '../meetings/meeting-tab-props';
import { QueryState } from '../ui/QueryState';
import { MeetingRepliesQuery } from './convocations.operations';

const ANSWERS: ConvocationAnswer[] = ['attendingInPerson', 'attendingRemotely', 'absent', 'proxy', 'blankProxy'];

/** Replies and proxies at a glance: how many members answered what, then who holds whose proxy (declined ones marked). */
export function RepliesTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('convocations');
  const context = useMemo(() => ({ additionalTypenames: ['MemberConvocation', 'MeetingProxy'] }), []);
  const [replies, reload] = useQuery({ query: MeetingRepliesQuery, variables: { organisationId, meetingId: meeting.id }, pause: !manages, context });
  const counts = replies.data?.meetingReplies;
  return (
    <Stack gap="lg">
      {manages ? (
        <Card withBorder component="section" aria-labelledby="replies-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="replies-heading">
              {t('replies.heading')}
            </Title>
            <Button variant="default" size="xs" onClick={() => reload({ requestPolicy: 'network-only' })}>
              {t('replies.reload')}
            </Button>
          </Group>
          <QueryState fetching={replies.fetching} error={replies.error} empty={!counts || counts.convened === 0} emptyText={t('replies.notSent')}>
            {counts && (
              <Table>
                <Table.Caption>{t('replies.caption')}</Table.Caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('replies.answer')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('replies.count')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {ANSWERS.map((answer) => (
                    <Table.Tr key={answer}>
                      <Table.Td>{t(`replies.answers.${answer}`)}</Table.Td>
                      <Table.Td ta="right">{counts[answer]}</Table.Td>
                    </Table.Tr>
                  ))}
                  <Table.Tr>
                    <Table.Td>{t('replies.none')}</Table.Td>
                    <Table.Td ta="right">{counts.noReply}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </QueryState>
        </Card>
      ) : (
        <Alert color="blue">{t('meetings:meeting.readOnly')}</Alert>
      )}
      <ProxiesCard organisationId={organisationId} meetingId={meeting.id} editable={manages && (meeting.status === 'draft' || meeting.status === 'convened')} />
    </Stack>
  );
}
