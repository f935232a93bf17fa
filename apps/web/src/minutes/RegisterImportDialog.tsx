import { Alert, Button, FileInput, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '../ui/DateField';
import { Dialog } from '../ui/Dialog';
import { notifyDone } from '../ui/notify';
import { importRegisterPdf } from './import-register';

/** The secretariat enters paper minutes of a past meeting, scanned, into the register. */
export function RegisterImportDialog({
  organisationId,
  bodies,
  onImported,
  onClose,
}: {
  organisationId: string;
  bodies: { id: string; name: string }[];
  onImported: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('minutes');
  const [bodyId, setBodyId] = useState<string | null>(bodies[0]?.id ?? null);
  const [meetingDate, setMeetingDate] = useState('');
  const [title, setTitle] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [sending, setSending] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!bodyId || !meetingDate || !title.trim() || !file) {
      setFailure(t('import.missing'));
      return;
    }
    setSending(true);
    setFailure(null);
    try {
      const entry = await importRegisterPdf({ organisationId, bodyId, meetingDate, title: title.trim() }, file);
      notifyDone(t('import.done', { sequence: entry.sequence }));
      onImported();
      onClose();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setSending(false);
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('import.title')}>
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="sm">
          <Alert color="gray">{t('import.hint')}</Alert>
          <Select
            label={t('import.body')}
            required
            data={bodies.map((body) => ({ value: body.id, label: body.name }))}
            value={bodyId}
            onChange={setBodyId}
            allowDeselect={false}
          />
          <DateField label={t('import.meetingDate')} required value={meetingDate || null} onChange={(date) => setMeetingDate(date ?? '')} />
          <TextInput label={t('import.docTitle')} required maxLength={300} value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
          <FileInput label={t('import.file')} required accept="application/pdf" value={file} onChange={setFile} clearable />
          {failure && (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          )}
          <Button type="submit" loading={sending}>
            {t('import.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
