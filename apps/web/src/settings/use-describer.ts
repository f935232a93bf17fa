import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Describer } from './describe/describer';

/** The describe… functions' strings in the person's language. */
export function useDescriber(): Describer {
  const { t, i18n } = useTranslation('settings');
  const locale = i18n.language === 'en' ? 'en' : 'fr';
  return useMemo(() => ({ locale, t: (key, options) => t(key, options ?? {}) }), [locale, t]);
}
