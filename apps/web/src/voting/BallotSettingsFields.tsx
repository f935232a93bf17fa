import { Checkbox, Group, Radio, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BallotSettings } from './ballot-settings';

/** Secret or public, results live or at close, who votes: the choices every new ballot takes. */
export function BallotSettingsFields({ value, onChange }: { value: BallotSettings; onChange: (settings: BallotSettings) => void }) {
  const { t } = useTranslation('voting');
  return (
    <Stack gap="sm">
      <Checkbox label={t('form.secret')} checked={value.secret} onChange={(event) => onChange({ ...value, secret: event.currentTarget.checked })} />
      <Radio.Group label={t('form.results')} value={value.resultsVisibility} onChange={(next) => onChange({ ...value, resultsVisibility: next })}>
        <Group gap="md" mt={4}>
          <Radio value="live" label={t('live')} />
          <Radio value="atClose" label={t('atClose')} />
        </Group>
      </Radio.Group>
      <Radio.Group label={t('form.rollBasis')} value={value.rollBasis} onChange={(next) => onChange({ ...value, rollBasis: next })}>
        <Stack gap={4} mt={4}>
          <Radio value="attending" label={t('form.attending')} />
          <Radio value="convened" label={t('form.convened')} />
        </Stack>
      </Radio.Group>
    </Stack>
  );
}
