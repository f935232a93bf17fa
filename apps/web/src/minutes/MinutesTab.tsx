import { Alert, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { MeetingTabProps } from '../meetings/meeting-tab-props';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryState } from '../ui/QueryState';
import { notifyDone } from '../ui/notify';
import { download } from './download';
import { MinutesApprovals } from './MinutesApprovals';
import { MinutesApprovedCard } from './MinutesApprovedCard';
import { MinutesEditor } from './MinutesEditor';
import { DraftMinutesMutation, MinutesQuery } from './minutes.operations';

/**
 * The « Procès-verbal » tab of a closed meeting: the secretariat drafts and edits the minutes,
 * anyone previews them, the chair and the secretary of the meeting approve; once approved,
 * the frozen PDF with its fingerprint and register number.
 */
export function MinutesTab({ organisationId, meeting, manages }: MeetingTabProps) {
  const { t } = useTranslation('minutes');
  const context = useMemo(() => ({ additionalTypenames: ['Minutes'] }), []);
  const [{ data, fetching, error }] = useQuery({ query: MinutesQuery, variables: { organisationId, meetingId: meeting.id }, context });
  const [drafting, draft] = useMutation(DraftMinutesMutation);
  const minutes = data?.minutes;

  if (!data)
    return (
      <QueryState fetching={fetching} error={error}>
        {null}
      </QueryState>
    );
  if (!minutes) {
    if (meeting.status !== 'closed') return <Alert color="gray">{t('notClosed')}</Alert>;
    if (!manages) return <Alert color="gray">{t('noneReader')}</Alert>;
    return (
      <Stack gap="sm" align="flex-start">
        <Alert color="gray">{t('none')}</Alert>
        <ErrorAlert error={drafting.error} />
        <Button
          loading={drafting.fetching}
          onClick={() => {
            void (async () => {
              const outcome = await draft({ organisationId, meetingId: meeting.id }, context);
              if (outcome.data) notifyDone(t('drafted'));
            })();
          }}
        >
          {t('draft')}
        </Button>
      </Stack>
    );
  }

  const approved = minutes.status === 'approved';
  return (
    <Stack gap="lg">
      <Group justify="space-between" wrap="wrap">
        <Group gap="sm">
          <Title order={2} size="h3">
            {approved ? t('approved.title') : t('editor.title')}
          </Title>
          <Badge color={approved ? 'teal.9' : 'gray.8'} variant="outline" radius="sm">
            {t(`status.${minutes.status}`)}
          </Badge>
        </Group>
        {!approved && (
          <Button variant="default" onClick={() => void download(minutes.pdfUrl, 'proces-verbal-projet.pdf')}>
            {t('editor.preview')}
          </Button>
        )}
      </Group>
      {approved && <MinutesApprovedCard minutes={minutes} />}
      <MinutesApprovals organisationId={organisationId} minutes={minutes} />
      {!approved && manages && <MinutesEditor key={minutes.id} organisationId={organisationId} minutes={minutes} />}
    </Stack>
  );
}
