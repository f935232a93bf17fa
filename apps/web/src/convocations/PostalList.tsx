import { Card, Table, Text, Title } from '@mantine/core';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ScrollableTable } from '../bodies/ScrollableTable';
import { QueryState } from '../ui/QueryState';
import { PostalConvocationsQuery } from './convocations.operations';

/** The members to convene by post (no consent to e-mail), with the address to write on the envelope. */
export function PostalList({ organisationId, meetingId, refresh }: { organisationId: string; meetingId: string; refresh: number }) {
  const { t } = useTranslation('convocations');
  const context = useMemo(() => ({ additionalTypenames: ['PostalConvocation'] }), []);
  const [{ data, fetching, error }, reexecute] = useQuery({ query: PostalConvocationsQuery, variables: { organisationId, meetingId }, context });
  useEffect(() => {
    if (refresh) reexecute({ requestPolicy: 'network-only' });
  }, [refresh, reexecute]);
  const members = data?.postalConvocations ?? [];
  return (
    <Card withBorder component="section" aria-labelledby="postal-heading">
      <Title order={2} size="h4" id="postal-heading" mb="xs">
        {t('postal.heading')}
        {data ? ` (${members.length})` : ''}
      </Title>
      <QueryState fetching={fetching} error={error} empty={members.length === 0} emptyText={t('postal.empty')}>
        <Text size="sm" c="dimmed" mb="sm">
          {t('postal.intro')}
        </Text>
        <ScrollableTable labelledBy="postal-heading" minWidth={420}>
          <Table>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('postal.member')}</Table.Th>
                <Table.Th>{t('postal.address')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {members.map((member) => (
                <Table.Tr key={member.convocationId}>
                  <Table.Td>{member.memberName}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-line' }}>
                    {member.postalAddress ?? (
                      <Text size="sm" c="red.8" span>
                        {t('postal.noAddress')}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </ScrollableTable>
      </QueryState>
    </Card>
  );
}
