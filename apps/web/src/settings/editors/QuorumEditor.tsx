import { Stack, Switch } from '@mantine/core';
import type { QuorumRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { ThresholdField } from './fields';

export function QuorumEditor({ value, onChange }: EditorProps<QuorumRules>) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <ThresholdField
        legend={t('fields.firstConvocation')}
        value={value.firstConvocation}
        onChange={(firstConvocation) => onChange({ ...value, firstConvocation })}
      />
      <ThresholdField
        legend={t('fields.secondConvocation')}
        value={value.secondConvocation}
        onChange={(secondConvocation) => onChange({ ...value, secondConvocation })}
      />
      <Switch
        label={t('fields.countRepresented')}
        checked={value.countRepresented}
        onChange={(e) => onChange({ ...value, countRepresented: e.currentTarget.checked })}
      />
      <Switch label={t('fields.countRemote')} checked={value.countRemote} onChange={(e) => onChange({ ...value, countRemote: e.currentTarget.checked })} />
    </Stack>
  );
}
