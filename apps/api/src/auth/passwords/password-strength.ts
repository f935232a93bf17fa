import type { ZxcvbnFactory } from '@zxcvbn-ts/core';
import type { Bilingual } from '@collegial/governance';

// The dictionaries weigh some megabytes and take a second or more to load: loaded on the
// first password check, not at start-up.
type Zxcvbn = typeof import('@zxcvbn-ts/core');
type Common = typeof import('@zxcvbn-ts/language-common');
type French = typeof import('@zxcvbn-ts/language-fr');
type English = typeof import('@zxcvbn-ts/language-en');

export interface PasswordStrength {
  /** zxcvbn's 0 (too guessable) to 4 (very unguessable). */
  score: number;
  /** Why it is guessable, and what would help: in both languages. */
  feedback: Bilingual[];
}

/**
 * Only the first characters are analysed: zxcvbn's time grows quickly with length, and a
 * password whose first 64 characters are hard to guess is hard to guess.
 */
const ANALYSED_LENGTH = 64;

let loaded: { factory: ZxcvbnFactory; fr: French; en: English } | undefined;

/**
 * French, English and common dictionaries (passwords, names, words, keyboard rows in
 * azerty and qwerty). Built on first use (a second or two), then kept for the process.
 */
function estimator(): NonNullable<typeof loaded> {
  if (!loaded) {
    /* eslint-disable @typescript-eslint/no-require-imports */
    const { ZxcvbnFactory } = require('@zxcvbn-ts/core') as Zxcvbn;
    const common = require('@zxcvbn-ts/language-common') as Common;
    const fr = require('@zxcvbn-ts/language-fr') as French;
    const en = require('@zxcvbn-ts/language-en') as English;
    /* eslint-enable @typescript-eslint/no-require-imports */
    const factory = new ZxcvbnFactory({
      dictionary: { ...common.dictionary, ...fr.dictionary, ...en.dictionary },
      graphs: common.adjacencyGraphs,
      maxLength: ANALYSED_LENGTH,
      // Past a few substitutions the l33t matcher's time explodes (seconds per check).
      l33tMaxSubstitutions: 4,
    });
    loaded = { factory, fr, en };
  }
  return loaded;
}

type Section = 'warnings' | 'suggestions';

/** Feedback comes back as keys ("straightRow"); both languages' texts are looked up. */
function translate(section: Section, key: string): Bilingual {
  const { fr, en } = estimator();
  const frText = (fr.translations[section] as Record<string, string>)[key];
  const enText = (en.translations[section] as Record<string, string>)[key];
  return { fr: frText ?? enText ?? key, en: enText ?? key };
}

/** How guessable a password is, knowing the person's own words (e-mail, name). */
export function passwordStrength(password: string, userInputs: string[]): PasswordStrength {
  const result = estimator().factory.check(password, userInputs);
  const feedback: Bilingual[] = [];
  if (result.feedback.warning) feedback.push(translate('warnings', result.feedback.warning));
  for (const suggestion of result.feedback.suggestions) feedback.push(translate('suggestions', suggestion));
  return { score: result.score, feedback };
}
