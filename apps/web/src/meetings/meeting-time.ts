import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone';
import utc from 'dayjs/plugin/utc';

dayjs.extend(utc);
dayjs.extend(timezone);

/** Meetings are held in France unless told otherwise. */
export const DEFAULT_TIME_ZONE = 'Europe/Paris';

/** Time zones offered when scheduling: mainland France first, then overseas France and neighbours. */
export const TIME_ZONES = [
  'Europe/Paris',
  'Europe/Brussels',
  'Europe/Luxembourg',
  'Europe/Zurich',
  'America/Guadeloupe',
  'America/Martinique',
  'America/Cayenne',
  'Indian/Reunion',
  'Indian/Mayotte',
  'Pacific/Noumea',
  'Pacific/Tahiti',
  'America/Montreal',
  'UTC',
];

/** The instant of a wall-clock date (YYYY-MM-DD) and time (HH:mm) in a time zone, as the api's DateTime. */
export const zonedInstant = (date: string, time: string, zone: string): string => dayjs.tz(`${date} ${time}`, 'YYYY-MM-DD HH:mm', zone).toISOString();

/** The date (YYYY-MM-DD) and time (HH:mm) of an instant on the clocks of a time zone. */
export function wallClock(instant: string, zone: string): { date: string; time: string } {
  const local = dayjs(instant).tz(zone);
  return { date: local.format('YYYY-MM-DD'), time: local.format('HH:mm') };
}

/** "samedi 14 juin 2026 à 18:30", on the clocks of the meeting's time zone (named when it is not Paris). */
export function formatMeetingTime(instant: string, zone: string, at: string): string {
  const local = dayjs(instant).tz(zone);
  const text = `${local.format('dddd D MMMM YYYY')} ${at} ${local.format('HH:mm')}`;
  return zone === DEFAULT_TIME_ZONE ? text : `${text} (${zone})`;
}

/** "14 juin 2026, 18:30": short, for tables. */
export const formatMeetingShort = (instant: string, zone: string): string => dayjs(instant).tz(zone).format('D MMMM YYYY, HH:mm');

/** The day (YYYY-MM-DD) a meeting falls on, on its own clocks: where the calendar shows it. */
export const meetingDay = (instant: string, zone: string): string => dayjs(instant).tz(zone).format('YYYY-MM-DD');
