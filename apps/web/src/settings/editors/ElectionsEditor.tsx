import { Stack, Switch } from '@mantine/core';
import type { ElectionRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionSelect } from './fields';

const METHODS: ElectionRules['method'][] = ['plurality', 'absoluteThenPlurality'];
const TIE_BREAKS: ElectionRules['tieBreak'][] = ['oldest', 'youngest', 'lot'];

export function ElectionsEditor({ value, onChange, weighted }: EditorProps<ElectionRules> & { weighted: boolean }) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <OptionSelect
        label={t('fields.method')}
        options={METHODS}
        labels="fields.methods"
        value={value.method}
        onChange={(method) => onChange({ ...value, method })}
      />
      <OptionSelect
        label={t('fields.tieBreak')}
        options={TIE_BREAKS}
        labels="fields.tieBreaks"
        value={value.tieBreak}
        onChange={(tieBreak) => onChange({ ...value, tieBreak })}
      />
      {(weighted || value.collegeWeighted) && (
        <Switch
          label={t('fields.electionsWeighted')}
          checked={value.collegeWeighted}
          onChange={(e) => onChange({ ...value, collegeWeighted: e.currentTarget.checked })}
        />
      )}
    </Stack>
  );
}
