import type { Bilingual } from '@collegial/governance';
import { DomainError, ErrorReason } from '../errors/domain-error';
import { normaliseText } from './text-rules';

/**
 * A required piece of text, in NFC and without invisible characters at its ends; refused
 * when missing (null), blank (only spaces or invisible characters) or longer than `max`.
 */
export function requireText(value: string | null | undefined, field: Bilingual, max = 200): string {
  const trimmed = typeof value === 'string' ? normaliseText(value) : '';
  if (trimmed.length === 0 || trimmed.length > max) {
    throw new DomainError(ErrorReason.InvalidInput, {
      fr: `${field.fr} est obligatoire (${max} caractères au plus).`,
      en: `${field.en} is required (at most ${max} characters).`,
    });
  }
  return trimmed;
}

/** Optional text, normalised like requireText: null when absent or blank. */
export function optionalText(value: string | null | undefined): string | null {
  return typeof value === 'string' ? normaliseText(value) || null : null;
}
