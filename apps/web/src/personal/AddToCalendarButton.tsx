import { Alert, Button } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveFile } from '../api/save-file';

/** The meeting as an .ics file, asked for with the personal link in a header (never in the address). */
export function AddToCalendarButton({ link, meetingId }: { link: string; meetingId: string }) {
  const { t } = useTranslation('personal');
  const [failure, setFailure] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    setFailure(null);
    try {
      await saveFile(`/api/meetings/${meetingId}/calendar.ics`, 'reunion.ics', { 'X-Personal-Link': link });
    } catch (error) {
      setFailure(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };
  return (
    <>
      <Button variant="outline" onClick={() => void download()} loading={busy} style={{ alignSelf: 'flex-start' }}>
        {t('addToCalendar')}
      </Button>
      {failure && (
        <Alert color="red" role="alert">
          {failure}
        </Alert>
      )}
    </>
  );
}
