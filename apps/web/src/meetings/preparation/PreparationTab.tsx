import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MeetingDocuments } from '../../documents/MeetingDocuments';
import { AgendaEditor } from '../agenda/AgendaEditor';
import type { MeetingTabProps } from '../meeting-tabs';
import { EditMeetingModal } from './EditMeetingModal';

/** Preparing the meeting: its details (editable until it opens) and its agenda. Documents come here too. */
export function PreparationTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('meetings');
  const [editing, setEditing] = useState(false);
  const changeable = manages && (meeting.status === 'draft' || meeting.status === 'convened');
  return (
    <Stack gap="lg">
      {!manages && <Alert color="blue">{t('meeting.readOnly')}</Alert>}
      {changeable && (
        <Group>
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t('meeting.edit')}
          </Button>
        </Group>
      )}
      <AgendaEditor organisationId={organisationId} meetingId={meeting.id} manages={manages} />
      <MeetingDocuments organisationId={organisationId} meetingId={meeting.id} manages={manages} />
      {editing && <EditMeetingModal organisationId={organisationId} meeting={meeting} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
