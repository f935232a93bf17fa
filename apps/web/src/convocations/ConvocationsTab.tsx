import { Alert, Button, Group, Stack } from '@mantine/core';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import type { Locale } from '@collegial/governance';
import type { MeetingTabProps } from '../meetings/meeting-tab-props';
import { MeetingQuery } from '../meetings/meetings.operations';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { ConvocationProgressCard } from './ConvocationProgressCard';
import { ConvocationSendingsQuery, NoticeProfileQuery, SendConvocationsMutation } from './convocations.operations';
import { ConvocationTable } from './ConvocationTable';
import { noticeDeadline } from './notice-deadline';
import { NoticeCard } from './NoticeCard';
import { OverrideDialog } from './OverrideDialog';
import { PostalList } from './PostalList';

/** The api refuses a late sending without a reason with this reason code. */
const LATE = 'CONVOCATION_LATE';

/**
 * The secretary's convocations: the notice check, « Envoyer les convocations » (with a reason
 * when late), the progress of the sending, each member's status and the list to convene by post.
 */
export function ConvocationsTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t, i18n } = useTranslation('convocations');
  const sendingsContext = useMemo(() => ({ additionalTypenames: ['ConvocationSending'] }), []);
  const [profile] = useQuery({ query: NoticeProfileQuery, variables: { organisationId } });
  const [sendings, reloadSendings] = useQuery({
    query: ConvocationSendingsQuery,
    variables: { organisationId, meetingId: meeting.id },
    pause: !manages,
    context: sendingsContext,
  });
  const client = useClient();
  const [sent, send] = useMutation(SendConvocationsMutation);
  const [late, setLate] = useState<string | null>(null);
  const [refresh, setRefresh] = useState(0);
  const [settled, setSettled] = useState(0);
  const deadline = useMemo(
    () => (profile.data ? noticeDeadline(profile.data.organisation.governanceProfile, meeting, i18n.language as Locale) : null),
    [profile.data, meeting, i18n.language],
  );
  const onSettled = useCallback(() => setSettled((count) => count + 1), []);

  if (!manages) return <Alert color="blue">{t('meetings:meeting.readOnly')}</Alert>;
  const history = sendings.data?.convocationSendings ?? [];
  const sendable = meeting.status === 'draft' || meeting.status === 'convened';

  const submit = async (reason?: string) => {
    const outcome = await send({ organisationId, meetingId: meeting.id, override: reason ? { reason } : null });
    const refusal = outcome.error?.graphQLErrors[0];
    if (refusal?.extensions?.reason === LATE) {
      setLate(refusal.message);
      return;
    }
    if (outcome.data) {
      setLate(null);
      notifyDone(t('send.done', { count: outcome.data.sendConvocations.created }));
      reloadSendings({ requestPolicy: 'network-only' });
      setRefresh((count) => count + 1);
      // The meeting is now convened: its page's status badge asks again.
      void client.query(MeetingQuery, { organisationId, meetingId: meeting.id }, { requestPolicy: 'network-only' }).toPromise();
    }
  };
  const lateRefused = sent.error?.graphQLErrors[0]?.extensions?.reason === LATE;

  return (
    <Stack gap="lg">
      <NoticeCard deadline={deadline} sendings={history}>
        {sendable ? (
          <Group>
            <Button onClick={() => void submit()} loading={sent.fetching && late === null}>
              {history.length === 0 ? t('send.action') : t('send.again')}
            </Button>
          </Group>
        ) : (
          <Alert color="gray">{t('send.closed')}</Alert>
        )}
        {!lateRefused && late === null && <ErrorAlert error={sent.error} />}
      </NoticeCard>
      <ConvocationProgressCard organisationId={organisationId} meetingId={meeting.id} refresh={refresh} onSettled={onSettled} />
      <ConvocationTable organisationId={organisationId} meetingId={meeting.id} refresh={refresh + settled} />
      <PostalList organisationId={organisationId} meetingId={meeting.id} refresh={refresh} />
      {late !== null && (
        <OverrideDialog
          refusal={late}
          loading={sent.fetching}
          error={lateRefused ? null : sent.error}
          onSend={(reason) => void submit(reason)}
          onClose={() => setLate(null)}
        />
      )}
    </Stack>
  );
}
