import type { MailLocale } from './mail-layout';

/** A moment as a person reads it in a mail: "3 mars 2026 à 14:05" (Paris time). */
export function mailDateTime(date: Date, locale: MailLocale): string {
  const formatted = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-FR' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Paris',
  }).format(date);
  return locale === 'fr' ? `${formatted} (heure de Paris)` : `${formatted} (Paris time)`;
}
