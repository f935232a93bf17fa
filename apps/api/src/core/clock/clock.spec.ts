import { calendarDate, isTimeZone } from './clock';

describe('the calendar date of an instant', () => {
  it('is taken where the organisation is: New Year in Paris is still New Year’s Eve in Cayenne', () => {
    const instant = new Date('2026-12-31T23:30:00Z');
    expect(calendarDate(instant, 'Europe/Paris')).toBe('2027-01-01');
    expect(calendarDate(instant, 'America/Cayenne')).toBe('2026-12-31');
    expect(calendarDate(instant, 'Indian/Reunion')).toBe('2027-01-01');
    expect(calendarDate(instant)).toBe('2027-01-01');
  });

  it('knows real time zones only', () => {
    expect(isTimeZone('Pacific/Noumea')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
  });
});
