import { Alert, Badge, Button, Card, Group, Table, Text, Title, Stack } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ScrollableTable } from '../bodies/ScrollableTable';
import type { MeetingTabProps } from '../meetings/meeting-tabs';
import { QueryState } from '../ui/QueryState';
import type { ConvocationAnswer } from '../gql/graphql';
import { MeetingProxiesQuery, MeetingRepliesQuery } from './convocations.operations';

const ANSWERS: ConvocationAnswer[] = ['attendingInPerson', 'attendingRemotely', 'absent', 'proxy', 'blankProxy'];

/** Replies and proxies at a glance: how many members answered what, the proxies in force (principal → holder), and the declined ones. */
export function RepliesTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('convocations');
  const { t: common } = useTranslation('common');
  const context = useMemo(() => ({ additionalTypenames: ['MeetingProxy', 'MemberConvocation'] }), []);
  const variables = { organisationId, meetingId: meeting.id };
  const [replies, reloadReplies] = useQuery({ query: MeetingRepliesQuery, variables, pause: !manages, context });
  const [proxies, reloadProxies] = useQuery({ query: MeetingProxiesQuery, variables, pause: !manages, context });
  if (!manages) return <Alert color="blue">{t('meetings:meeting.readOnly')}</Alert>;
  const counts = replies.data?.meetingReplies;
  // In force: the replies' own list (principal → holder); declined or cancelled: the meeting's proxies.
  const given = counts?.proxies ?? [];
  const ended = (proxies.data?.meeting.proxies ?? []).filter((proxy) => proxy.status !== 'given');

  return (
    <Stack gap="lg">
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => {
            reloadReplies({ requestPolicy: 'network-only' });
            reloadProxies({ requestPolicy: 'network-only' });
          }}
        >
          {t('replies.reload')}
        </Button>
      </Group>
      <Card withBorder component="section" aria-labelledby="replies-heading">
        <Title order={2} size="h4" id="replies-heading" mb="sm">
          {t('replies.heading')}
        </Title>
        <QueryState fetching={replies.fetching} error={replies.error} empty={!counts || counts.convened === 0} emptyText={t('replies.notSent')}>
          {counts && (
            <Table>
              <Table.Caption>{t('replies.caption')}</Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th>{t('replies.answer')}</Table.Th>
                  <Table.Th ta="right">{t('replies.count')}</Table.Th>
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
      <Card withBorder component="section" aria-labelledby="proxies-heading">
        <Title order={2} size="h4" id="proxies-heading" mb="sm">
          {t('proxies.heading')}
          {counts ? ` (${given.length})` : ''}
        </Title>
        <QueryState fetching={replies.fetching || proxies.fetching} error={replies.error ?? proxies.error} empty={!counts}>
          <ProxyTable
            labelledBy="proxies-heading"
            proxies={given.map((proxy) => ({ id: proxy.id, status: 'given' as const, principalName: proxy.principalName, holderName: proxy.holderName }))}
            blank={t('proxies.blank')}
            caption={t('proxies.caption')}
            emptyText={t('proxies.empty')}
          />
          {ended.length > 0 && (
            <>
              <Title order={3} size="h5" id="proxies-ended" mt="md" mb="xs">
                {t('proxies.declinedHeading')}
              </Title>
              <ProxyTable
                labelledBy="proxies-ended"
                proxies={ended.map((proxy) => ({
                  id: proxy.id,
                  status: proxy.status,
                  principalName: proxy.principal.name,
                  holderName: proxy.holder?.name ?? null,
                }))}
                blank={t('proxies.blank')}
                caption={t('proxies.declinedHeading')}
                emptyText={common('none')}
              />
            </>
          )}
        </QueryState>
      </Card>
    </Stack>
  );
}

type Proxy = { id: string; status: 'given' | 'declined' | 'cancelled'; principalName: string; holderName: string | null };

function ProxyTable({
  labelledBy,
  proxies,
  blank,
  caption,
  emptyText,
}: {
  labelledBy: string;
  proxies: Proxy[];
  blank: string;
  caption: string;
  emptyText: string;
}) {
  const { t } = useTranslation('convocations');
  if (proxies.length === 0) return <Text c="dimmed">{emptyText}</Text>;
  return (
    <ScrollableTable labelledBy={labelledBy} minWidth={420}>
      <Table striped>
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('proxies.principal')}</Table.Th>
            <Table.Th>{t('proxies.holder')}</Table.Th>
            <Table.Th>{t('proxies.status')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {proxies.map((proxy) => (
            <Table.Tr key={proxy.id}>
              <Table.Td>{proxy.principalName}</Table.Td>
              <Table.Td>{proxy.holderName ?? blank}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={proxy.status === 'given' ? 'green.8' : 'gray'}>
                  {t(`proxies.statuses.${proxy.status}`)}
                </Badge>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </ScrollableTable>
  );
}
