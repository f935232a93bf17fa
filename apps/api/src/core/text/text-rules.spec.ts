import { hasForbiddenCharacter, normaliseText } from './text-rules';

describe('text rules', () => {
  it('refuse NUL, control characters and lone surrogates, and accept tabs, new lines and emoji', () => {
    for (const bad of ['a\u0000b', '\u0007', 'x\u001b', '\u007f', '\ud800', 'a\udfff', '\ud83d', '\ude00x']) expect(hasForbiddenCharacter(bad)).toBe(true);
    for (const good of ['Léa Roux', '1 rue des Lilas\n35000 Rennes', 'a\tb', 'Assemblée 🎉', '中文', '']) expect(hasForbiddenCharacter(good)).toBe(false);
  });

  it('normalise to NFC and strip invisible characters at the ends only', () => {
    expect(normaliseText('\u200bZoe\u0301\ufeff')).toBe('Zoé');
    expect(normaliseText('\u200d\u2060\u00a0 ')).toBe('');
    expect(normaliseText('Jean\u200bPierre')).toBe('Jean\u200bPierre');
    expect(normaliseText('  Conseil d’administration  ')).toBe('Conseil d’administration');
  });
});
