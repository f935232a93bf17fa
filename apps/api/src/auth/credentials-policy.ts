import { DomainError, ErrorReason } from '../core/errors/domain-error';

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
export const MIN_PASSWORD_LENGTH = 10;

export function normaliseEmail(email: string): string {
  const trimmed = email.trim();
  if (trimmed.length > 254 || !EMAIL.test(trimmed)) {
    throw new DomainError(ErrorReason.InvalidInput, {
      fr: `« ${trimmed} » n'est pas une adresse e-mail valide.`,
      en: `"${trimmed}" is not a valid e-mail address.`,
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
