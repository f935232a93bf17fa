import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { MeetingStatusBadge } from './MeetingStatusBadge';
import type { MeetingListItem } from './meeting-list-item';
import { formatMeetingShort } from './meeting-time';

/** Meetings in a table: date, title (a link to the meeting), body, status, place. */
export function MeetingsTable({ meetings, label, basePath }: { meetings: readonly MeetingListItem[]; label: string; basePath: string }) {
  const { t } = useTranslation('meetings');
  return (
    <Table.ScrollContainer minWidth={560}>
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('list.date')}</Table.Th>
            <Table.Th scope="col">{t('list.meeting')}</Table.Th>
            <Table.Th scope="col">{t('list.body')}</Table.Th>
            <Table.Th scope="col">{t('list.status')}</Table.Th>
            <Table.Th scope="col">{t('list.place')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {meetings.map((meeting) => (
            <Table.Tr key={meeting.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatMeetingShort(meeting.startsAt, meeting.timeZone)}</Table.Td>
              <Table.Th scope="row" fw={500}>
                <Anchor component={Link} to={`${basePath}/${meeting.id}`}>
                  {meeting.title}
                </Anchor>
              </Table.Th>
              <Table.Td>{meeting.body.name}</Table.Td>
              <Table.Td>
                <MeetingStatusBadge status={meeting.status} />
              </Table.Td>
              <Table.Td>
                <Text size="sm" lineClamp={2}>
                  {meeting.place || t('meeting.noPlace')}
                </Text>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
