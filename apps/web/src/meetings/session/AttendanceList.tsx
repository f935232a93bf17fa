import { Badge, Button, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AttendanceMode, SessionQuery } from '../../gql/graphql';
import { ScrollRegion } from '../../members/ScrollRegion';

export type AttendanceEntry = NonNullable<SessionQuery['meeting']>['attendance'][number];

const STATUS_COLOURS = { present: 'teal.9', remote: 'blue.9', represented: 'violet.9', excused: 'gray.8', absent: 'gray.8' } as const;

/** Accents and case aside: « chloe » finds « Chloé ». */
const folded = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/**
 * The convened members on the day, found by name as they come in: their attendance, and the
 * buttons to record an arrival (in person or remote) or a departure. Without `onArrive`, read only.
 */
export function AttendanceList({
  entries,
  busyMemberId,
  onArrive,
  onLeave,
}: {
  entries: readonly AttendanceEntry[];
  busyMemberId: string | null;
  onArrive: ((entry: AttendanceEntry, mode: AttendanceMode) => void) | null;
  onLeave: ((entry: AttendanceEntry) => void) | null;
}) {
  const { t } = useTranslation('meetings');
  const [search, setSearch] = useState('');
  const shown = useMemo(() => {
    const wanted = folded(search.trim());
    return wanted ? entries.filter((entry) => folded(entry.member.name).includes(wanted)) : entries;
  }, [entries, search]);

  return (
    <Stack gap="sm">
      <TextInput
        label={t('console.search')}
        placeholder={t('console.searchPlaceholder')}
        type="search"
        value={search}
        onChange={(event) => setSearch(event.currentTarget.value)}
        w={{ base: '100%', sm: 320 }}
      />
      {entries.length === 0 ? (
        <Text c="dimmed">{t('console.empty')}</Text>
      ) : shown.length === 0 ? (
        <Text c="dimmed">{t('console.noMatch')}</Text>
      ) : (
        <ScrollRegion label={t('console.members')} minWidth={340}>
          <Table verticalSpacing="xs" aria-label={t('console.members')} striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('console.member')}</Table.Th>
                <Table.Th scope="col">{t('console.attendance')}</Table.Th>
                {onArrive && <Table.Th scope="col">{t('console.actions')}</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((entry) => {
                const here = entry.status === 'present' || entry.status === 'remote';
                const name = entry.member.name;
                const busy = busyMemberId === entry.member.id;
                return (
                  <Table.Tr key={entry.member.id}>
                    <Table.Th scope="row" fw={500}>
                      {name}
                      {!entry.hasVote && (
                        <Text size="xs" c="dimmed">
                          {t('console.noVote')}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      <Group gap={6}>
                        <Badge color={STATUS_COLOURS[entry.status]} variant={here ? 'filled' : 'outline'} radius="sm" miw="max-content">
                          {t(`console.states.${entry.status}`)}
                        </Badge>
                        {here && entry.votes > 1 && (
                          <Text size="xs" fw={600}>
                            {t('console.votes', { count: entry.votes })}
                          </Text>
                        )}
                        {entry.status === 'represented' && entry.representedBy && (
                          <Text size="xs" c="dimmed">
                            {t('console.representedBy', { name: entry.representedBy.name })}
                          </Text>
                        )}
                        {here && entry.arrivedAt && (
                          <Text size="xs" c="dimmed">
                            {t('console.since', { time: dayjs(entry.arrivedAt).format('HH:mm') })}
                          </Text>
                        )}
                        {!here && entry.departedAt && (
                          <Text size="xs" c="dimmed">
                            {t('console.left', { time: dayjs(entry.departedAt).format('HH:mm') })}
                          </Text>
                        )}
                      </Group>
                    </Table.Td>
                    {onArrive && (
                      <Table.Td>
                        <Group gap={6} wrap="wrap">
                          {here ? (
                            <Button
                              size="compact-sm"
                              variant="outline"
                              color="red.9"
                              loading={busy}
                              onClick={() => onLeave?.(entry)}
                              aria-label={t('console.leaveNamed', { name })}
                            >
                              {t('console.leave')}
                            </Button>
                          ) : (
                            <>
                              <Button
                                size="compact-sm"
                                loading={busy}
                                onClick={() => onArrive(entry, 'inPerson')}
                                aria-label={t('console.arriveInPersonNamed', { name })}
                              >
                                {t('console.arrivedInPerson')}
                              </Button>
                              <Button
                                size="compact-sm"
                                variant="default"
                                loading={busy}
                                onClick={() => onArrive(entry, 'remote')}
                                aria-label={t('console.arriveRemoteNamed', { name })}
                              >
                                {t('console.arrivedRemote')}
                              </Button>
                            </>
                          )}
                        </Group>
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollRegion>
      )}
    </Stack>
  );
}
