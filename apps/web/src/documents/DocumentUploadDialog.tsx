import { Alert, Button, FileInput, Group, Progress, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentKind, DocumentTarget } from '../gql/graphql';
import { Dialog } from '../ui/Dialog';
import { notifyDone } from '../ui/notify';
import { DOCUMENT_KINDS } from './document-kinds';
import { uploadDocument, uploadVersion } from './upload-document';

/** An agenda item a document can be attached to. */
export interface AttachableItem {
  id: string;
  label: string;
}

type Props = {
  organisationId: string;
  onClose: () => void;
  /** Called once the api has the file: the lists reload. */
  onUploaded: () => void;
} & (
  | {
      mode: 'new';
      target: Exclude<DocumentTarget, 'agendaItem'>;
      meetingId?: string;
      items?: AttachableItem[];
      defaultItemId?: string | null;
      defaultKind?: DocumentKind;
    }
  | { mode: 'version'; document: { id: string; title: string } }
);

/** Uploads a document (or a new version of one), with a progress bar while the file travels. */
export function DocumentUploadDialog(props: Props) {
  const { t } = useTranslation('documents');
  const { t: common } = useTranslation('common');
  const [file, setFile] = useState<File | null>(null);
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<DocumentKind>(props.mode === 'new' ? (props.defaultKind ?? 'other') : 'other');
  const [itemId, setItemId] = useState<string | null>(props.mode === 'new' ? (props.defaultItemId ?? null) : null);
  const [progress, setProgress] = useState<number | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [missingFile, setMissingFile] = useState(false);
  const busy = progress !== null;

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setMissingFile(false);
    // The file's name, without its extension, is a fair first title.
    if (chosen && !title) setTitle(chosen.name.replace(/\.[^.]+$/, ''));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file) {
      setMissingFile(true);
      return;
    }
    setFailure(null);
    setProgress(0);
    try {
      if (props.mode === 'version') {
        const uploaded = await uploadVersion(props.organisationId, props.document.id, file, setProgress);
        notifyDone(t('versionAdded', { number: uploaded.version?.number ?? '', title: uploaded.title }));
      } else {
        const target: DocumentTarget = props.target === 'meeting' && itemId ? 'agendaItem' : props.target;
        const uploaded = await uploadDocument(
          {
            organisationId: props.organisationId,
            title: title.trim(),
            kind,
            target,
            meetingId: props.meetingId,
            agendaItemId: target === 'agendaItem' ? itemId : null,
          },
          file,
          setProgress,
        );
        notifyDone(t('uploaded', { title: uploaded.title }));
      }
      props.onUploaded();
      props.onClose();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
      setProgress(null);
    }
  };

  const percent = Math.round((progress ?? 0) * 100);
  return (
    <Dialog
      opened
      onClose={busy ? () => undefined : props.onClose}
      title={props.mode === 'version' ? t('newVersionOf', { title: props.document.title }) : t('upload')}
    >
      <form onSubmit={(event) => void submit(event)}>
        <Stack>
          <FileInput
            label={t('file')}
            description={t('fileHelp')}
            value={file}
            onChange={chooseFile}
            required
            clearable
            disabled={busy}
            error={missingFile ? t('errors.noFile') : undefined}
            accept=".pdf,.odt,.docx,.txt,.md,.png,.jpg,.jpeg,.ods,.xlsx,.csv"
          />
          {props.mode === 'new' && (
            <>
              <TextInput label={t('title')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} required maxLength={300} disabled={busy} />
              <Select
                label={t('kind')}
                data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`kinds.${value}`) }))}
                value={kind}
                onChange={(value) => value && setKind(value)}
                allowDeselect={false}
                disabled={busy}
              />
              {props.items && props.items.length > 0 && (
                <Select
                  label={t('forItem')}
                  data={[{ value: '', label: t('wholeMeeting') }, ...props.items.map((item) => ({ value: item.id, label: item.label }))]}
                  value={itemId ?? ''}
                  onChange={(value) => setItemId(value || null)}
                  allowDeselect={false}
                  disabled={busy}
                />
              )}
            </>
          )}
          {busy && (
            <Stack gap={4}>
              <Text size="sm" aria-live="polite">
                {t('uploading', { percent })}
              </Text>
              <Progress value={percent} aria-label={t('uploading', { percent })} animated={percent < 100} />
            </Stack>
          )}
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose} disabled={busy}>
              {common('cancel')}
            </Button>
            <Button type="submit" loading={busy}>
              {t('uploadAction')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
