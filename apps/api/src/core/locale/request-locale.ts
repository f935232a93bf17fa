import Negotiator from 'negotiator';
import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

/**
 * The language a request asks for, by Accept-Language with its quality values
 * (`fr;q=0.1, en;q=0.9` is English); French when it names neither.
 */
export function requestLocale(request: { headers?: Record<string, string | string[] | undefined> } | undefined): Locale {
  const header = request?.headers?.['accept-language'];
  if (!header) return DEFAULT_LOCALE;
  const language = new Negotiator({ headers: { 'accept-language': Array.isArray(header) ? header.join(',') : header } }).language([...LOCALES]);
  return (language as Locale | undefined) ?? DEFAULT_LOCALE;
}
