import { DateInput, type DateInputProps } from '@mantine/dates';
import dayjs from 'dayjs';
import customParseFormat from 'dayjs/plugin/customParseFormat';
import { useTranslation } from 'react-i18next';

dayjs.extend(customParseFormat);

/**
 * What a person may type: 12/03/2025 (or 12/3/2025, 12-03-2025, 12.03.2025), 2025-03-12, or
 * 12 mars 2025 (12 March 2025). Strict parsing matches a format exactly, hence each spelling.
 */
const TYPED_FORMATS = [
  ...['/', '-', '.'].flatMap((separator) => ['DD', 'D'].flatMap((day) => ['MM', 'M'].map((month) => [day, month, 'YYYY'].join(separator)))),
  'YYYY-MM-DD',
  'D MMMM YYYY',
  'DD MMMM YYYY',
];

/** A typed date as the api's LocalDate (YYYY-MM-DD), in the page's language; null until it is a whole, real date. */
export function parseTypedDate(typed: string, locale: string): string | null {
  const text = typed.trim();
  for (const format of TYPED_FORMATS) {
    const date = dayjs(text, format, locale, true);
    if (date.isValid()) return date.format('YYYY-MM-DD');
  }
  return null;
}

/**
 * A calendar date field, shown the French way ("12 mars 2025"), typed as 12/03/2025 or picked
 * in a calendar; its value is a LocalDate (YYYY-MM-DD) string.
 */
export function DateField(props: Omit<DateInputProps, 'valueFormat' | 'dateParser'>) {
  const { t, i18n } = useTranslation('common');
  return (
    <DateInput
      valueFormat="D MMMM YYYY"
      dateParser={(typed) => parseTypedDate(typed, i18n.language)}
      placeholder={t('datePlaceholder')}
      // Mantine's red weekends and grey days of the next month are too pale to read (contrast under 4.5:1).
      weekendDays={[]}
      hideOutsideDates
      // The calendar's arrows and headings have names for screen readers, in the page's language.
      ariaLabels={{
        previousMonth: t('datePicker.previousMonth'),
        nextMonth: t('datePicker.nextMonth'),
        monthLevelControl: t('datePicker.monthLevel'),
        previousYear: t('datePicker.previousYear'),
        nextYear: t('datePicker.nextYear'),
        yearLevelControl: t('datePicker.yearLevel'),
        previousDecade: t('datePicker.previousDecade'),
        nextDecade: t('datePicker.nextDecade'),
      }}
      // Escape closes the calendar only, not the dialog the field is in.
      data-mantine-stop-propagation
      {...props}
    />
  );
}
