import { Button, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { ConvocationProgressQuery, RetryFailedConvocationsMutation } from './convocations.operations';

/**
 * How far the sending is: sent, failed, waiting, by post, of the total; asked again every
 * second while e-mails wait in the queue, so a 2,000-member sending shows its progress.
 */
export function ConvocationProgressCard({
  organisationId,
  meetingId,
  refresh,
  onSettled,
}: {
  organisationId: string;
  meetingId: string;
  /** Changes when a sending was just made: ask again at once. */
  refresh: number;
  /** Called when nothing waits in the queue any more (the member table reloads). */
  onSettled: () => void;
}) {
  const { t } = useTranslation('convocations');
  const context = useMemo(() => ({ additionalTypenames: ['ConvocationProgress'] }), []);
  const [{ data, error }, reexecute] = useQuery({
    query: ConvocationProgressQuery,
    variables: { organisationId, meetingId },
    requestPolicy: 'network-only',
    context,
  });
  const [retried, retry] = useMutation(RetryFailedConvocationsMutation);
  const progress = data?.convocationProgress;
  const sending = (progress?.queued ?? 0) > 0;

  useEffect(() => {
    if (refresh) reexecute({ requestPolicy: 'network-only' });
  }, [refresh, reexecute]);

  useEffect(() => {
    if (!sending) return;
    const timer = setInterval(() => reexecute({ requestPolicy: 'network-only' }), 1000);
    return () => clearInterval(timer);
  }, [sending, reexecute]);

  // The queue has just emptied: the members' statuses are final for now.
  const wasSending = useRef(false);
  useEffect(() => {
    if (wasSending.current && !sending) onSettled();
    wasSending.current = sending;
  }, [sending, onSettled]);

  if (!progress || progress.total === 0) return <ErrorAlert error={error} />;
  const emails = progress.total - progress.byPost;
  const done = progress.sent + progress.failed;
  const percent = emails > 0 ? Math.round((done / emails) * 100) : 100;

  const again = async () => {
    const outcome = await retry({ organisationId, meetingId });
    if (outcome.data) {
      notifyDone(t('progress.retried', { count: outcome.data.retryFailedConvocations }));
      reexecute({ requestPolicy: 'network-only' });
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="progress-heading">
      <Title order={2} size="h4" id="progress-heading" mb="sm">
        {t('progress.heading')}
      </Title>
      <Stack gap="xs">
        <Progress.Root size="lg" aria-hidden>
          <Progress.Section value={emails > 0 ? (progress.sent / emails) * 100 : 0} color="green.8" />
          <Progress.Section value={emails > 0 ? (progress.failed / emails) * 100 : 0} color="red.8" />
        </Progress.Root>
        <div
          role="progressbar"
          aria-label={t('progress.label')}
          aria-valuemin={0}
          aria-valuemax={emails}
          aria-valuenow={done}
          aria-valuetext={`${percent} %`}
        />
        <Text aria-live="polite" data-testid="convocation-progress">
          {t('progress.summary', progress)}
        </Text>
        <Text size="sm" c="dimmed">
          {sending ? t('progress.sending') : t('progress.finished')}
        </Text>
        <ErrorAlert error={error ?? retried.error} />
        {progress.failed > 0 && !sending && (
          <Group>
            <Button variant="outline" onClick={() => void again()} loading={retried.fetching}>
              {t('progress.retry')}
            </Button>
          </Group>
        )}
      </Stack>
    </Card>
  );
}
