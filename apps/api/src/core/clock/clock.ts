import { Injectable } from '@nestjs/common';
import type { PlainDate } from '@collegial/governance';

/** Where Collegial's organisations are, unless an organisation says otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** The calendar date of an instant in a time zone, 'YYYY-MM-DD'. */
export function calendarDate(instant: Date, timeZone: string = DEFAULT_TIME_ZONE): PlainDate {
  // en-CA formats dates as YYYY-MM-DD.
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(instant);
}

/** Whether `timeZone` is an IANA time zone this runtime knows. */
export function isTimeZone(timeZone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone });
    return true;
  } catch {
    return false;
  }
}

/** The one source of "now" and "today": governance dates are calendar dates where the organisation is. */
@Injectable()
export class Clock {
  now(): Date {
    return new Date();
  }

  today(timeZone: string = DEFAULT_TIME_ZONE): PlainDate {
    return calendarDate(this.now(), timeZone);
  }
}
