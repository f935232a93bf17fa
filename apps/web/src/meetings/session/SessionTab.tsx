import { Alert, Button, Card, Grid, Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { AttendanceMode } from '../../gql/graphql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { QueryState } from '../../ui/QueryState';
import type { MeetingTabProps } from '../meeting-tab-props';
import { CloseMeetingMutation, OpenMeetingMutation } from '../meetings.operations';
import { RecordArrivalMutation, RecordDepartureMutation, SessionQuery } from '../session.operations';
import { AttendanceList, type AttendanceEntry } from './AttendanceList';
import { QuorumPanel } from './QuorumPanel';

/** How often the console asks again while the meeting is open: members may sign in through their link meanwhile. */
const POLL_MS = 5_000;

/**
 * The console of the day: open the sitting, record arrivals and departures, watch the live
 * quorum (asked again after each change and every few seconds), close the sitting.
 */
export function SessionTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('meetings');
  const started = meeting.status === 'open' || meeting.status === 'closed';
  const context = useMemo(() => ({ additionalTypenames: ['AttendanceLine', 'MeetingQuorum'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({
    query: SessionQuery,
    variables: { organisationId, meetingId: meeting.id },
    pause: !started,
    context,
  });
  const [arrival, arrive] = useMutation(RecordArrivalMutation);
  const [departure, leave] = useMutation(RecordDepartureMutation);
  const [opening, open] = useMutation(OpenMeetingMutation);
  const [closing, close] = useMutation(CloseMeetingMutation);
  const [confirming, setConfirming] = useState<'open' | 'close' | null>(null);
  const [busyMemberId, setBusyMemberId] = useState<string | null>(null);
  const session = data?.meeting;
  const live = meeting.status === 'open';
  const reload = () => refetch({ requestPolicy: 'network-only' });

  useEffect(() => {
    if (!live) return;
    const timer = setInterval(() => refetch({ requestPolicy: 'network-only' }), POLL_MS);
    return () => clearInterval(timer);
  }, [live, refetch]);

  const record = async (entry: AttendanceEntry, change: () => Promise<{ data?: unknown }>) => {
    setBusyMemberId(entry.member.id);
    await change();
    setBusyMemberId(null);
    reload();
  };
  const onArrive = (entry: AttendanceEntry, mode: AttendanceMode) =>
    void record(entry, () => arrive({ organisationId, meetingId: meeting.id, memberId: entry.member.id, mode }));
  const onLeave = (entry: AttendanceEntry) => void record(entry, () => leave({ organisationId, meetingId: meeting.id, memberId: entry.member.id }));

  const confirm = async () => {
    const answer = confirming === 'open' ? await open({ organisationId, meetingId: meeting.id }) : await close({ organisationId, meetingId: meeting.id });
    if (answer.data) setConfirming(null);
  };

  return (
    <Stack gap="lg">
      <Group justify="space-between">
        <Title order={2} size="h3">
          {t('console.heading')}
        </Title>
        {manages && !started && <Button onClick={() => setConfirming('open')}>{t('console.open')}</Button>}
        {manages && live && (
          <Button variant="outline" color="red.9" onClick={() => setConfirming('close')}>
            {t('console.close')}
          </Button>
        )}
      </Group>
      {!started && <Text c="dimmed">{t('console.notYet')}</Text>}
      {meeting.status === 'closed' && <Alert color="gray">{t('console.isClosed')}</Alert>}
      {started && (
        <QueryState fetching={fetching} error={error} empty={!session}>
          {session && (
            <Grid gap="lg">
              <Grid.Col span={{ base: 12, md: 5 }} order={{ base: 1, md: 2 }}>
                {session.quorum ? <QuorumPanel quorum={session.quorum} /> : <Text c="dimmed">{t('quorum.noRules')}</Text>}
              </Grid.Col>
              <Grid.Col span={{ base: 12, md: 7 }} order={{ base: 2, md: 1 }}>
                <Card withBorder component="section" aria-labelledby="attendance-heading">
                  <Title order={2} size="h4" mb="sm" id="attendance-heading">
                    {t('console.members')}
                  </Title>
                  <ErrorAlert error={arrival.error ?? departure.error} />
                  <AttendanceList
                    entries={session.attendance}
                    busyMemberId={busyMemberId}
                    onArrive={manages && live ? onArrive : null}
                    onLeave={manages && live ? onLeave : null}
                  />
                </Card>
              </Grid.Col>
            </Grid>
          )}
        </QueryState>
      )}
      {confirming && (
        <ConfirmDialog
          title={t(confirming === 'open' ? 'console.open' : 'console.close')}
          message={t(confirming === 'open' ? 'console.openConfirm' : 'console.closeConfirm')}
          confirmLabel={t(confirming === 'open' ? 'console.open' : 'console.close')}
          danger={confirming === 'close'}
          loading={opening.fetching || closing.fetching}
          error={confirming === 'open' ? opening.error : closing.error}
          onConfirm={() => void confirm()}
          onClose={() => setConfirming(null)}
        />
      )}
    </Stack>
  );
}
