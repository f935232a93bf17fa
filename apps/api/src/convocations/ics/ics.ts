/**
 * iCalendar (RFC 5545) text for meetings, written by hand: a few properties, escaped and
 * folded as the RFC says, so every calendar (Outlook, Google, Apple, Thunderbird) reads it.
 */

/** One meeting as a calendar event. */
export interface CalendarEvent {
  /** Stable for the meeting: a calendar updates the event instead of adding a second one. */
  uid: string;
  start: Date;
  end: Date;
  title: string;
  location?: string | null;
  /** The remote-attendance link. */
  url?: string | null;
  description?: string | null;
  /** Grows with each change of the meeting, so calendars take the newest. */
  sequence?: number;
  /** The meeting called off: calendars strike it out. */
  cancelled?: boolean;
  organizer?: { name: string; email: string } | null;
  attendee?: { name: string; email: string } | null;
  /** When this version of the event was made (DTSTAMP). */
  stamp: Date;
}

export type CalendarMethod = 'PUBLISH' | 'REQUEST';

const PRODUCT_ID = '-//Collegial//Convocations//FR';

/** TEXT values: backslash, semicolon, comma and line breaks escaped (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** A UTC date-time: 20260315T140000Z. */
export function utcDateTime(date: Date): string {
  return date
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/**
 * Lines longer than 75 octets folded: CRLF then a space (§3.1), never inside a UTF-8
 * character (an accented letter is two octets).
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, 'utf8');
    // The first line holds 75 octets, the continuations 74 after their leading space.
    if (octets + size > (parts.length === 0 ? 75 : 74)) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A CN parameter value: quoted, without the characters a quoted value cannot hold. */
const commonName = (name: string) => `"${name.replace(/["\r\n]/g, '')}"`;

function eventLines(event: CalendarEvent, method: CalendarMethod): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${utcDateTime(event.stamp)}`,
    `DTSTART:${utcDateTime(event.start)}`,
    `DTEND:${utcDateTime(event.end)}`,
    `SEQUENCE:${event.sequence ?? 0}`,
    `SUMMARY:${escapeText(event.title)}`,
    `STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
  ];
  if (event.location) lines.push(`LOCATION:${escapeText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url.replace(/[\r\n]/g, '')}`);
  if (event.description) lines.push(`DESCRIPTION:${escapeText(event.description)}`);
  if (event.organizer) lines.push(`ORGANIZER;CN=${commonName(event.organizer.name)}:mailto:${event.organizer.email}`);
  if (event.attendee && method === 'REQUEST') {
    lines.push(`ATTENDEE;CN=${commonName(event.attendee.name)};ROLE=REQ-PARTICIPANT;PARTSTAT=NEEDS-ACTION;RSVP=FALSE:mailto:${event.attendee.email}`);
  }
  lines.push('END:VEVENT');
  return lines;
}

/**
 * A VCALENDAR of these events. REQUEST: the invitation attached to a convocation (one
 * event); PUBLISH: a feed or an export.
 */
export function buildCalendar(events: CalendarEvent[], options: { method: CalendarMethod; name?: string }): string {
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', `PRODID:${PRODUCT_ID}`, 'CALSCALE:GREGORIAN', `METHOD:${options.method}`];
  if (options.name) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`);
  for (const event of events) lines.push(...eventLines(event, options.method));
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}

/** The content type of a calendar sent with this method. */
export const calendarContentType = (method: CalendarMethod) => `text/calendar; charset=utf-8; method=${method}`;
