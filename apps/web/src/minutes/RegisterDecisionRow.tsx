import { Anchor, Badge, Card, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { HighlightedExcerpt } from '../documents/HighlightedExcerpt';
import type { DecisionRegisterQuery } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { download } from './download';

export type RegisterDecision = DecisionRegisterQuery['decisionRegister']['nodes'][number];

/** One decision of the register: what, where and when, the words found, and its minutes' pages as a PDF. */
export function RegisterDecisionRow({ decision }: { decision: RegisterDecision }) {
  const { t } = useTranslation('minutes');
  const pages =
    decision.firstPage === decision.lastPage
      ? t('register.pdfOne', { first: decision.firstPage })
      : t('register.pdf', { first: decision.firstPage, last: decision.lastPage });
  return (
    <Card withBorder component="li" aria-label={decision.title}>
      <Stack gap={6}>
        <Group gap="xs" wrap="wrap">
          <Text fw={700} component="h3" size="md" m={0}>
            {decision.number ? `${t('register.resolution', { number: decision.number })} — ` : ''}
            {decision.title}
          </Text>
          {decision.outcome && (
            <Badge variant="outline" radius="sm" color={decision.outcome === 'rejected' ? 'red.9' : 'teal.9'}>
              {t(`register.outcomes.${decision.outcome}`)}
            </Badge>
          )}
        </Group>
        <Text size="sm" c="dimmed">
          {t('register.meeting', { body: decision.bodyName, date: formatDate(decision.meetingDate) })} · {t('register.entry', { sequence: decision.sequence })}
        </Text>
        {decision.excerpt ? <HighlightedExcerpt excerpt={decision.excerpt} /> : <Text size="sm">{decision.text}</Text>}
        {decision.explanation && (
          <Text size="xs" c="dimmed">
            {decision.explanation}
          </Text>
        )}
        <Anchor
          component="button"
          type="button"
          size="sm"
          style={{ alignSelf: 'flex-start' }}
          onClick={() => void download(decision.pdfUrl, `registre-${decision.sequence}.pdf`)}
        >
          {pages}
        </Anchor>
      </Stack>
    </Card>
  );
}
