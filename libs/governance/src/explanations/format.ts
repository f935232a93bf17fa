import type { Bilingual, Locale } from '../governance-error';
import { Rational } from '../rational';

/**
 * Number formatting for explanations printed in minutes. French: decimal comma and a
 * space before % ("28,3 %"); English: decimal point, no space ("28.3%"). Counts are
 * printed without thousands separators so that they read the same in both languages.
 */

/** A count of votes or members: "17", or "8,75" / "8.75" when weights make it fractional. */
export function formatCount(value: Rational | number | bigint, locale: Locale): string {
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return value.isInteger() ? value.numerator.toString() : value.toDecimal(locale, 2);
}

/** A share as a percentage with one decimal: "57,8 %" / "57.8%". */
export function formatPercent(value: Rational, locale: Locale, decimals = 1): string {
  return value.toPercent(locale, decimals);
}

/** "2/5 (40 %)" — the exact fraction, then its percentage. */
export function formatFractionAndPercent(value: Rational, locale: Locale): string {
  if (value.isInteger()) return formatPercent(value, locale);
  return `${value.toString()} (${formatPercent(value, locale)})`;
}

/** Singular or plural form by count (French: 0 and 1 are singular; English: only 1). */
export function plural(count: Rational | number | bigint, locale: Locale, one: string, many: string): string {
  const r = count instanceof Rational ? count : Rational.of(count);
  if (locale === 'fr') return r.lt(2) ? one : many;
  return r.equals(1) ? one : many;
}

/** A count followed by its noun: "1 abstention", "3 abstentions", "0 vote" (fr) / "0 votes" (en). */
export function counted(count: Rational | number | bigint, locale: Locale, one: string, many: string): string {
  return `${formatCount(count, locale)} ${plural(count, locale, one, many)}`;
}

/** Joins parts in both languages at once. */
export function joinBilingual(parts: readonly Bilingual[], separator = ' '): Bilingual {
  return {
    fr: parts.map((p) => p.fr).join(separator),
    en: parts.map((p) => p.en).join(separator),
  };
}

/** Builds a Bilingual from a function of the locale. */
export function bilingual(f: (locale: Locale) => string): Bilingual {
  return { fr: f('fr'), en: f('en') };
}

/** "a, b et c" / "a, b and c". */
export function listOf(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${locale === 'fr' ? 'et' : 'and'} ${last}`;
}

/** Fractions written over a common denominator: [2/5, 1/3] → ["6/15", "5/15"]. */
export function overCommonDenominator(values: readonly Rational[]): string[] {
  let lcm = 1n;
  const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? a : gcd(b, a % b));
  for (const v of values) lcm = (lcm * v.denominator) / gcd(lcm, v.denominator);
  return values.map((v) => `${((v.numerator * lcm) / v.denominator).toString()}/${lcm.toString()}`);
}
