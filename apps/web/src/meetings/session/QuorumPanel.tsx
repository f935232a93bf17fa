import { Box, Card, Group, Progress, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** What the panel reads of the api's live quorum. */
export interface QuorumView {
  reached: boolean;
  required: boolean;
  counted: number;
  base: number;
  needed?: number | null;
  present: number;
  remote: number;
  represented: number;
  threshold?: string | null;
  explanation: string;
}

/**
 * The live quorum: reached or not, the counts, and the api's explanation in the person's
 * language (which rule, which base, which threshold). A polite live region, so a screen reader
 * hears it change as arrivals are recorded.
 */
export function QuorumPanel({ quorum }: { quorum: QuorumView }) {
  const { t } = useTranslation('meetings');
  const state = !quorum.required ? 'notRequired' : quorum.reached ? 'reached' : 'notReached';
  // Dark shades: text on white stays readable (WCAG AA).
  const colour = state === 'notReached' ? 'red.9' : 'teal.9';
  const share = quorum.base > 0 ? Math.round((quorum.counted / quorum.base) * 100) : 0;
  return (
    <Card withBorder component="section" aria-labelledby="quorum-heading">
      <Stack gap="sm" aria-live="polite">
        <Group justify="space-between" align="baseline">
          <Title order={2} size="h4" id="quorum-heading">
            {t('quorum.heading')}
          </Title>
          <Text size="xs" c="dimmed">
            {t('quorum.live')}
          </Text>
        </Group>
        <Box pl="sm" style={{ borderLeft: `4px solid var(--mantine-color-${colour.replace('.', '-')})` }}>
          <Text fw={700} size="lg" c={colour}>
            {t(`quorum.${state}`)}
          </Text>
          <Text size="sm">
            {t('quorum.counted', { counted: quorum.counted, base: quorum.base })}
            {quorum.required && quorum.needed != null && ` · ${t('quorum.needed', { needed: quorum.needed })}`}
          </Text>
          {quorum.required && quorum.threshold && <Text size="sm">{t('quorum.threshold', { threshold: quorum.threshold })}</Text>}
          <Text size="sm">{t('console.counts', { present: quorum.present, remote: quorum.remote, represented: quorum.represented })}</Text>
        </Box>
        <Progress value={share} color={colour} aria-label={t('quorum.counted', { counted: quorum.counted, base: quorum.base })} />
        <Stack gap={2}>
          <Text fw={500} size="sm">
            {t('quorum.explanation')}
          </Text>
          <Text size="sm">{quorum.explanation}</Text>
        </Stack>
      </Stack>
    </Card>
  );
}
