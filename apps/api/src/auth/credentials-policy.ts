import { DomainError, ErrorReason } from '../common/domain-error';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;
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

export function assertAcceptablePassword(password: string, email: string): void {
  if (password.length < MIN_PASSWORD_LENGTH || password.length > 200) {
    throw new DomainError(ErrorReason.WeakPassword, {
      fr: `Le mot de passe doit compter entre ${MIN_PASSWORD_LENGTH} et 200 caractères.`,
      en: `The password must be between ${MIN_PASSWORD_LENGTH} and 200 characters long.`,
    });
  }
  if (password.toLowerCase() === email.toLowerCase()) {
    throw new DomainError(ErrorReason.WeakPassword, {
      fr: "Le mot de passe ne peut pas être l'adresse e-mail.",
      en: 'The password cannot be the e-mail address.',
    });
  }
}
