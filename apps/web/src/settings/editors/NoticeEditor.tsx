import { Stack } from '@mantine/core';
import type { NoticeRules } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionalNumber, OptionSelect, WholeNumber } from './fields';

const COUNTINGS: NoticeRules['counting'][] = ['calendarDays', 'clearDays'];

export function NoticeEditor({ value, onChange }: EditorProps<NoticeRules>) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <WholeNumber
        label={t('fields.firstDays')}
        value={value.firstConvocationDays}
        onChange={(firstConvocationDays) => onChange({ ...value, firstConvocationDays })}
      />
      <WholeNumber
        label={t('fields.secondDays')}
        value={value.secondConvocationDays}
        onChange={(secondConvocationDays) => onChange({ ...value, secondConvocationDays })}
      />
      <OptionSelect
        label={t('fields.counting')}
        options={COUNTINGS}
        labels="fields.countings"
        value={value.counting}
        onChange={(counting) => onChange({ ...value, counting })}
      />
      <OptionalNumber
        label={t('fields.gapDays')}
        description={t('fields.gapHint')}
        value={value.minDaysBeforeSecondMeeting}
        onChange={(minDaysBeforeSecondMeeting) => onChange({ ...value, minDaysBeforeSecondMeeting })}
      />
    </Stack>
  );
}
