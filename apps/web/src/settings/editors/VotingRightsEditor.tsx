import { Stack, Switch } from '@mantine/core';
import type { VotingRightsRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionalNumber } from './fields';

export function VotingRightsEditor({ value, onChange }: EditorProps<VotingRightsRules>) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <OptionalNumber
        label={t('fields.minimumAge')}
        description={t('fields.minimumAgeHint')}
        value={value.minimumAgeYears}
        onChange={(minimumAgeYears) => onChange({ ...value, minimumAgeYears })}
      />
      <OptionalNumber
        label={t('fields.seniority')}
        description={t('fields.minimumAgeHint')}
        value={value.minimumSeniorityMonths}
        onChange={(minimumSeniorityMonths) => onChange({ ...value, minimumSeniorityMonths })}
      />
      <Switch label={t('fields.duesRequired')} checked={value.duesRequired} onChange={(e) => onChange({ ...value, duesRequired: e.currentTarget.checked })} />
      <Switch
        label={t('fields.joinedBeforeConvocation')}
        checked={value.joinedBeforeConvocation}
        onChange={(e) => onChange({ ...value, joinedBeforeConvocation: e.currentTarget.checked })}
      />
    </Stack>
  );
}
