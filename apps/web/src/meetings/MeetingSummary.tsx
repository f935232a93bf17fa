import { Anchor, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingFieldsFragment } from '../gql/graphql';
import { formatMinutes } from './agenda/agenda-view';
import { formatMeetingTime } from './meeting-time';
import { useMeetingChair } from './use-meeting-chair';

/** When (on the meeting's own clocks), where, the video room and who chairs: what everyone needs first. */
export function MeetingSummary({ organisationId, meeting }: { organisationId: string; meeting: MeetingFieldsFragment }) {
  const { t } = useTranslation('meetings');
  const { t: common } = useTranslation('common');
  const chair = useMeetingChair(organisationId, meeting.chairMemberId);
  return (
    <Card withBorder component="section" aria-label={t('meeting.details')}>
      <SimpleGrid cols={{ base: 1, sm: chair ? 4 : 3 }} spacing="md">
        <Detail label={t('meeting.when')}>
          {formatMeetingTime(meeting.startsAt, meeting.timeZone, t('meeting.at'))}
          {meeting.durationMinutes ? ` (${formatMinutes(meeting.durationMinutes)})` : ''}
        </Detail>
        <Detail label={t('meeting.where')}>{meeting.place || t('meeting.noPlace')}</Detail>
        <Detail label={t('meeting.remote')}>
          {meeting.remoteLink ? (
            <Anchor
              href={meeting.remoteLink}
              target="_blank"
              rel="noopener noreferrer"
              style={{ wordBreak: 'break-all' }}
              aria-label={`${t('meeting.join')} : ${meeting.remoteLink}`}
            >
              {meeting.remoteLink}
            </Anchor>
          ) : (
            common('none')
          )}
        </Detail>
        {chair && <Detail label={t('meeting.chair')}>{chair.name}</Detail>}
      </SimpleGrid>
    </Card>
  );
}

function Detail({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" c="dimmed" fw={500}>
        {label}
      </Text>
      <Text>{children}</Text>
    </Stack>
  );
}
