import { Anchor, Badge, Box, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { Calendar } from '@mantine/dates';
import dayjs from 'dayjs';
import './meeting-time';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { formatDate } from '../ui/dates';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import { meetingDay, type MeetingListItem } from './meeting-list-item';

/**
 * A month of meetings: a day with meetings carries a dot and says how many to a screen reader;
 * choosing a day lists its meetings beside the month (under it on a phone).
 */
export function MeetingCalendar({ meetings, basePath }: { meetings: readonly MeetingListItem[]; basePath: string }) {
  const { t } = useTranslation('meetings');
  const [month, setMonth] = useState(() => dayjs().startOf('month').format('YYYY-MM-DD'));
  const [chosen, setChosen] = useState<string | null>(null);
  const byDay = useMemo(() => {
    const days = new Map<string, MeetingListItem[]>();
    for (const meeting of meetings) {
      const day = meetingDay(meeting);
      days.set(day, [...(days.get(day) ?? []), meeting]);
    }
    return days;
  }, [meetings]);
  const shown = chosen
    ? (byDay.get(chosen) ?? [])
    : meetings.filter((meeting) => meetingDay(meeting).startsWith(month.slice(0, 7))).sort((a, b) => a.startsAt.localeCompare(b.startsAt));

  return (
    <Grid gap="lg">
      <Grid.Col span={{ base: 12, md: 'content' }}>
        <Calendar
          date={month}
          onDateChange={(date) => {
            setMonth(date);
            setChosen(null);
          }}
          maxLevel="year"
          // Weekends and the neighbouring months' days are drawn too pale to read (WCAG AA): plain days, this month only.
          weekendDays={[]}
          hideOutsideDates
          ariaLabels={{ nextMonth: t('calendar.next'), previousMonth: t('calendar.previous'), monthLevelControl: t('calendar.month') }}
          getDayProps={(date) => {
            const count = byDay.get(date)?.length ?? 0;
            return {
              selected: date === chosen,
              onClick: () => setChosen(date === chosen ? null : date),
              'aria-label': count ? `${formatDate(date)} : ${t('calendar.dayMeetings', { count })}` : formatDate(date),
            };
          }}
          // A day with meetings: bold and underlined, in the day's own colour (readable when chosen too).
          renderDay={(date) =>
            byDay.has(date) ? (
              <Box component="span" fw={800} style={{ borderBottom: '3px solid currentColor', lineHeight: 1.1 }}>
                {dayjs(date).date()}
              </Box>
            ) : (
              dayjs(date).date()
            )
          }
        />
      </Grid.Col>
      <Grid.Col span={{ base: 12, md: 'auto' }}>
        <Stack gap="sm" aria-live="polite">
          <Title order={3} size="h5">
            {chosen ? t('calendar.onDay', { date: formatDate(chosen) }) : dayjs(month).format('MMMM YYYY')}
          </Title>
          {shown.length === 0 && <Text c="dimmed">{chosen ? t('calendar.noneOnDay') : t('calendar.monthEmpty')}</Text>}
          {shown.map((meeting) => (
            <Box key={meeting.id}>
              <Group gap="xs" wrap="nowrap" align="baseline">
                <Badge variant="outline" color="gray.8" radius="sm">
                  {dayjs(meeting.startsAt).tz(meeting.timeZone).format('D MMM HH:mm')}
                </Badge>
                <Anchor component={Link} to={`${basePath}/${meeting.id}`}>
                  {meeting.title}
                </Anchor>
                <MeetingStatusBadge status={meeting.status} />
              </Group>
            </Box>
          ))}
        </Stack>
      </Grid.Col>
    </Grid>
  );
}
