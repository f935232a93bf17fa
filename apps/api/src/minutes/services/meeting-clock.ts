import type { PlainDate } from '@collegial/governance';
import { calendarDate } from '../../core/clock/clock';

const timeFormatters = new Map<string, Intl.DateTimeFormat>();

/** 'HH:MM' of an instant where the meeting is held (a paper prints local times as given). */
export function localTime(instant: Date, timeZone: string): string {
  let format = timeFormatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    timeFormatters.set(timeZone, format);
  }
  return format.format(instant);
}

/** 'YYYY-MM-DD' of an instant where the meeting is held. */
export function localDate(instant: Date, timeZone: string): PlainDate {
  return calendarDate(instant, timeZone);
}
