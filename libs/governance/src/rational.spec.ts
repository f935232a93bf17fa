import fc from 'fast-check';
import { GovernanceError, GovernanceErrorCode } from './governance-error';
import { Rational } from './rational';

describe('Rational', () => {
  it.each([
    ['2/3', '2/3'],
    ['4/6', '2/3'],
    ['40%', '2/5'],
    ['40 %', '2/5'],
    ['40\u202f%', '2/5'],
    ['33.5%', '67/200'],
    ['33,5 %', '67/200'],
    ['0.4', '2/5'],
    ['1', '1'],
    ['-1/2', '-1/2'],
    [' 1 / 4 ', '1/4'],
  ])('parses %j as %s', (text, expected) => {
    expect(Rational.parse(text).toString()).toBe(expected);
  });

  it.each(['', 'abc', '1/0', '2/3/4', '%', '1.2.3', '40 %%'])('refuses %j with a typed error', (text) => {
    expect(() => Rational.parse(text)).toThrow(GovernanceError);
  });

  it('names the text it cannot read', () => {
    try {
      Rational.parse('deux tiers');
      throw new Error('unreachable');
    } catch (e) {
      expect((e as GovernanceError).code).toBe(GovernanceErrorCode.InvalidRational);
      expect((e as GovernanceError).messages.fr).toContain('deux tiers');
      expect((e as GovernanceError).message).toContain('deux tiers');
    }
  });

  it('computes exactly', () => {
    const a = Rational.parse('4/9').mul('3/4').add(Rational.parse('1/3').mul('2/5')).add(Rational.parse('2/9').mul('1/2'));
    expect(a.toString()).toBe('26/45');
    expect(Rational.of(1, 3).sub(Rational.of(1, 2)).toString()).toBe('-1/6');
    expect(Rational.of(2, 3).div(Rational.of(4, 9)).toString()).toBe('3/2');
    expect(Rational.of(6, -8).toString()).toBe('-3/4');
    expect(Rational.of(1, 3).compare(Rational.of(2, 6))).toBe(0);
    expect(Rational.of(1, 3).equals('2/6')).toBe(true);
    expect(Rational.of(1, 3).lt('1/2')).toBe(true);
    expect(Rational.ZERO.isZero()).toBe(true);
    expect(Rational.of(7, 2).floor()).toBe(3n);
    expect(Rational.of(-7, 2).floor()).toBe(-4n);
    expect(Rational.of(7, 2).ceil()).toBe(4n);
  });

  it('refuses division by zero and non-integer numbers', () => {
    expect(() => Rational.of(1, 0)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.DivisionByZero }));
    expect(() => Rational.ONE.div(0)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.DivisionByZero }));
    expect(() => Rational.of(0.5)).toThrow(expect.objectContaining({ code: GovernanceErrorCode.InvalidRational }));
  });

  it('formats percentages in French and English', () => {
    expect(Rational.parse('26/45').toPercent('fr')).toBe('57,8 %');
    expect(Rational.parse('26/45').toPercent('en')).toBe('57.8%');
    expect(Rational.of(34, 120).toPercent('fr')).toBe('28,3 %');
    expect(Rational.of(1, 4).toPercent('fr')).toBe('25 %');
    expect(Rational.of(1, 3).toPercent('fr', 2)).toBe('33,33 %');
    expect(Rational.of(2, 3).toPercent('en', 0)).toBe('67%');
    expect(Rational.of(1, 8).toPercent('fr')).toBe('12,5 %');
    expect(Rational.of(-1, 3).toPercent('en')).toBe('-33.3%');
    expect(Rational.of(1, 2000).toPercent('en')).toBe('0.1%');
    expect(Rational.of(3, 10).toDecimal('fr', 2)).toBe('0,3');
  });

  it('serialises as its canonical text', () => {
    expect(JSON.stringify({ w: Rational.of(2, 5) })).toBe('{"w":"2/5"}');
  });

  it('round-trips through its text and obeys field laws', () => {
    const rational = fc.tuple(fc.bigInt({ min: -(10n ** 12n), max: 10n ** 12n }), fc.bigInt({ min: 1n, max: 10n ** 12n })).map(([n, d]) => Rational.of(n, d));
    fc.assert(
      fc.property(rational, rational, rational, (a, b, c) => {
        expect(Rational.parse(a.toString()).equals(a)).toBe(true);
        expect(a.add(b).sub(b).equals(a)).toBe(true);
        expect(a.add(b).equals(b.add(a))).toBe(true);
        expect(a.mul(b.add(c)).equals(a.mul(b).add(a.mul(c)))).toBe(true);
        if (!b.isZero()) expect(a.div(b).mul(b).equals(a)).toBe(true);
        // Antisymmetry; a sum, not -sign, since toBe tells -0 from 0 when a equals b.
        expect(Math.sign(a.compare(b)) + Math.sign(b.compare(a))).toBe(0);
      }),
    );
  });
});
