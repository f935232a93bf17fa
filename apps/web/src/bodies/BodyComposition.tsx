import { Button, Group, Table } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import type { MandateFieldsFragment } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { QueryState } from '../ui/QueryState';
import { ScrollableTable } from './ScrollableTable';
import { BodyCompositionQuery } from './bodies.operations';
import { lastDayInOffice } from '../ui/mandate-period';

/** Who sits in the body on a date: member, role, and the mandate's dates; for managers, ending or handing over a mandate. */
export function BodyComposition({
  organisationId,
  bodyId,
  on,
  manages,
  onEnd,
  handOverPath,
}: {
  organisationId: string;
  bodyId: string;
  on: string;
  manages: boolean;
  onEnd: (mandate: MandateFieldsFragment) => void;
  handOverPath: (mandate: MandateFieldsFragment) => string;
}) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const context = useMemo(() => ({ additionalTypenames: ['Mandate', 'Handover'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: BodyCompositionQuery, variables: { organisationId, bodyId, on }, context });
  const seats = data?.bodyComposition ?? [];

  return (
    <QueryState fetching={fetching} error={error} empty={seats.length === 0} emptyText={t('body.compositionEmpty')}>
      <ScrollableTable labelledBy="composition-heading" minWidth={560}>
        <Table verticalSpacing="sm" aria-labelledby="composition-heading">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('body.member')}</Table.Th>
              <Table.Th>{t('body.role')}</Table.Th>
              <Table.Th>{t('body.since')}</Table.Th>
              <Table.Th>{t('body.termEnd')}</Table.Th>
              {manages && <Table.Th>{t('body.actions')}</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {seats.map(({ member, role, mandate }) => (
              <Table.Tr key={mandate?.id ?? member.id}>
                <Table.Td fw={500}>{member.name}</Table.Td>
                <Table.Td>{common(`mandateRoles.${role}`)}</Table.Td>
                <Table.Td>{mandate ? formatDate(mandate.startOn) : '—'}</Table.Td>
                <Table.Td>{mandate ? (mandate.end ? formatDate(lastDayInOffice(mandate.end)) : t('body.noTerm')) : '—'}</Table.Td>
                {manages && (
                  <Table.Td>
                    {mandate && mandate.status !== 'ended' && (
                      <Group gap="xs" wrap="nowrap">
                        <Button
                          component={Link}
                          to={handOverPath(mandate)}
                          variant="subtle"
                          size="xs"
                          aria-label={t('body.handOverNamed', { role: common(`mandateRoles.${role}`), name: member.name })}
                        >
                          {t('body.handOver')}
                        </Button>
                        <Button
                          variant="subtle"
                          color="red"
                          size="xs"
                          onClick={() => onEnd(mandate)}
                          aria-label={t('body.endMandateNamed', { name: member.name })}
                        >
                          {t('body.endMandate')}
                        </Button>
                      </Group>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </ScrollableTable>
    </QueryState>
  );
}
