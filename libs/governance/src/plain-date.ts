import { GovernanceErrorCode, fail } from './governance-error';

/**
 * A calendar date without time or time zone, written 'YYYY-MM-DD' (e.g. '2025-06-14').
 * Meetings, mandates and notice periods are counted in calendar days, so dates never
 * go through a Date object and a time zone.
 */
export type PlainDate = string;

const PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  const lengths = [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return lengths[month - 1];
}

/** True when `s` is a real calendar date written 'YYYY-MM-DD' (years 0001–9999). */
export function isPlainDate(s: unknown): s is PlainDate {
  if (typeof s !== 'string') return false;
  const m = PATTERN.exec(s);
  if (!m) return false;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** Throws INVALID_DATE (naming `what`) unless `s` is a PlainDate. */
export function assertPlainDate(s: unknown, what = 'date'): asserts s is PlainDate {
  if (!isPlainDate(s)) {
    fail(
      GovernanceErrorCode.InvalidDate,
      `${what} : « ${String(s)} » n'est pas une date valide au format AAAA-MM-JJ.`,
      `${what}: "${String(s)}" is not a valid date in the YYYY-MM-DD format.`,
      what,
    );
  }
}

interface Civil {
  year: number;
  month: number;
  day: number;
}

function parse(d: PlainDate, what: string): Civil {
  assertPlainDate(d, what);
  return { year: Number(d.slice(0, 4)), month: Number(d.slice(5, 7)), day: Number(d.slice(8, 10)) };
}

function format({ year, month, day }: Civil): PlainDate {
  if (year < 1 || year > 9999) {
    fail(
      GovernanceErrorCode.InvalidDate,
      `Date hors de la plage prise en charge (années 1 à 9999) : ${year}.`,
      `Date outside the supported range (years 1 to 9999): ${year}.`,
    );
  }
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// Integer day numbers (days since 1970-01-01), after H. Hinnant's civil calendar algorithms.
function toDayNumber({ year, month, day }: Civil): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

function fromDayNumber(n: number): Civil {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day };
}

function assertInteger(n: number, what: string): void {
  if (!Number.isSafeInteger(n)) {
    fail(GovernanceErrorCode.InvalidArgument, `${what} doit être un nombre entier (reçu : ${String(n)}).`, `${what} must be an integer (got ${String(n)}).`);
  }
}

/** The date `n` calendar days after `d` (before it when `n` is negative). */
export function addDays(d: PlainDate, n: number): PlainDate {
  assertInteger(n, 'days');
  return format(fromDayNumber(toDayNumber(parse(d, 'date')) + n));
}

/**
 * The date `n` months after `d`, the day clamped to the end of the target month
 * (2024-01-31 + 1 month = 2024-02-29; 2023-01-31 + 1 month = 2023-02-28).
 */
export function addMonths(d: PlainDate, n: number): PlainDate {
  assertInteger(n, 'months');
  const { year, month, day } = parse(d, 'date');
  const index = year * 12 + (month - 1) + n;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return format({ year: y, month: m, day: Math.min(day, daysInMonth(y, m)) });
}

/** -1 when a is before b, 0 when equal, 1 when after. */
export function compareDates(a: PlainDate, b: PlainDate): -1 | 0 | 1 {
  const x = toDayNumber(parse(a, 'a'));
  const y = toDayNumber(parse(b, 'b'));
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Calendar days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: PlainDate, to: PlainDate): number {
  return toDayNumber(parse(to, 'to')) - toDayNumber(parse(from, 'from'));
}

/** Whole years completed from `from` to `on` (an age, or a seniority in years). */
export function fullYearsBetween(from: PlainDate, on: PlainDate): number {
  const a = parse(from, 'from');
  const b = parse(on, 'on');
  let years = b.year - a.year;
  if (b.month < a.month || (b.month === a.month && b.day < a.day)) years -= 1;
  return years;
}

/** A date printed for people: French "14/06/2025", English "2025-06-14". */
export function formatPlainDate(d: PlainDate, locale: 'fr' | 'en'): string {
  const { year, month, day } = parse(d, 'date');
  const dd = String(day).padStart(2, '0');
  const mm = String(month).padStart(2, '0');
  return locale === 'fr' ? `${dd}/${mm}/${String(year).padStart(4, '0')}` : format({ year, month, day });
}
