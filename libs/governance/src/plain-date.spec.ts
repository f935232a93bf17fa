import fc from 'fast-check';
import { GovernanceError } from './governance-error';
import { addDays, addMonths, compareDates, daysBetween, formatPlainDate, fullYearsBetween, isPlainDate } from './plain-date';

describe('PlainDate', () => {
  it('recognises real calendar dates only', () => {
    expect(isPlainDate('2024-02-29')).toBe(true);
    expect(isPlainDate('2023-02-29')).toBe(false);
    expect(isPlainDate('2000-02-29')).toBe(true);
    expect(isPlainDate('1900-02-29')).toBe(false);
    expect(isPlainDate('2024-13-01')).toBe(false);
    expect(isPlainDate('2024-1-01')).toBe(false);
    expect(isPlainDate('2024-01-01T00:00')).toBe(false);
    expect(isPlainDate(20240101)).toBe(false);
  });

  it('adds days across months, years and leap days', () => {
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addDays('2024-02-29', 1)).toBe('2024-03-01');
    expect(addDays('2024-12-31', 1)).toBe('2025-01-01');
    expect(addDays('2025-06-14', -15)).toBe('2025-05-30');
    expect(addDays('2025-03-30', 0)).toBe('2025-03-30');
  });

  it('adds months clamped to the end of the month', () => {
    expect(addMonths('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonths('2023-01-31', 1)).toBe('2023-02-28');
    expect(addMonths('2024-02-29', 12)).toBe('2025-02-28');
    expect(addMonths('2024-06-15', 36)).toBe('2027-06-15');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2024-11-30', 3)).toBe('2025-02-28');
  });

  it('compares and measures dates', () => {
    expect(compareDates('2024-01-01', '2024-01-02')).toBe(-1);
    expect(compareDates('2024-01-02', '2024-01-02')).toBe(0);
    expect(compareDates('2025-01-01', '2024-12-31')).toBe(1);
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366);
    expect(fullYearsBetween('2008-06-15', '2024-06-14')).toBe(15);
    expect(fullYearsBetween('2008-06-15', '2024-06-15')).toBe(16);
    expect(formatPlainDate('2025-06-14', 'fr')).toBe('14/06/2025');
    expect(formatPlainDate('2025-06-14', 'en')).toBe('2025-06-14');
  });

  it('refuses malformed dates with a typed error', () => {
    expect(() => addDays('2024-02-30', 1)).toThrow(GovernanceError);
    expect(() => addDays('2024-02-01', 1.5)).toThrow(GovernanceError);
    expect(() => compareDates('yesterday', '2024-01-01')).toThrow(GovernanceError);
  });

  it('addDays agrees with daysBetween and with UTC dates', () => {
    const date = fc.date({ min: new Date(Date.UTC(1900, 0, 1)), max: new Date(Date.UTC(2200, 0, 1)), noInvalidDate: true });
    fc.assert(
      fc.property(date, fc.integer({ min: -5000, max: 5000 }), (d, n) => {
        const start = d.toISOString().slice(0, 10);
        const end = addDays(start, n);
        expect(isPlainDate(end)).toBe(true);
        expect(daysBetween(start, end)).toBe(n);
        const utc = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + n));
        expect(end).toBe(utc.toISOString().slice(0, 10));
      }),
    );
  });
});
