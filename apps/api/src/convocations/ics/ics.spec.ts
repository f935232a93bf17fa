import { buildCalendar, escapeText, foldLine } from './ics';

describe('iCalendar text', () => {
  const event = {
    uid: 'meeting-1@collegial',
    start: new Date('2026-03-15T13:00:00Z'),
    end: new Date('2026-03-15T15:00:00Z'),
    stamp: new Date('2026-02-01T08:30:00Z'),
    title: 'Assemblée générale ordinaire, 2026',
    location: 'Salle des fêtes; Lyon',
    url: 'https://meet.jit.si/collegial-abc',
    description: '1. Rapport moral\n2. Comptes annuels',
  };

  it('escapes commas, semicolons, backslashes and line breaks', () => {
    expect(escapeText('a,b;c\\d\ne')).toBe('a\\,b\\;c\\\\d\\ne');
  });

  it('folds lines at 75 octets without splitting an accented letter', () => {
    const line = `DESCRIPTION:${'é'.repeat(100)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('writes one VEVENT with its UID, UTC dates and METHOD', () => {
    const text = buildCalendar([event], { method: 'REQUEST' });
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(text).toContain('METHOD:REQUEST\r\n');
    expect(text).toContain('UID:meeting-1@collegial\r\n');
    expect(text).toContain('DTSTART:20260315T130000Z\r\n');
    expect(text).toContain('DTEND:20260315T150000Z\r\n');
    expect(text).toContain('LOCATION:Salle des fêtes\\; Lyon\r\n');
    expect(text).toContain('SUMMARY:Assemblée générale ordinaire\\, 2026\r\n');
    expect(text.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
  });
});
