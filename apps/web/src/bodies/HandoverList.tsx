import { Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { formatDate } from '../ui/dates';
import { QueryState } from '../ui/QueryState';
import { ScrollableTable } from './ScrollableTable';
import { HandoversQuery } from './bodies.operations';

/** The body's handovers (passations), oldest first, each with the decision behind it. */
export function HandoverList({ organisationId, bodyId }: { organisationId: string; bodyId: string }) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const context = useMemo(() => ({ additionalTypenames: ['Handover'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: HandoversQuery, variables: { organisationId, bodyId }, context });
  const handovers = data?.handovers.nodes ?? [];

  return (
    <QueryState fetching={fetching} error={error} empty={handovers.length === 0} emptyText={t('body.handoversEmpty')}>
      <ScrollableTable labelledBy="handovers-heading" minWidth={560}>
        <Table verticalSpacing="sm">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('body.handoverDate')}</Table.Th>
              <Table.Th>{t('body.handoverRole')}</Table.Th>
              <Table.Th>{t('body.outgoing')}</Table.Th>
              <Table.Th>{t('body.incoming')}</Table.Th>
              <Table.Th>{t('body.decision')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {handovers.map((handover) => (
              <Table.Tr key={handover.id}>
                <Table.Td>{formatDate(handover.handedOverOn)}</Table.Td>
                <Table.Td>{common(`mandateRoles.${handover.role}`)}</Table.Td>
                <Table.Td>{handover.outgoing?.member.name ?? t('body.vacant')}</Table.Td>
                <Table.Td>{handover.incoming.member.name}</Table.Td>
                <Table.Td>{handover.decision}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </QueryState>
  );
}
