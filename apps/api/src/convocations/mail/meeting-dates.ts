import type { MailLocale } from '../../core/mail/mail-layout';

/** "samedi 14 mars 2026" in the meeting's time zone. */
export function meetingDay(date: Date, timeZone: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { dateStyle: 'full', timeZone }).format(date);
}

/** "14:00" in the meeting's time zone. */
export function meetingTime(date: Date, timeZone: string, locale: MailLocale): string {
  return new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', { timeStyle: 'short', timeZone }).format(date);
}

/** "samedi 14 mars 2026, de 14:00 à 16:00 (Europe/Paris)". */
export function meetingWhen(start: Date, end: Date, timeZone: string, locale: MailLocale): string {
  const day = meetingDay(start, timeZone, locale);
  const from = meetingTime(start, timeZone, locale);
  const to = meetingTime(end, timeZone, locale);
  return locale === 'fr' ? `${day}, de ${from} à ${to} (heure de ${timeZone})` : `${day}, ${from} to ${to} (${timeZone} time)`;
}
