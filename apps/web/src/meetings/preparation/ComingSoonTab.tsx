import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A step of the meeting whose page is still to come (the convocations are being built). */
export function ComingSoonTab() {
  const { t } = useTranslation('meetings');
  return <Text c="dimmed">{t('meeting.comingSoon')}</Text>;
}
