import { Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConvocationSendingFieldsFragment } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import type { NoticeDeadline } from './notice-deadline';

/** The notice check: the latest sending date for the meeting, whether today is in time, and each sending made so far. */
export function NoticeCard({
  deadline,
  sendings,
  children,
}: {
  deadline: NoticeDeadline | null;
  sendings: ConvocationSendingFieldsFragment[];
  children?: ReactNode;
}) {
  const { t } = useTranslation('convocations');
  return (
    <Card withBorder component="section" aria-labelledby="notice-heading">
      <Group justify="space-between" mb="sm" gap="xs">
        <Title order={2} size="h4" id="notice-heading">
          {t('notice.heading')}
        </Title>
        {deadline && sendings.length === 0 && (
          <Badge variant="outline" color={deadline.inTime ? 'teal.9' : 'red.9'}>
            {deadline.inTime ? t('notice.inTime') : t('notice.late')}
          </Badge>
        )}
      </Group>
      <Stack gap="sm">
        {deadline && <Text>{deadline.explanation}</Text>}
        {sendings.length === 0 ? (
          <Text c="dimmed">{t('notice.never')}</Text>
        ) : (
          <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {sendings.map((sending) => (
              <Stack key={sending.id} gap={2} component="li">
                <Group gap="xs">
                  <Text fw={500}>{t('notice.sentOn', { date: formatDate(sending.sentOn) })}</Text>
                  <Badge variant="outline" color={sending.inTime ? 'teal.9' : 'red.9'}>
                    {sending.inTime ? t('notice.inTime') : t('notice.late')}
                  </Badge>
                </Group>
                <Text size="sm">{sending.explanation}</Text>
                <Text size="sm" c="dimmed">
                  {t('notice.sentCounts', { email: sending.byEmail, post: sending.byPost })}
                </Text>
                {sending.overrideReason && <Text size="sm">{t('notice.reason', { reason: sending.overrideReason })}</Text>}
              </Stack>
            ))}
          </Stack>
        )}
        {children}
      </Stack>
    </Card>
  );
}
