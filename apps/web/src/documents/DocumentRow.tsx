import { Alert, Button, Group, Stack, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../api/save-file';
import type { DocumentFieldsFragment } from '../gql/graphql';

/** One document: its title, kind and version, a download (with the session) and, for those who prepare, a new version. */
export function DocumentRow({ document, onNewVersion, children }: { document: DocumentFieldsFragment; onNewVersion?: () => void; children?: ReactNode }) {
  const { t } = useTranslation('documents');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const version = document.currentVersion;
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await saveFile(document.downloadPath, version?.fileName ?? document.title);
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack gap={4} component="li">
      <Group justify="space-between" wrap="wrap" gap="xs">
        <Stack gap={0}>
          <Text fw={500}>{document.title}</Text>
          <Text size="sm" c="dimmed">
            {t(`kinds.${document.kind}`)}
            {version &&
              ` · ${t('version', { number: version.number })} · ${version.fileName} · ${t('size', { size: Math.max(1, Math.round(version.size / 1024)) })}`}
          </Text>
        </Stack>
        <Group gap="xs">
          <Button size="xs" variant="outline" onClick={() => void download()} loading={busy} aria-label={t('downloadNamed', { title: document.title })}>
            {t('download')}
          </Button>
          {onNewVersion && (
            <Button size="xs" variant="default" onClick={onNewVersion} aria-label={t('newVersionOf', { title: document.title })}>
              {t('newVersion')}
            </Button>
          )}
        </Group>
      </Group>
      {children}
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </Stack>
  );
}
