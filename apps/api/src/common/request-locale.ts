import type { Request } from 'express';

export type Locale = 'fr' | 'en';

/** French first: English only when the client asks for it before French. */
export function requestLocale(request: Pick<Request, 'headers'> | undefined): Locale {
  const header = request?.headers?.['accept-language'];
  const languages = (Array.isArray(header) ? header.join(',') : (header ?? '')).toLowerCase();
  const en = languages.search(/\ben\b|\ben-/);
  const fr = languages.search(/\bfr\b|\bfr-/);
  return en >= 0 && (fr < 0 || en < fr) ? 'en' : 'fr';
}
