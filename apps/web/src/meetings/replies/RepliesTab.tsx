import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingTabProps } from '../meeting-tab-props';
import { ProxiesCard } from './ProxiesCard';

/** Replies and proxies: who holds whose proxy at a glance; the members' replies come with the convocations. */
export function RepliesTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('meetings');
  return (
    <Stack gap="lg">
      <ProxiesCard organisationId={organisationId} meetingId={meeting.id} editable={manages && (meeting.status === 'draft' || meeting.status === 'convened')} />
      <Text c="dimmed">{t('replies.comingSoon')}</Text>
    </Stack>
  );
}
