import { i18n } from '../i18n/i18n';

/** A number the way the reader's language writes it: "2 000" in French, "2,000" in English. */
export const formatNumber = (value: number): string => new Intl.NumberFormat(i18n.language).format(value);
