import { Badge, Card, Group, List, Table, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { QueryState } from '../../ui/QueryState';
import { MeetingProxiesQuery } from '../session.operations';
import { proxiesByHolder } from './proxies-by-holder';

/** Proxies at a glance: each holder with the members they represent (blank proxies under the chair), declined ones marked. */
export function ProxiesCard({ organisationId, meetingId }: { organisationId: string; meetingId: string }) {
  const { t } = useTranslation('meetings');
  const context = useMemo(() => ({ additionalTypenames: ['MeetingProxy'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: MeetingProxiesQuery, variables: { organisationId, meetingId }, context });
  const proxies = data?.meeting.proxies ?? [];
  const holders = proxiesByHolder(proxies);
  const inForce = proxies.filter((proxy) => proxy.status === 'given').length;
  return (
    <Card withBorder component="section" aria-labelledby="proxies-heading">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="proxies-heading">
          {t('proxies.heading')}
        </Title>
        {inForce > 0 && <Text c="dimmed">{t('proxies.total', { count: inForce })}</Text>}
      </Group>
      <QueryState fetching={fetching} error={error} empty={proxies.length === 0} emptyText={t('proxies.empty')}>
        <Table.ScrollContainer minWidth={360}>
          <Table verticalSpacing="sm" aria-label={t('proxies.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('proxies.holder')}</Table.Th>
                <Table.Th scope="col">{t('proxies.count')}</Table.Th>
                <Table.Th scope="col">{t('proxies.principals')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {holders.map((holder) => (
                <Table.Tr key={holder.key}>
                  <Table.Th scope="row" fw={500}>
                    {holder.name ?? t('proxies.blankHolder')}
                  </Table.Th>
                  <Table.Td>{holder.given}</Table.Td>
                  <Table.Td>
                    <List size="sm" listStyleType="none" spacing={2}>
                      {holder.proxies.map((proxy) => (
                        <List.Item key={proxy.id}>
                          {proxy.principal.name}{' '}
                          {proxy.status === 'declined' && (
                            <Badge size="sm" color="red.9" variant="outline" radius="sm">
                              {t('proxies.declined')}
                            </Badge>
                          )}
                        </List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
    </Card>
  );
}
