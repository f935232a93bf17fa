import { DEFAULT_LOCALE, LOCALES, type Locale } from './locale';

interface Wish {
  language: string;
  quality: number;
  position: number;
}

/** `fr-FR, en;q=0.8` as (language, quality, position) wishes; a region counts as its language. */
function wishes(header: string): Wish[] {
  return header
    .split(',')
    .map((part, position) => {
      const [tag, ...parameters] = part.trim().split(';');
      const q = parameters.map((p) => p.trim()).find((p) => p.startsWith('q='));
      const quality = q === undefined ? 1 : Number(q.slice(2));
      return { language: tag.trim().toLowerCase().split('-')[0], quality: Number.isFinite(quality) ? quality : 0, position };
    })
    .filter((wish) => wish.language !== '' && wish.quality > 0);
}

/**
 * The language a request asks for, by Accept-Language with its quality values
 * (`fr;q=0.1, en;q=0.9` is English, `fr-FR, en` is French); French when it names neither.
 */
export function requestLocale(request: { headers?: Record<string, string | string[] | undefined> } | undefined): Locale {
  const header = request?.headers?.['accept-language'];
  const all = wishes(Array.isArray(header) ? header.join(',') : (header ?? ''));
  let best: { locale: Locale; quality: number; position: number } | null = null;
  for (const locale of LOCALES) {
    for (const wish of all) {
      if (wish.language !== locale && wish.language !== '*') continue;
      const better = !best || wish.quality > best.quality || (wish.quality === best.quality && wish.position < best.position);
      if (better) best = { locale, quality: wish.quality, position: wish.position };
    }
  }
  return best?.locale ?? DEFAULT_LOCALE;
}
