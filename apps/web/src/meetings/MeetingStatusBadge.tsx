import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeetingStatus } from './meeting-status';

const COLOURS: Record<MeetingStatus, string> = { draft: 'gray', convened: 'blue', open: 'green', closed: 'dark' };

/** A meeting's status in a word: brouillon, convoquée, ouverte, close. */
export function MeetingStatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useTranslation('meetings');
  return (
    <Badge color={COLOURS[status]} variant={status === 'open' ? 'filled' : 'light'} radius="sm">
      {t(`statuses.${status}`)}
    </Badge>
  );
}
