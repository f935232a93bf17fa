import { Rational } from '@collegial/governance';

/** The language a paper is printed in; French by default. */
export type PaperLocale = 'fr' | 'en';

const MONTHS: Record<PaperLocale, string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
const WEEKDAYS: Record<PaperLocale, string[]> = {
  fr: ['dimanche', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'],
  en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
};

function parseDate(date: string): { year: number; month: number; day: number } {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not a 'YYYY-MM-DD' date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

/**
 * "samedi 13 juin 2026" / "Saturday 13 June 2026". Names are written here rather than
 * asked of Intl so that the text never depends on the ICU data Node was built with.
 */
export function formatLongDate(date: string, locale: PaperLocale, withWeekday = true): string {
  const { year, month, day } = parseDate(date);
  const weekday = WEEKDAYS[locale][new Date(Date.UTC(year, month - 1, day)).getUTCDay()];
  const dayText = locale === 'fr' && day === 1 ? '1er' : String(day);
  const text = `${dayText} ${MONTHS[locale][month - 1]} ${year}`;
  return withWeekday ? `${weekday} ${text}` : text;
}

/** "13/06/2026" / "13/06/2026" (day first in both: the papers are French). */
export function formatShortDate(date: string): string {
  const { year, month, day } = parseDate(date);
  return `${String(day).padStart(2, '0')}/${String(month).padStart(2, '0')}/${year}`;
}

/** "18 h 30" / "18:30": a 24-hour clock in both languages. */
export function formatTime(time: string, locale: PaperLocale): string {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new RangeError(`Not an 'HH:MM' time: ${time}`);
  return locale === 'fr' ? `${Number(match[1])} h ${match[2]}` : `${match[1].padStart(2, '0')}:${match[2]}`;
}

/** A share given as "4/9", "40 %" or "0.4": its exact value. */
export function shareOf(text: string): Rational {
  return Rational.parse(text);
}

/** "57,8 %" / "57.8%". */
export function formatPercent(share: string, locale: PaperLocale): string {
  return shareOf(share).toPercent(locale, 1);
}

/** "26/45 (57,8 %)", or just "40 %" when the share is given as a whole percentage. */
export function formatShare(share: string, locale: PaperLocale): string {
  const value = shareOf(share);
  const percent = value.toPercent(locale, 1);
  if (/%\s*$/.test(share) || value.isInteger()) return percent;
  return `${value.toString()} (${percent})`;
}

/** A share as a float, for drawing only (never for a decision). */
export function shareAsNumber(share: string): number {
  const value = shareOf(share);
  return Number(value.numerator) / Number(value.denominator);
}

/**
 * A count: "17", or "8,75" / "8.75" when weights make it fractional. No thousands
 * separator, as in libs/governance's explanations, so figures read the same everywhere.
 */
export function formatCount(count: number, locale: PaperLocale): string {
  if (Number.isInteger(count)) return String(count);
  const text = count.toFixed(2).replace(/0+$/, '');
  return locale === 'fr' ? text.replace('.', ',') : text;
}

/** "a, b et c" / "a, b and c". */
export function listOf(items: readonly string[], locale: PaperLocale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${items[items.length - 1]}`;
}
