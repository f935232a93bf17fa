import { Alert, Button, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { Convocation, MeetingKind } from '../gql/graphql';
import { BodiesQuery } from '../bodies/bodies.operations';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { MeetingFields, type MeetingWhenWhere } from './MeetingFields';
import { DEFAULT_TIME_ZONE, zonedInstant } from './meeting-time';
import type { MeetingListItem } from './meeting-list-item';
import { ScheduleMeetingMutation } from './meetings.operations';

/** What the dialog may start from: a body whose next sitting is proposed, on that date. */
export interface ScheduleStart {
  bodyId?: string;
  date?: string | null;
}

/**
 * Schedules a meeting: its body, ordinary or extraordinary, first or second convocation (a
 * second names the first), when (the wall clock of a time zone, Paris by default) and where,
 * and a video link (the api creates a Jitsi room when none is given). Opens the new meeting.
 */
export function ScheduleMeetingModal({
  organisationId,
  start,
  meetings,
  onClose,
}: {
  organisationId: string;
  start: ScheduleStart;
  /** The organisation's meetings, to choose the first of a second convocation. */
  meetings: readonly MeetingListItem[];
  onClose: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: common } = useTranslation('common');
  const navigate = useNavigate();
  const [{ data: bodiesData }] = useQuery({ query: BodiesQuery, variables: { organisationId, days: 0 } });
  const bodies = bodiesData?.bodies ?? [];
  const [bodyId, setBodyId] = useState<string | null>(start.bodyId ?? null);
  const [kind, setKind] = useState<MeetingKind>('ordinary');
  const [convocation, setConvocation] = useState<Convocation>('first');
  const [firstMeetingId, setFirstMeetingId] = useState<string | null>(null);
  const [when, setWhen] = useState<MeetingWhenWhere>({
    title: '',
    date: start.date ?? null,
    time: '18:30',
    timeZone: DEFAULT_TIME_ZONE,
    durationMinutes: 120,
    place: '',
    remoteLink: '',
    chair: null,
  });
  const [result, schedule] = useMutation(ScheduleMeetingMutation);
  const chosenBody = bodyId ?? (bodies.length === 1 ? bodies[0].id : null);
  const firstMeetings = meetings.filter((meeting) => meeting.body.id === chosenBody && meeting.convocation === 'first');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!chosenBody || !when.date || !when.time) return;
    const answer = await schedule({
      organisationId,
      input: {
        bodyId: chosenBody,
        kind,
        convocation,
        firstMeetingId: convocation === 'second' ? firstMeetingId : null,
        title: when.title.trim() || null,
        startsAt: zonedInstant(when.date, when.time, when.timeZone),
        timeZone: when.timeZone,
        durationMinutes: when.durationMinutes,
        place: when.place.trim() || null,
        remoteLink: when.remoteLink.trim() || null,
        chairMemberId: when.chair?.id ?? null,
      },
    });
    if (answer.data) {
      notifyDone(t('schedule.done'));
      onClose();
      void navigate(`/o/${organisationId}/meetings/${answer.data.scheduleMeeting.id}`);
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('schedule.title')} size="lg">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          {bodiesData && bodies.length === 0 && <Alert color="yellow">{t('schedule.noBody')}</Alert>}
          <Select
            label={t('schedule.body')}
            required
            allowDeselect={false}
            value={chosenBody}
            onChange={setBodyId}
            data={bodies.map((body) => ({ value: body.id, label: body.name }))}
            data-autofocus
          />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="meeting-kind-label">
              {t('schedule.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="meeting-kind-label"
              value={kind}
              onChange={(value) => setKind(value)}
              fullWidth
              data={(['ordinary', 'extraordinary'] as const).map((value) => ({ value, label: t(`kinds.${value}`) }))}
            />
          </Stack>
          <Stack gap={4}>
            <Text size="sm" fw={500} id="meeting-convocation-label">
              {t('schedule.convocation')}
            </Text>
            <SegmentedControl
              aria-labelledby="meeting-convocation-label"
              value={convocation}
              onChange={(value) => setConvocation(value)}
              fullWidth
              data={(['first', 'second'] as const).map((value) => ({ value, label: t(`convocationChoices.${value}`) }))}
            />
          </Stack>
          {convocation === 'second' && (
            <Select
              label={t('schedule.firstMeeting')}
              description={t('schedule.firstMeetingHint')}
              required
              value={firstMeetingId}
              onChange={setFirstMeetingId}
              data={firstMeetings.map((meeting) => ({ value: meeting.id, label: meeting.title }))}
              nothingFoundMessage={common('none')}
            />
          )}
          <MeetingFields organisationId={organisationId} value={when} onChange={setWhen} />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching} disabled={!chosenBody || !when.date || !when.time}>
            {t('schedule.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
