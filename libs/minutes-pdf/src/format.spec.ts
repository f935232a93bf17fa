import { formatCount, formatLongDate, formatShare, formatTime } from './format';
import { majorityRuleText } from './from-governance';
import { Rational } from '@collegial/governance';

describe('paper formats', () => {
  it('writes dates and times the French way, and the English way', () => {
    expect(formatLongDate('2026-06-13', 'fr')).toBe('samedi 13 juin 2026');
    expect(formatLongDate('2026-08-01', 'fr', false)).toBe('1er août 2026');
    expect(formatLongDate('2026-06-13', 'en')).toBe('Saturday 13 June 2026');
    expect(formatTime('09:05', 'fr')).toBe('9 h 05');
    expect(formatTime('9:05', 'en')).toBe('09:05');
  });

  it('writes shares exactly, then as a percentage', () => {
    expect(formatShare('26/45', 'fr')).toBe('26/45 (57,8 %)');
    expect(formatShare('26/45', 'en')).toBe('26/45 (57.8%)');
    expect(formatShare('40 %', 'fr')).toBe('40 %');
    expect(formatCount(8.75, 'fr')).toBe('8,75');
  });

  it("says the majority rule from governance's result", () => {
    const required = { share: Rational.parse('2/3'), comparison: 'atLeast' as const };
    expect(majorityRuleText({ base: 'expressed', weighted: false, required }, 'fr')).toBe('au moins 2/3 (66,7 %) des suffrages exprimés');
    expect(majorityRuleText({ base: 'presentAndRepresented', weighted: false, required }, 'en')).toBe(
      'at least 2/3 (66.7%) of the votes of members present or represented',
    );
  });
});
