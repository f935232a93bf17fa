import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { passwordStrength } from './password-strength';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** OWASP ASVS level 2: at least 12 characters; long passphrases welcome. */
export const MIN_PASSWORD_LENGTH = 12;
export const MAX_PASSWORD_LENGTH = 128;
/** zxcvbn's score: 3 is "safely unguessable" (about 10^8 guesses or more) for an online attacker and a slow hash. */
export const MIN_PASSWORD_SCORE = 3;
/** RFC 5321: a path of 256 octets, brackets included. */
export const MAX_EMAIL_LENGTH = 254;

export function normaliseEmail(email: string): string {
  const trimmed = email.trim();
  if (trimmed.length > MAX_EMAIL_LENGTH || !EMAIL.test(trimmed)) {
    const shown = trimmed.length > 80 ? `${trimmed.slice(0, 80)}…` : trimmed;
    throw new DomainError(ErrorReason.InvalidInput, {
      fr: `« ${shown} » n'est pas une adresse e-mail valide${trimmed.length > MAX_EMAIL_LENGTH ? ` (${MAX_EMAIL_LENGTH} caractères au plus)` : ''}.`,
      en: `"${shown}" is not a valid e-mail address${trimmed.length > MAX_EMAIL_LENGTH ? ` (at most ${MAX_EMAIL_LENGTH} characters)` : ''}.`,
    });
  }
  return trimmed.toLowerCase();
}

/** What the person's own words are: a password made of them is guessable. */
export interface PasswordOwner {
  email: string;
  displayName?: string | null;
}

function ownWords(owner: PasswordOwner): string[] {
  const email = owner.email.trim().toLowerCase();
  const local = email.split('@')[0] ?? '';
  const name = owner.displayName?.trim() ?? '';
  const words = [email, local, ...local.split(/[._+-]+/), name, ...name.split(/[\s'’.-]+/), 'collegial'];
  return [...new Set(words.filter((w) => w.length >= 3))];
}

const letters = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');

/**
 * What is left once the person's own words are taken out (separators, case and accents
 * aside): refused when only digits or fewer than 8 characters remain. zxcvbn alone lets
 * "camille.martin2024" through for Camille Martin.
 */
function mostlyOwnWords(password: string, words: string[]): boolean {
  const all = letters(password);
  let rest = all;
  for (const word of words
    .map(letters)
    .filter((w) => w.length >= 3)
    .sort((a, b) => b.length - a.length)) {
    rest = rest.split(word).join('');
  }
  return rest !== all && (rest.length < 8 || /^[0-9]*$/.test(rest));
}

/**
 * Length in characters (code points), not in UTF-16 units or bytes: 12 to 128. Then
 * zxcvbn, with French and English dictionaries and the person's own words, must rate it
 * at least 3; the refusal says why, in both languages.
 */
export function assertAcceptablePassword(password: string, owner: PasswordOwner): void {
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
    throw new DomainError(ErrorReason.WeakPassword, {
      fr: `Le mot de passe doit compter entre ${MIN_PASSWORD_LENGTH} et ${MAX_PASSWORD_LENGTH} caractères. Une phrase de quelques mots est plus facile à retenir.`,
      en: `The password must be between ${MIN_PASSWORD_LENGTH} and ${MAX_PASSWORD_LENGTH} characters long. A phrase of a few words is easier to remember.`,
    });
  }
  const words = ownWords(owner);
  if (mostlyOwnWords(password, words)) {
    throw new DomainError(ErrorReason.WeakPassword, {
      fr: "Ce mot de passe est trop facile à deviner : il reprend surtout votre nom ou votre adresse e-mail. Ajoutez des mots qui n'ont rien à voir avec vous.",
      en: 'This password is too easy to guess: it is mostly your name or e-mail address. Add words that have nothing to do with you.',
    });
  }
  const strength = passwordStrength(password, words);
  if (strength.score < MIN_PASSWORD_SCORE) {
    const why = strength.feedback.length > 0 ? strength.feedback : [{ fr: 'Ajoutez des mots moins courants.', en: 'Add less common words.' }];
    const sentence = (text: string) => (/[.!?]$/.test(text) ? text : `${text}.`);
    throw new DomainError(
      ErrorReason.WeakPassword,
      {
        fr: `Ce mot de passe est trop facile à deviner. ${why.map((w) => sentence(w.fr)).join(' ')}`,
        en: `This password is too easy to guess. ${why.map((w) => sentence(w.en)).join(' ')}`,
      },
      { score: strength.score, minimumScore: MIN_PASSWORD_SCORE },
    );
  }
}
