import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/** Typed the French way (15/03/2024) or as 2024-03-15; anything else is not a date. */
function parseTypedDate(text: string): string | null {
  const parsed = dayjs(text.trim(), ['DD/MM/YYYY', 'D/M/YYYY', 'YYYY-MM-DD'], true);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD') : null;
}

/** A calendar date picker whose value is the api's 'YYYY-MM-DD', shown and typed as JJ/MM/AAAA. */
export function DateField({
  value,
  onChange,
  ...props
}: Omit<DateInputProps, 'value' | 'onChange'> & { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation('members');
  return (
    <DateInput
      valueFormat="DD/MM/YYYY"
      dateParser={parseTypedDate}
      placeholder={t('fields.datePlaceholder')}
      clearable={false}
      {...props}
      value={value}
      onChange={onChange}
    />
  );
}
