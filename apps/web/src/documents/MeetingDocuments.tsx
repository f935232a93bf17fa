import { Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import type { DocumentFieldsFragment } from '../gql/graphql';
import { flattenAgenda, agendaView } from '../meetings/agenda/agenda-view';
import type { MeetingTabProps } from '../meetings/meeting-tab-props';
import { AgendaQuery } from '../meetings/meetings.operations';
import { QueryState } from '../ui/QueryState';
import { DocumentRow } from './DocumentRow';
import { DocumentUploadDialog } from './DocumentUploadDialog';
import { MeetingDocumentsQuery } from './documents.operations';

type Uploading = { mode: 'new'; itemId: string | null } | { mode: 'version'; document: DocumentFieldsFragment };

/** The preparatory documents of a meeting, the whole meeting's first, then each agenda item's; uploaded with a progress bar. */
export function MeetingDocuments({ organisationId, meeting, manages }: MeetingTabProps) {
  const meetingId = meeting.id;
  const { t } = useTranslation('documents');
  const context = useMemo(() => ({ additionalTypenames: ['Document', 'DocumentVersion'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: MeetingDocumentsQuery, variables: { organisationId, meetingId }, context });
  const [agenda] = useQuery({ query: AgendaQuery, variables: { organisationId, meetingId } });
  const [uploading, setUploading] = useState<Uploading | null>(null);
  const items = useMemo(() => flattenAgenda(agendaView(agenda.data?.meeting.agenda ?? [])), [agenda.data]);
  const documents = data?.meeting.documents ?? [];
  const groups = [
    { key: 'meeting', label: t('wholeMeeting'), documents: documents.filter((document) => !document.agendaItemId) },
    ...items.map((item) => ({
      key: item.id,
      label: `${t('itemDocuments', { number: item.number })} · ${item.title}`,
      documents: documents.filter((document) => document.agendaItemId === item.id),
    })),
  ].filter((group) => group.documents.length > 0);

  return (
    <Card withBorder component="section" aria-labelledby="meeting-documents">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="meeting-documents">
          {t('meetingDocuments')}
        </Title>
        {manages && <Button onClick={() => setUploading({ mode: 'new', itemId: null })}>{t('upload')}</Button>}
      </Group>
      <QueryState fetching={fetching} error={error} empty={!data} emptyText={t('meetingDocumentsEmpty')}>
        {groups.length === 0 ? (
          <Text c="dimmed">{t('meetingDocumentsEmpty')}</Text>
        ) : (
          <Stack gap="md">
            {groups.map((group) => (
              <Stack key={group.key} gap="xs">
                <Title order={3} size="h6">
                  {group.label}
                </Title>
                <Stack gap="sm" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
                  {group.documents.map((document) => (
                    <DocumentRow key={document.id} document={document} onNewVersion={manages ? () => setUploading({ mode: 'version', document }) : undefined} />
                  ))}
                </Stack>
              </Stack>
            ))}
          </Stack>
        )}
      </QueryState>
      {uploading &&
        (uploading.mode === 'new' ? (
          <DocumentUploadDialog
            mode="new"
            target="meeting"
            organisationId={organisationId}
            meetingId={meetingId}
            items={items.map((item) => ({ id: item.id, label: `${item.number} ${item.title}` }))}
            defaultItemId={uploading.itemId}
            onUploaded={() => refetch({ requestPolicy: 'network-only' })}
            onClose={() => setUploading(null)}
          />
        ) : (
          <DocumentUploadDialog
            mode="version"
            organisationId={organisationId}
            document={uploading.document}
            onUploaded={() => refetch({ requestPolicy: 'network-only' })}
            onClose={() => setUploading(null)}
          />
        ))}
    </Card>
  );
}
