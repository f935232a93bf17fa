import { Stack } from '@mantine/core';
import { renewalParts, type MandateRules, type RenewalRule, type TermEndRule } from '@collegial/governance';
import { useTranslation } from 'react-i18next';
import type { EditorProps } from './editor-props';
import { OptionalNumber, OptionSelect } from './fields';

const RENEWALS = ['whole', 'halves', 'thirds'] as const;
const TERM_ENDS: TermEndRule[] = ['anniversary', 'ordinaryAssembly'];
/** Renewal in any other number of parts is kept as it is, shown by its nearest usual form. */
const usualRenewal = (renewal: RenewalRule) => (typeof renewal === 'string' ? renewal : RENEWALS[Math.min(renewalParts(renewal), 3) - 1]);

export function MandateEditor({ value, onChange }: EditorProps<MandateRules>) {
  const { t } = useTranslation('settings');
  return (
    <Stack>
      <OptionalNumber
        label={t('fields.termMonths')}
        description={t('fields.termHint')}
        value={value.termMonths}
        onChange={(termMonths) => onChange({ ...value, termMonths })}
      />
      <OptionSelect
        label={t('fields.renewal')}
        options={RENEWALS}
        labels="fields.renewals"
        value={usualRenewal(value.renewal)}
        onChange={(renewal) => onChange({ ...value, renewal })}
      />
      <OptionSelect
        label={t('fields.termEnds')}
        options={TERM_ENDS}
        labels="fields.termEndsOptions"
        value={value.termEnds ?? 'anniversary'}
        onChange={(termEnds) => onChange({ ...value, termEnds })}
      />
    </Stack>
  );
}
