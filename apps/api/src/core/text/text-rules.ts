/**
 * What any piece of text reaching the api may contain. PostgreSQL refuses NUL in text and
 * JSON, and a lone UTF-16 surrogate (half of a character) would be stored as U+FFFD: both
 * are refused, with the other C0 control characters (tab, line feed and carriage return
 * excepted) and DEL.
 */
// Control characters are exactly what this refuses.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function hasForbiddenCharacter(value: string): boolean {
  return FORBIDDEN.test(value);
}

/** Longest text any string argument or input field accepts, when its field sets no tighter limit. */
export const DEFAULT_MAX_TEXT_LENGTH = 1000;

/**
 * Characters that show nothing: white space, format characters (zero-width space and
 * joiners, word joiner, byte-order mark, soft hyphen, bidirectional marks), combining
 * grapheme joiner, variation selectors, Hangul fillers, braille blank.
 */
const INVISIBLE = '[\\s\\p{Cf}\\u034f\\u115f\\u1160\\u17b4\\u17b5\\u180e\\u2800\\u3164\\uffa0\\ufe00-\\ufe0f]';
// Combining and filler characters are listed one by one on purpose: they are what is stripped.
// eslint-disable-next-line no-misleading-character-class
const INVISIBLE_AT_ENDS = new RegExp(`^${INVISIBLE}+|${INVISIBLE}+$`, 'gu');

/** Text in Unicode NFC, without the invisible characters at its ends (a name of only those is blank). */
export function normaliseText(value: string): string {
  return value.normalize('NFC').replace(INVISIBLE_AT_ENDS, '');
}
