import { Badge, Box, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BallotFieldsFragment } from '../gql/graphql';
import type { OptionCount } from './live-tally';
import { votesOf, type TallyView } from './tally-view';

type Options = BallotFieldsFragment['options'];

/**
 * A ballot's count: participation (cast / roll), then, when the results are visible, a bar
 * per option (and per college for a SCIC, with its weight), then the result and its
 * explanation once closed. `large` for the room's projector: big type, high contrast.
 */
export function TallyPanel({
  options,
  view,
  large = false,
  headingLevel = 3,
}: {
  options: Options;
  view: TallyView;
  large?: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
}) {
  const { t } = useTranslation('voting');
  const size = large ? 'xl' : 'md';
  return (
    <Stack gap={large ? 'xl' : 'sm'}>
      <div>
        <Text fw={700} size={size}>
          {t('tally.participation')}
        </Text>
        <Text size={large ? '2.5rem' : 'md'} fw={large ? 700 : 400} aria-live="polite" data-testid="participation">
          {t('tally.participationValue', { count: view.cast, roll: view.roll })}
        </Text>
        <Bar value={view.cast} total={view.roll} large={large} />
      </div>
      {view.resultsVisible ? (
        <OptionBars options={options} counts={view.options} large={large} />
      ) : (
        view.status !== 'closed' && <Text size={size}>{t('tally.hidden')}</Text>
      )}
      {view.resultsVisible && view.colleges.length > 0 && (
        <Stack gap="sm">
          <Title order={headingLevel} size={large ? 'h2' : 'h5'}>
            {t('tally.byCollege')}
          </Title>
          {/* On the projector, the colleges side by side, so that a SCIC's count fits the room's screen. */}
          <SimpleGrid cols={large ? { base: 1, sm: 2 } : 1} spacing={large ? 'xl' : 'sm'} verticalSpacing={large ? 'lg' : 'sm'}>
            {view.colleges.map((college) => (
              <section key={college.collegeId} aria-label={t('tally.college', { name: college.name, weight: college.weight })}>
                <Text fw={700} size={large ? '1.75rem' : size}>
                  {t('tally.college', { name: college.name, weight: college.weight })}
                </Text>
                <OptionBars options={options} counts={college.options} large={large} compact />
              </section>
            ))}
          </SimpleGrid>
        </Stack>
      )}
      {view.status === 'closed' && view.outcome && (
        <Stack gap="xs">
          <Group gap="sm">
            <Text fw={700} size={large ? '2rem' : size}>
              {t('tally.result')}
            </Text>
            <Badge size={large ? 'xl' : 'lg'} radius="sm" miw="max-content" color={view.outcome === 'rejected' ? '#8b1a1a' : '#1b5e20'} data-testid="outcome">
              {t(`outcomes.${view.outcome}`, { defaultValue: view.outcome })}
            </Badge>
          </Group>
          {view.explanation && (
            <Text size={large ? '1.5rem' : size} style={{ whiteSpace: 'pre-line' }}>
              {view.explanation}
            </Text>
          )}
        </Stack>
      )}
    </Stack>
  );
}

/** One bar per option, the count written beside it (the bar is only drawn: the text says it). */
function OptionBars({ options, counts, large, compact = false }: { options: Options; counts: OptionCount[]; large: boolean; compact?: boolean }) {
  const { t } = useTranslation('voting');
  // A college's bars, on the projector, are smaller than the whole count's.
  const textSize = large ? (compact ? '1.5rem' : '2rem') : 'md';
  const total = counts.reduce((sum, count) => sum + count.votes, 0);
  return (
    <Stack gap={large && !compact ? 'md' : 6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {options.map((option) => {
        const votes = votesOf(counts, option.id);
        return (
          <li key={option.id}>
            <Group justify="space-between" wrap="nowrap" gap="xs">
              <Text size={textSize} fw={large ? 700 : 500}>
                {option.label}
              </Text>
              <Text size={textSize} fw={700} data-testid={`votes-${option.code ?? option.id}`}>
                {t('tally.votes', { count: votes })}
              </Text>
            </Group>
            <Bar value={votes} total={total} large={large} thin={compact} />
          </li>
        );
      })}
    </Stack>
  );
}

function Bar({ value, total, large, thin = false }: { value: number; total: number; large: boolean; thin?: boolean }) {
  const percent = total > 0 ? Math.round((value / total) * 100) : 0;
  return (
    <Box
      aria-hidden
      h={large ? (thin ? 16 : 28) : 10}
      mt={4}
      style={{ background: large ? '#333' : 'var(--mantine-color-gray-2)', borderRadius: 4, overflow: 'hidden', border: large ? '1px solid #fff' : undefined }}
    >
      <Box h="100%" w={`${percent}%`} style={{ background: large ? '#ffd43b' : 'var(--mantine-color-blue-7)', transition: 'width 300ms' }} />
    </Box>
  );
}
