import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from './meeting-status';

const COLOURS: Record<MeetingStatus, string> = { draft: 'gray.8', convened: 'blue.9', open: 'teal.9', closed: 'dark' };

/** A meeting's status in a word: brouillon, convoquée, ouverte, close. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Badge color={COLOURS[status]} variant={status === 'open' || status === 'closed' ? 'filled' : 'outline'} radius="sm" miw="max-content">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
