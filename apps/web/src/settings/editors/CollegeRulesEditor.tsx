import { Stack } from '@mantine/core';
import type { CollegeRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionalNumber, OptionSelect } from './fields';

const EMPTY_COLLEGE: CollegeRules['emptyCollege'][] = ['redistribute', 'countAsAgainst'];

/** The rules shared by the colleges; their list and weights are edited beside them. */
export function CollegeRulesEditor({ value, onChange }: EditorProps<CollegeRules>) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <OptionSelect
        label={t('fields.emptyCollege')}
        options={EMPTY_COLLEGE}
        labels="fields.emptyColleges"
        value={value.emptyCollege}
        onChange={(emptyCollege) => onChange({ ...value, emptyCollege })}
      />
      <OptionalNumber
        label={t('fields.collegeMinimumMembers')}
        description={t('fields.minimumAgeHint')}
        value={value.minimumMembers ?? null}
        onChange={(minimumMembers) => onChange({ ...value, minimumMembers })}
      />
    </Stack>
  );
}
