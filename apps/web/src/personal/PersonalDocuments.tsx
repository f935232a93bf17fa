import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../api/save-file';
import type { PersonalMeetingFieldsFragment } from '../gql/graphql';

type PersonalDocument = PersonalMeetingFieldsFragment['documents'][number];

/** The meeting's documents, downloaded through the personal link (the api checks it belongs to this meeting). */
export function PersonalDocuments({ link, documents }: { link: string; documents: PersonalDocument[] }) {
  const { t } = useTranslation('personal');
  const [failure, setFailure] = useState<string | null>(null);
  const download = async (document: PersonalDocument) => {
    setFailure(null);
    // The documents route reads the link from the address; the header is the convocations' way.
    const separator = document.downloadPath.includes('?') ? '&' : '?';
    try {
      await saveFile(`${document.downloadPath}${separator}link=${encodeURIComponent(link)}`, document.title, { 'X-Personal-Link': link });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <Card withBorder component="section" aria-labelledby="personal-documents">
      <Title order={2} size="h4" id="personal-documents" mb="sm">
        {t('documents')}
      </Title>
      {failure && (
        <Alert color="red" role="alert" mb="sm">
          {failure}
        </Alert>
      )}
      {documents.length === 0 ? (
        <Text c="dimmed">{t('documentsEmpty')}</Text>
      ) : (
        <Stack gap="xs">
          {documents.map((document) => (
            <Button
              key={document.id}
              variant="subtle"
              justify="flex-start"
              onClick={() => void download(document)}
              aria-label={t('download', { title: document.title })}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'left' } }}
              h="auto"
              py={6}
            >
              {document.title}
            </Button>
          ))}
        </Stack>
      )}
    </Card>
  );
}
