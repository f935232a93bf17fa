import { Button, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MeetingFieldsFragment } from '../../gql/graphql';
import type { MemberChoice } from '../../members/MemberPicker';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { notifyDone } from '../../ui/notify';
import { MeetingFields, type MeetingWhenWhere } from '../MeetingFields';
import { wallClock, zonedInstant } from '../meeting-time';
import { UpdateMeetingMutation } from '../meetings.operations';
import { useMeetingChair } from '../use-meeting-chair';

/** Changes a meeting's title, date and time, place, video link and chair (its body and kind stay). */
export function EditMeetingModal({ organisationId, meeting, onClose }: { organisationId: string; meeting: MeetingFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const chair = useMeetingChair(organisationId, meeting.chairMemberId);
  return (
    <Dialog opened onClose={onClose} title={t('meeting.editTitle')} size="lg">
      {/* The form starts once the chair's name is known, so its field shows it. */}
      {(!meeting.chairMemberId || chair) && <EditMeetingForm organisationId={organisationId} meeting={meeting} chair={chair} onClose={onClose} />}
    </Dialog>
  );
}

function EditMeetingForm({
  organisationId,
  meeting,
  chair,
  onClose,
}: {
  organisationId: string;
  meeting: MeetingFieldsFragment;
  chair: MemberChoice | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: common } = useTranslation('common');
  const clock = wallClock(meeting.startsAt, meeting.timeZone);
  const [when, setWhen] = useState<MeetingWhenWhere>({
    title: meeting.title,
    date: clock.date,
    time: clock.time,
    timeZone: meeting.timeZone,
    durationMinutes: meeting.durationMinutes ?? null,
    place: meeting.place ?? '',
    remoteLink: meeting.remoteLink ?? '',
    chair,
  });
  const [result, update] = useMutation(UpdateMeetingMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!when.date || !when.time) return;
    const answer = await update({
      organisationId,
      meetingId: meeting.id,
      input: {
        title: when.title.trim() || meeting.title,
        startsAt: zonedInstant(when.date, when.time, when.timeZone),
        timeZone: when.timeZone,
        durationMinutes: when.durationMinutes,
        place: when.place.trim() || null,
        remoteLink: when.remoteLink.trim() || null,
        chairMemberId: when.chair?.id ?? null,
      },
    });
    if (answer.data) {
      notifyDone(t('meeting.saved'));
      onClose();
    }
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack>
        <MeetingFields organisationId={organisationId} value={when} onChange={setWhen} />
        <ErrorAlert error={result.error} />
        <Button type="submit" loading={result.fetching} disabled={!when.date || !when.time}>
          {common('save')}
        </Button>
      </Stack>
    </form>
  );
}
