import { Button, Card, Group, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import dayjs from 'dayjs';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { BodyRhythmCard } from './BodyRhythmCard';
import { MeetingCalendar } from './MeetingCalendar';
import { MeetingsTable } from './MeetingsTable';
import { MeetingsQuery } from './meetings.operations';
import { ScheduleMeetingModal, type ScheduleStart } from './ScheduleMeetingModal';

type View = 'list' | 'calendar';

/** The organisation's meetings, upcoming then past, as a list or a month calendar; the bodies' rhythm; « Nouvelle réunion ». */
export function MeetingsPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('meetings');
  const manages = canManage(organisation);
  const context = useMemo(() => ({ additionalTypenames: ['Meeting'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: MeetingsQuery, variables: { organisationId: organisation.id }, context });
  const [view, setView] = useState<View>('list');
  const [scheduling, setScheduling] = useState<ScheduleStart | null>(null);
  const meetings = data?.meetings ?? [];
  const base = `/o/${organisation.id}/meetings`;
  // A meeting stays upcoming through its day, and while it is open; closed ones are past.
  const startOfToday = dayjs().startOf('day').toISOString();
  const upcoming = meetings
    .filter((meeting) => meeting.status === 'open' || (meeting.status !== 'closed' && (meeting.endsAt ?? meeting.startsAt) >= startOfToday))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((meeting) => !upcoming.includes(meeting)).sort((a, b) => b.startsAt.localeCompare(a.startsAt));

  return (
    <>
      <PageTitle
        title={t('list.title')}
        description={t('list.description')}
        actions={manages && <Button onClick={() => setScheduling({})}>{t('schedule.action')}</Button>}
      />
      <Stack gap="lg">
        <Group justify="space-between">
          <Group gap="xs">
            <Text size="sm" fw={500} id="meetings-view-label">
              {t('list.view')}
            </Text>
            <SegmentedControl
              aria-labelledby="meetings-view-label"
              value={view}
              onChange={(value) => setView(value)}
              data={[
                { value: 'list', label: t('list.asList') },
                { value: 'calendar', label: t('list.asCalendar') },
              ]}
            />
          </Group>
        </Group>
        {view === 'calendar' ? (
          <Card withBorder component="section" aria-labelledby="calendar-heading">
            <Title order={2} size="h4" mb="sm" id="calendar-heading">
              {t('calendar.heading')}
            </Title>
            <QueryState fetching={fetching} error={error}>
              <MeetingCalendar meetings={meetings} basePath={base} />
            </QueryState>
          </Card>
        ) : (
          <>
            <Card withBorder component="section" aria-labelledby="upcoming-heading">
              <Title order={2} size="h4" mb="sm" id="upcoming-heading">
                {t('list.upcoming')}
              </Title>
              <QueryState fetching={fetching} error={error} empty={upcoming.length === 0} emptyText={t('list.upcomingEmpty')}>
                <MeetingsTable meetings={upcoming} label={t('list.tableUpcoming')} basePath={base} />
              </QueryState>
            </Card>
            <Card withBorder component="section" aria-labelledby="past-heading">
              <Title order={2} size="h4" mb="sm" id="past-heading">
                {t('list.past')}
              </Title>
              <QueryState fetching={fetching} error={error} empty={past.length === 0} emptyText={t('list.pastEmpty')}>
                <MeetingsTable meetings={past} label={t('list.tablePast')} basePath={base} />
              </QueryState>
            </Card>
          </>
        )}
        <BodyRhythmCard organisationId={organisation.id} basePath={base} onSchedule={manages ? setScheduling : null} />
      </Stack>
      {scheduling && <ScheduleMeetingModal organisationId={organisation.id} start={scheduling} meetings={meetings} onClose={() => setScheduling(null)} />}
    </>
  );
}
