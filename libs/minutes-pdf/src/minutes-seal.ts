import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import type { MinutesDocument } from './minutes-document';

/**
 * The seal of a set of minutes: the SHA-256 (lowercase hex) of the canonical JSON of its
 * data. Printed in every page's footer; any change to what the minutes say changes it,
 * while the language they are printed in does not.
 */
export function minutesSeal(doc: MinutesDocument): string {
  return createHash('sha256').update(canonicalJson(doc), 'utf8').digest('hex');
}
