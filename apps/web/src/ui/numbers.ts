import { i18n } from '../i18n/i18n';

/** The thousands separator of whole numbers: a narrow no-break space in French (as Intl writes it), a comma in English. */
const THOUSANDS: Record<string, string> = { fr: '\u202f', en: ',' };

/** One formatter a language, for the numbers that are not whole. */
const formatters = new Map<string, Intl.NumberFormat>();

/**
 * A number the way the reader's language writes it: "2 000" in French, "2,000" in English.
 * Whole numbers (counts, pages) are written here: the first Intl.NumberFormat of a page costs
 * tens of milliseconds (its locale's data), on the way to the register's first paint.
 */
export function formatNumber(value: number): string {
  const separator = THOUSANDS[i18n.language];
  if (separator && Number.isSafeInteger(value)) {
    const digits = String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, separator);
    return value < 0 ? `-${digits}` : digits;
  }
  let formatter = formatters.get(i18n.language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(i18n.language);
    formatters.set(i18n.language, formatter);
  }
  return formatter.format(value);
}
