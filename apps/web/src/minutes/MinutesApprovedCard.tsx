import { Alert, Button, Card, Code, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MinutesFieldsFragment } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { download } from './download';

/** Approved minutes: their date, register number, the PDF's fingerprint and its download. */
export function MinutesApprovedCard({ minutes }: { minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation('minutes');
  return (
    <Card withBorder component="section" aria-label={t('approved.title')}>
      <Stack gap="xs">
        {minutes.approvedAt && <Text>{t('approved.on', { date: formatDate(minutes.approvedAt) })}</Text>}
        {minutes.registerSequence !== null && minutes.registerSequence !== undefined && (
          <Text fw={600}>{t('approved.register', { sequence: minutes.registerSequence })}</Text>
        )}
        {minutes.pdf && (
          <>
            <Text size="sm">{t('approved.pages', { count: minutes.pdf.pages })}</Text>
            <Text size="sm">{t('approved.sha256')}</Text>
            <Code block style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}>
              {minutes.pdf.sha256}
            </Code>
          </>
        )}
        <Button onClick={() => void download(minutes.pdf?.url ?? minutes.pdfUrl, 'proces-verbal.pdf')} style={{ alignSelf: 'flex-start' }}>
          {t('approved.download')}
        </Button>
        <Alert color="gray">{t('approved.frozen')}</Alert>
      </Stack>
    </Card>
  );
}
