import dayjs from 'dayjs';
import 'dayjs/locale/en';
import 'dayjs/locale/fr';
import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { FeatureMessages } from './feature-messages';

export type Language = 'fr' | 'en';
export const LANGUAGES: Language[] = ['fr', 'en'];
const KEY = 'collegial.language';

function storedLanguage(): Language {
  try {
    const stored = localStorage.getItem(KEY);
    if (stored === 'fr' || stored === 'en') return stored;
  } catch {
    // no storage (private mode): French
  }
  return 'fr';
}

export const i18n = i18next.createInstance();

/** Starts i18n with the first pages' strings (app/messages.ts), in the language chosen last time, French first. */
export function startI18n(messages: FeatureMessages[]) {
  const resources = Object.fromEntries(LANGUAGES.map((language) => [language, Object.fromEntries(messages.map((m) => [m.namespace, m[language]]))]));
  void i18n.use(initReactI18next).init({
    resources,
    lng: storedLanguage(),
    fallbackLng: 'fr',
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
  });
  dayjs.locale(i18n.language);
  document.documentElement.lang = i18n.language;
}

/** Adds strings loaded later (an organisation's pages): the pages that use them wait for them. */
export function addMessages(messages: FeatureMessages[]) {
  for (const feature of messages) {
    for (const language of LANGUAGES) i18n.addResourceBundle(language, feature.namespace, feature[language], true, true);
  }
}

export function setLanguage(language: Language) {
  localStorage.setItem(KEY, language);
  dayjs.locale(language);
  document.documentElement.lang = language;
  void i18n.changeLanguage(language);
}
