import { Stack, Switch } from '@mantine/core';
import type { MeetingRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';

export function MeetingOptionsEditor({ value, onChange, weighted }: EditorProps<MeetingRules> & { weighted: boolean }) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <Switch
        label={t('fields.proxiesAllowed')}
        checked={value.proxiesAllowed}
        onChange={(e) => onChange({ ...value, proxiesAllowed: e.currentTarget.checked })}
      />
      <Switch
        label={t('fields.writtenConsultation')}
        checked={value.writtenConsultation}
        onChange={(e) => onChange({ ...value, writtenConsultation: e.currentTarget.checked })}
      />
      {(weighted || value.collegeWeighted) && (
        <Switch
          label={t('fields.collegeWeighted')}
          checked={value.collegeWeighted}
          onChange={(e) => onChange({ ...value, collegeWeighted: e.currentTarget.checked })}
        />
      )}
    </Stack>
  );
}
