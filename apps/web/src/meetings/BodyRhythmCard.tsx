import { Anchor, Badge, Button, Card, Group, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import type { BodySittingsQuery as BodySittingsResult } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { QueryState } from '../ui/QueryState';
import { formatMeetingShort } from './meeting-time';
import { BodySittingsQuery } from './rhythm.operations';
import { RhythmModal } from './RhythmModal';
import type { ScheduleStart } from './ScheduleMeetingModal';

type BodySitting = BodySittingsResult['bodySittings'][number];

/**
 * Bodies that have a rhythm (a steering committee once a year): the last sitting, the next one
 * proposed from it, and those overdue first. A secretary schedules the proposed sitting in one step.
 */
export function BodyRhythmCard({
  organisationId,
  basePath,
  onSchedule,
}: {
  organisationId: string;
  basePath: string;
  onSchedule: ((start: ScheduleStart) => void) | null;
}) {
  const { t } = useTranslation('meetings');
  const context = useMemo(() => ({ additionalTypenames: ['Meeting', 'BodySitting'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: BodySittingsQuery, variables: { organisationId }, context });
  const sittings: readonly BodySitting[] = data?.bodySittings ?? [];
  const [editing, setEditing] = useState<BodySitting | null>(null);
  const overdue = sittings.filter((sitting) => sitting.overdue).length;
  const ordered = [...sittings].sort(
    (a, b) => Number(b.overdue) - Number(a.overdue) || (a.nextSittingProposed ?? '').localeCompare(b.nextSittingProposed ?? ''),
  );
  return (
    <Card withBorder component="section" aria-labelledby="rhythm-heading">
      <Title order={2} size="h4" mb="xs" id="rhythm-heading">
        {t('rhythm.heading')}
      </Title>
      {overdue > 0 && (
        <Text c="orange.9" fw={500} mb="xs">
          {t('rhythm.overdueCount', { count: overdue })}
        </Text>
      )}
      <QueryState fetching={fetching} error={error} empty={sittings.length === 0} emptyText={t('rhythm.empty')}>
        <Table.ScrollContainer minWidth={640}>
          <Table verticalSpacing="sm" aria-label={t('rhythm.heading')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('rhythm.body')}</Table.Th>
                <Table.Th scope="col">{t('rhythm.rhythm')}</Table.Th>
                <Table.Th scope="col">{t('rhythm.last')}</Table.Th>
                <Table.Th scope="col">{t('rhythm.next')}</Table.Th>
                {onSchedule && <Table.Th scope="col">{t('console.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {ordered.map((sitting) => (
                <Table.Tr key={sitting.body.id}>
                  <Table.Th scope="row" fw={500}>
                    {sitting.body.name}{' '}
                    {sitting.overdue ? (
                      <Badge color="red.9" variant="outline" radius="sm">
                        {t('rhythm.overdue')}
                      </Badge>
                    ) : null}
                  </Table.Th>
                  <Table.Td>{sitting.rhythmMonths ? t('rhythm.every', { count: sitting.rhythmMonths }) : t('rhythm.none')}</Table.Td>
                  <Table.Td>
                    {sitting.lastSitting ? (
                      <Anchor component={Link} to={`${basePath}/${sitting.lastSitting.id}`}>
                        {formatMeetingShort(sitting.lastSitting.startsAt, sitting.lastSitting.timeZone)}
                      </Anchor>
                    ) : (
                      t('rhythm.never')
                    )}
                  </Table.Td>
                  <Table.Td>
                    {sitting.nextScheduled ? (
                      <Anchor component={Link} to={`${basePath}/${sitting.nextScheduled.id}`}>
                        {formatMeetingShort(sitting.nextScheduled.startsAt, sitting.nextScheduled.timeZone)}
                      </Anchor>
                    ) : (
                      formatDate(sitting.nextSittingProposed)
                    )}
                  </Table.Td>
                  {onSchedule && (
                    <Table.Td>
                      <Group gap={6} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="default"
                          onClick={() => setEditing(sitting)}
                          aria-label={t('rhythm.setNamed', { name: sitting.body.name })}
                        >
                          {t('rhythm.set')}
                        </Button>
                        {!sitting.nextScheduled && (
                          <Button
                            size="compact-sm"
                            variant="default"
                            onClick={() => onSchedule({ bodyId: sitting.body.id, date: sitting.nextSittingProposed })}
                            aria-label={t('rhythm.scheduleNamed', { name: sitting.body.name })}
                          >
                            {t('rhythm.schedule')}
                          </Button>
                        )}
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      </QueryState>
      {editing && <RhythmModal organisationId={organisationId} body={editing.body} months={editing.rhythmMonths ?? null} onClose={() => setEditing(null)} />}
    </Card>
  );
}
