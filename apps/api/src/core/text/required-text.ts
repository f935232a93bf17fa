import type { Bilingual } from '@collegial/governance';
import { DomainError, ErrorReason } from '../errors/domain-error';

/** A required piece of text, trimmed; refused when empty or longer than `max`. */
export function requireText(value: string, field: Bilingual, max = 200): string {
  const trimmed = value.trim();
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new DomainError(ErrorReason.InvalidInput, {
      fr: `${field.fr} est obligatoire (${max} caractères au plus).`,
      en: `${field.en} is required (at most ${max} characters).`,
    });
  }
  return trimmed;
}
