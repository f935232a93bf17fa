import { i18n } from '../i18n/i18n';

/** One formatter a language: making one costs far more than using it (a table shows many numbers). */
const formatters = new Map<string, Intl.NumberFormat>();

/** A number the way the reader's language writes it: "2 000" in French, "2,000" in English. */
export function formatNumber(value: number): string {
  let formatter = formatters.get(i18n.language);
  if (!formatter) {
    formatter = new Intl.NumberFormat(i18n.language);
    formatters.set(i18n.language, formatter);
  }
  return formatter.format(value);
}
