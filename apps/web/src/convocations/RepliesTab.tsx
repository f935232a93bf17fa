import { Alert, Badge, Button, Card, Group, Table, Text, Title, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery, type CombinedError } from 'urql';
import { ScrollableTable } from '../bodies/ScrollableTable';
import type { MeetingTabProps } from '../meetings/meeting-tabs';
import { QueryState } from '../ui/QueryState';
import { MeetingProxiesQuery } from './convocations.operations';
import { ANSWERS, useReplyCounts } from './reply-counts';

/** Replies and proxies at a glance: how many members answered what, the proxies in force (principal → holder), and the declined ones. */
export function RepliesTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('convocations');
  const { t: common } = useTranslation('common');
  const [refresh, setRefresh] = useState(0);
  const replies = useReplyCounts(organisationId, meeting.id, refresh);
  const context = useMemo(() => ({ additionalTypenames: ['MeetingProxy'] }), []);
  const [proxies, reloadProxies] = useQuery({ query: MeetingProxiesQuery, variables: { organisationId, meetingId: meeting.id }, context });
  if (!manages) return <Alert color="blue">{t('meetings:meeting.readOnly')}</Alert>;
  const all = proxies.data?.meeting.proxies ?? [];
  const given = all.filter((proxy) => proxy.status === 'given');
  const ended = all.filter((proxy) => proxy.status !== 'given');
  const counts = replies.counts;

  return (
    <Stack gap="lg">
      <Group justify="flex-end">
        <Button
          variant="default"
          onClick={() => {
            setRefresh((count) => count + 1);
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
        <QueryState
          fetching={replies.fetching}
          error={replies.error as CombinedError | undefined}
          empty={!counts || counts.total === 0}
          emptyText={t('replies.notSent')}
        >
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
                  <Table.Td ta="right">{counts.none}</Table.Td>
                </Table.Tr>
              </Table.Tbody>
            </Table>
          )}
        </QueryState>
      </Card>
      <Card withBorder component="section" aria-labelledby="proxies-heading">
        <Title order={2} size="h4" id="proxies-heading" mb="sm">
          {t('proxies.heading')}
          {proxies.data ? ` (${given.length})` : ''}
        </Title>
        <QueryState fetching={proxies.fetching} error={proxies.error} empty={all.length === 0} emptyText={t('proxies.empty')}>
          <ProxyTable labelledBy="proxies-heading" proxies={given} blank={t('proxies.blank')} caption={t('proxies.caption')} emptyText={t('proxies.empty')} />
          {ended.length > 0 && (
            <>
              <Title order={3} size="h5" id="proxies-ended" mt="md" mb="xs">
                {t('proxies.declinedHeading')}
              </Title>
              <ProxyTable
                labelledBy="proxies-ended"
                proxies={ended}
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

type Proxy = { id: string; status: 'given' | 'declined' | 'cancelled'; principal: { name: string }; holder?: { name: string } | null };

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
              <Table.Td>{proxy.principal.name}</Table.Td>
              <Table.Td>{proxy.holder?.name ?? blank}</Table.Td>
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
