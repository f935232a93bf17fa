import { Alert, Button, Card, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { download } from './download';
import { ArchiveExportQuery, ExportArchiveMutation } from './minutes.operations';

/** The whole archive as a ZIP: started on request, its progress asked again each second until done. */
export function ArchiveExportCard({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('minutes');
  const [exportId, setExportId] = useState<string | null>(null);
  const [starting, start] = useMutation(ExportArchiveMutation);
  const [{ data, error }, reload] = useQuery({
    query: ArchiveExportQuery,
    variables: { organisationId, id: exportId ?? '' },
    pause: !exportId,
    requestPolicy: 'network-only',
  });
  const archive = data?.archiveExport;
  const working = archive?.status === 'queued' || archive?.status === 'running';

  useEffect(() => {
    if (!exportId || (archive && !working)) return;
    const timer = setTimeout(() => reload({ requestPolicy: 'network-only' }), 1000);
    return () => clearTimeout(timer);
  }, [exportId, archive, working, reload]);

  return (
    <Card withBorder component="section" aria-labelledby="register-archive">
      <Stack gap="sm">
        <Title order={2} size="h4" id="register-archive">
          {t('archive.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('archive.hint')}
        </Text>
        <ErrorAlert error={starting.error ?? error} />
        {archive && (
          <div aria-live="polite">
            {archive.status === 'done' && archive.downloadUrl ? (
              <Button onClick={() => void download(archive.downloadUrl!, 'archive.zip')}>{t('archive.download')}</Button>
            ) : archive.status === 'failed' ? (
              <Alert color="red">{t('archive.failed', { reason: archive.failure ?? '' })}</Alert>
            ) : (
              <Stack gap={4}>
                <Text size="sm">{t('archive.progress', { done: archive.doneFiles, total: archive.totalFiles })}</Text>
                <Progress value={archive.progress} aria-label={t('archive.progress', { done: archive.doneFiles, total: archive.totalFiles })} />
              </Stack>
            )}
          </div>
        )}
        {(!archive || !working) && (
          <Button
            variant="default"
            style={{ alignSelf: 'flex-start' }}
            loading={starting.fetching}
            onClick={() => {
              void (async () => {
                const outcome = await start({ organisationId });
                if (outcome.data) setExportId(outcome.data.exportArchive);
              })();
            }}
          >
            {t('archive.start')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
