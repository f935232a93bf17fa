import { randomBytes } from 'node:crypto';

const JITSI_BASE = 'https://meet.jit.si/';
/** Lower-case letters and digits without look-alikes (no l, o, 0, 1): read aloud over the phone. */
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

/** A-z, digits and hyphens from a title: « Assemblée générale 2026 » → "assemblee-generale-2026". */
export function readableSlug(text: string, max = 40): string {
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Cut between words rather than inside one.
  const boundary = slug.lastIndexOf('-', max);
  const cut = slug.length <= max ? slug : slug.slice(0, boundary > 0 ? boundary : max);
  return cut.replace(/-+$/, '') || 'reunion';
}

/**
 * A Jitsi Meet room for a meeting: a readable prefix from its title and 16 random
 * characters (80 bits from crypto), so the address cannot be guessed from the title.
 */
export function jitsiRoomFor(title: string): string {
  const bytes = randomBytes(16);
  const suffix = Array.from(bytes, (b) => ALPHABET[b % ALPHABET.length]).join('');
  return `${JITSI_BASE}${readableSlug(title)}-${suffix}`;
}

/** An http(s) address, or null when it is not one (javascript:, mailto:, a bare word). */
export function httpUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.toString() : null;
  } catch {
    return null;
  }
}
