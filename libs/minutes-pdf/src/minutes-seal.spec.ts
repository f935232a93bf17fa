import { createHash } from 'node:crypto';
import { canonicalJson } from './canonical-json';
import { minutesSeal } from './minutes-seal';
import { renderMinutes } from './render-minutes';
import { sampleMinutes } from './sample-minutes';
import { pdfPages } from './testing/pdf-text';

describe('canonicalJson', () => {
  it('sorts keys at every depth, leaves out undefined properties and keeps arrays in order', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: true, y: null }], c: 'é' }, u: undefined })).toBe('{"a":{"c":"é","d":[3,{"y":null,"z":true}]},"b":1}');
  });

  it('gives the same text for the same data built in another order', () => {
    expect(canonicalJson({ x: 1, y: [1, 2] })).toBe(canonicalJson({ y: [1, 2], x: 1 }));
  });

  it('refuses what JSON cannot say exactly', () => {
    expect(() => canonicalJson({ share: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson({ count: 1n })).toThrow(TypeError);
  });
});

describe('minutesSeal', () => {
  const doc = sampleMinutes({ members: 12, resolutions: 2 });

  it('is the SHA-256 of the canonical JSON of the data', () => {
    expect(minutesSeal(doc)).toBe(createHash('sha256').update(canonicalJson(doc)).digest('hex'));
  });

  it('changes with any word of the minutes, and not with the order of their keys', () => {
    const reordered = JSON.parse(
      JSON.stringify(
        doc,
        Object.keys(doc)
          .reverse()
          .concat(...collectKeys(doc)),
      ),
    );
    expect(minutesSeal(reordered)).toBe(minutesSeal(doc));
    const edited = structuredClone(doc);
    edited.items[0].debateSummary = `${edited.items[0].debateSummary} Fin.`;
    expect(minutesSeal(edited)).not.toBe(minutesSeal(doc));
  });

  it('is the same in the French and the English rendering of the same data', async () => {
    const seal = minutesSeal(doc);
    for (const locale of ['fr', 'en'] as const) {
      for (const page of pdfPages(await renderMinutes(doc, { locale }))) expect(page).toContain(seal);
    }
  });
});

/** Every key of a value, so that JSON.stringify's replacer list keeps them all (in another order). */
function collectKeys(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(collectKeys);
  if (value && typeof value === 'object')
    return Object.entries(value)
      .flatMap(([key, v]) => [key, ...collectKeys(v)])
      .reverse();
  return [];
}
