import { Alert, Button, Group, Stack } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { notifyDone } from '../../ui/notify';
import { DeleteMeetingMutation } from '../meetings.operations';
import { useTranslation } from 'react-i18next';
import { AgendaEditor } from '../agenda/AgendaEditor';
import { PREPARATION_SECTIONS } from './preparation-sections';
import type { MeetingTabProps } from '../meeting-tab-props';
import { EditMeetingModal } from './EditMeetingModal';

/** Preparing the meeting: its details (editable until it opens) and its agenda. Documents come here too. */
export function PreparationTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('meetings');
  const [editing, setEditing] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleted, remove] = useMutation(DeleteMeetingMutation);
  const navigate = useNavigate();
  const confirmDelete = async () => {
    const answer = await remove({ organisationId, meetingId: meeting.id });
    if (answer.data) {
      notifyDone(t('meeting.deleted', { title: meeting.title }));
      void navigate(`/o/${organisationId}/meetings`);
    }
  };
  const changeable = manages && (meeting.status === 'draft' || meeting.status === 'convened');
  return (
    <Stack gap="lg">
      {!manages && <Alert color="blue">{t('meeting.readOnly')}</Alert>}
      {changeable && (
        <Group>
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t('meeting.edit')}
          </Button>
          {meeting.status === 'draft' && (
            <Button variant="outline" color="red.9" onClick={() => setDeleting(true)}>
              {t('meeting.delete')}
            </Button>
          )}
        </Group>
      )}
      <AgendaEditor organisationId={organisationId} meetingId={meeting.id} manages={manages} />
      {PREPARATION_SECTIONS.map(({ key, Component }) => (
        <Component key={key} organisationId={organisationId} meeting={meeting} manages={manages} />
      ))}
      {deleting && (
        <ConfirmDialog
          title={t('meeting.delete')}
          message={t('meeting.deleteConfirm', { title: meeting.title })}
          confirmLabel={t('meeting.delete')}
          danger
          loading={deleted.fetching}
          error={deleted.error}
          onConfirm={() => void confirmDelete()}
          onClose={() => setDeleting(false)}
        />
      )}
      {editing && <EditMeetingModal organisationId={organisationId} meeting={meeting} onClose={() => setEditing(false)} />}
    </Stack>
  );
}
