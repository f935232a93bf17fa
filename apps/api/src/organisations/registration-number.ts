import { DomainError, ErrorReason } from '../core/errors/domain-error';

/** Luhn checksum, which every SIREN satisfies (La Poste's excepted). */
function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let digit = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

const LA_POSTE_SIREN = '356000000';

/**
 * An association's RNA number (W followed by 9 digits) or a company's SIREN (9 digits),
 * spaces removed; refused when it is neither.
 */
export function normaliseRegistrationNumber(input: string | null | undefined): string | null {
  if (input === null || input === undefined || input.trim() === '') return null;
  const compact = input.replace(/[\s.-]/g, '').toUpperCase();
  if (/^W\d{9}$/.test(compact)) return compact;
  if (/^\d{9}$/.test(compact) && (luhnValid(compact) || compact === LA_POSTE_SIREN)) return compact;
  throw new DomainError(ErrorReason.InvalidInput, {
    fr: `« ${input} » n'est ni un numéro RNA (W suivi de 9 chiffres) ni un SIREN valide (9 chiffres).`,
    en: `"${input}" is neither an RNA number (W followed by 9 digits) nor a valid SIREN (9 digits).`,
  });
}
