import type { Locale } from '@collegial/governance';

/** A translation function bound to the `settings` namespace (i18next's `t`, or a test's). */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** What the describe… functions write with: the settings strings, in one language. */
export interface Describer {
  t: Translate;
  locale: Locale;
}

/** One rule as a person reads it in statutes: "Quorum de l’AG ordinaire" and "un quart des membres…". */
export interface RuleText {
  title: string;
  rule: string;
}

/** French elides "de" before a vowel: "plus de un quart" reads "plus d’un quart". */
export function finish(d: Describer, text: string): string {
  return d.locale === 'fr' ? text.replace(/\bde (?=[aeiouéè])/g, 'd’') : text;
}

/** Clauses of one rule, joined as statutes list them: "a ; b ; c" (French), "a; b; c" (English). */
export const clauses = (d: Describer, parts: string[]): string => parts.filter(Boolean).join(d.locale === 'fr' ? ' ; ' : '; ');
