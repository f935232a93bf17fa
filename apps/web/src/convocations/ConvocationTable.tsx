import { Badge, Card, Group, Select, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ScrollableTable } from '../bodies/ScrollableTable';
import type { ConvocationStatus } from '../gql/graphql';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { QueryState } from '../ui/QueryState';
import { ConvocationsQuery } from './convocations.operations';

const PAGE_SIZE = 50;
const STATUSES: ConvocationStatus[] = ['queued', 'sent', 'failed', 'post'];
const STATUS_COLOURS: Record<ConvocationStatus, string> = { queued: 'gray.8', sent: 'teal.9', failed: 'red.9', post: 'blue.9' };

/** Each member's convocation: channel, status and, when it failed, why; by name, a page at a time, filtered by status. */
export function ConvocationTable({ organisationId, meetingId, refresh }: { organisationId: string; meetingId: string; refresh: number }) {
  const { t } = useTranslation('convocations');
  const [status, setStatus] = useState<ConvocationStatus | null>(null);
  const pages = useCursorPages(status ?? '');
  const context = useMemo(() => ({ additionalTypenames: ['MemberConvocation'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({
    query: ConvocationsQuery,
    variables: { organisationId, meetingId, status, first: PAGE_SIZE, after: pages.after },
    requestPolicy: 'cache-and-network',
    context,
  });
  useEffect(() => {
    if (refresh) reexecute({ requestPolicy: 'network-only' });
  }, [refresh, reexecute]);
  const page = data?.convocations;
  const filter = (value: string | null) => setStatus((value || null) as ConvocationStatus | null);

  return (
    <Card withBorder component="section" aria-labelledby="convocation-table">
      <Group justify="space-between" mb="sm" align="flex-end">
        <Title order={2} size="h4" id="convocation-table">
          {t('table.heading')}
          {page ? ` (${page.totalCount})` : ''}
        </Title>
        <Select
          label={t('table.filter')}
          data={[{ value: '', label: t('table.all') }, ...STATUSES.map((value) => ({ value, label: t(`statuses.${value}`) }))]}
          value={status ?? ''}
          onChange={filter}
          allowDeselect={false}
          w={200}
        />
      </Group>
      <QueryState fetching={fetching} error={error} empty={!page || page.nodes.length === 0} emptyText={t('table.empty')}>
        <ScrollableTable labelledBy="convocation-table" minWidth={560}>
          <Table striped>
            <Table.Caption>{t('table.caption')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('table.member')}</Table.Th>
                <Table.Th>{t('table.channel')}</Table.Th>
                <Table.Th>{t('table.status')}</Table.Th>
                <Table.Th>{t('table.detail')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {page?.nodes.map((convocation) => (
                <Table.Tr key={convocation.id}>
                  <Table.Td>{convocation.memberName}</Table.Td>
                  <Table.Td>{t(`channels.${convocation.channel}`)}</Table.Td>
                  <Table.Td>
                    <Badge color={STATUS_COLOURS[convocation.status]} variant="outline">
                      {t(`statuses.${convocation.status}`)}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ wordBreak: 'break-word' }}>
                      {convocation.status === 'failed' ? convocation.failureReason : convocation.email}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
        {page && <CursorPager pages={pages} totalCount={page.totalCount} pageSize={PAGE_SIZE} pageInfo={page.pageInfo} label={t('table.pagination')} />}
      </QueryState>
    </Card>
  );
}
