import { Fieldset, Group, NumberInput, Select, TextInput } from '@mantine/core';
import type { Comparison, Threshold } from '@collegial/governance';
import { useTranslation } from 'react-i18next';

/** A select among a rule's options, each labelled from the strings under `labels`. */
export function OptionSelect<T extends string>({
  label,
  options,
  labels,
  value,
  onChange,
}: {
  label: string;
  options: readonly T[];
  labels: string;
  value: T;
  onChange: (value: T) => void;
}) {
  const { t } = useTranslation('settings');
  return (
    <Select
      label={label}
      allowDeselect={false}
      value={value}
      onChange={(next) => next && onChange(next)}
      data={options.map((option) => ({ value: option, label: t(`${labels}.${option}`) }))}
      comboboxProps={{ withinPortal: true }}
    />
  );
}

/** A whole number, or none when left empty. */
export function OptionalNumber({
  label,
  description,
  value,
  onChange,
}: {
  label: string;
  description?: string;
  value: number | null;
  onChange: (value: number | null) => void;
}) {
  return (
    <NumberInput
      label={label}
      description={description}
      min={0}
      allowDecimal={false}
      value={value ?? ''}
      onChange={(next) => onChange(typeof next === 'number' ? next : next === '' ? null : Number(next))}
    />
  );
}

/** A whole number that must be given. */
export function WholeNumber({ label, value, onChange }: { label: string; value: number; onChange: (value: number) => void }) {
  return (
    <NumberInput label={label} min={0} allowDecimal={false} value={value} onChange={(next) => onChange(typeof next === 'number' ? next : Number(next) || 0)} />
  );
}

const COMPARISONS: Comparison[] = ['atLeast', 'moreThan'];

/** A threshold ("au moins un quart"): a comparison and a share; an empty share means none. */
export function ThresholdField({ legend, value, onChange }: { legend: string; value: Threshold | null; onChange: (value: Threshold | null) => void }) {
  const { t } = useTranslation('settings');
  return (
    <Fieldset legend={legend}>
      <Group grow align="flex-start">
        <OptionSelect
          label={t('fields.comparison')}
          options={COMPARISONS}
          labels="fields.comparisons"
          value={value?.comparison ?? 'atLeast'}
          onChange={(comparison) => onChange({ share: value?.share ?? '', comparison })}
        />
        <TextInput
          label={t('fields.share')}
          description={t('fields.shareHint')}
          value={value?.share ?? ''}
          onChange={(event) => {
            const share = event.currentTarget.value;
            onChange(share.trim() === '' ? null : { share, comparison: value?.comparison ?? 'atLeast' });
          }}
        />
      </Group>
    </Fieldset>
  );
}
