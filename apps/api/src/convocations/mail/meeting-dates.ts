import type { MailLocale } from '../../core/mail/mail-layout';

type Style = 'day' | 'time';

/** Intl formatters are costly to build (a third of a convocation's CPU): one per locale, zone and style. */
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(style: Style, timeZone: string, locale: MailLocale): Intl.DateTimeFormat {
  const key = `${style}|${timeZone}|${locale}`;
  let found = formatters.get(key);
  if (!found) {
    found = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', style === 'day' ? { dateStyle: 'full', timeZone } : { timeStyle: 'short', timeZone });
    formatters.set(key, found);
  }
  return found;
}

/** "samedi 14 mars 2026" in the meeting's time zone. */
export function meetingDay(date: Date, timeZone: string, locale: MailLocale): string {
  return formatter('day', timeZone, locale).format(date);
}

/** "14:00" in the meeting's time zone. */
export function meetingTime(date: Date, timeZone: string, locale: MailLocale): string {
  return formatter('time', timeZone, locale).format(date);
}

/** "samedi 14 mars 2026, de 14:00 à 16:00 (Europe/Paris)". */
export function meetingWhen(start: Date, end: Date, timeZone: string, locale: MailLocale): string {
  const day = meetingDay(start, timeZone, locale);
  const from = meetingTime(start, timeZone, locale);
  const to = meetingTime(end, timeZone, locale);
  return locale === 'fr' ? `${day}, de ${from} à ${to} (heure de ${timeZone})` : `${day}, ${from} to ${to} (${timeZone} time)`;
}
