import { GovernanceErrorCode, fail, type Locale } from './governance-error';

/** Anything a Rational can be built from. Numbers must be safe integers (no floats). */
export type RationalLike = Rational | bigint | number | string;

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) {
    const t = x % y;
    x = y;
    y = t;
  }
  return x;
}

function toBigInt(value: bigint | number, what: string): bigint {
  if (typeof value === 'bigint') return value;
  if (!Number.isSafeInteger(value)) {
    fail(
      GovernanceErrorCode.InvalidRational,
      `${what} doit être un entier exact (reçu : ${String(value)}).`,
      `${what} must be an exact integer (got ${String(value)}).`,
    );
  }
  return BigInt(value);
}

// Spaces allowed between a number and its % sign: space, no-break space, narrow no-break space.
const SPACES = '[ \\u00a0\\u202f]*';
const FRACTION = /^([+-]?\d+)\s*\/\s*(\d+)$/;
const DECIMAL = /^([+-]?)(\d+)(?:[.,](\d+))?$/;
const PERCENT = new RegExp(`^([+-]?)(\\d+)(?:[.,](\\d+))?${SPACES}%$`);

/**
 * An exact rational number over bigint, always normalised (lowest terms, positive
 * denominator). Every share, weight and threshold in a decision is a Rational: no
 * floating point ever decides a vote. JSON-serialises as its text ("2/3").
 */
export class Rational {
  static readonly ZERO = new Rational(0n, 1n);
  static readonly ONE = new Rational(1n, 1n);
  static readonly HALF = new Rational(1n, 2n);

  readonly numerator: bigint;
  readonly denominator: bigint;

  private constructor(numerator: bigint, denominator: bigint) {
    this.numerator = numerator;
    this.denominator = denominator;
  }

  /** numerator/denominator, normalised. Throws DIVISION_BY_ZERO when the denominator is 0. */
  static of(numerator: bigint | number, denominator: bigint | number = 1n): Rational {
    const n = toBigInt(numerator, 'numerator');
    const d = toBigInt(denominator, 'denominator');
    if (d === 0n) {
      fail(GovernanceErrorCode.DivisionByZero, 'Division par zéro.', 'Division by zero.');
    }
    const sign = d < 0n ? -1n : 1n;
    const g = gcd(n, d) || 1n;
    return new Rational((sign * n) / g, (sign * d) / g);
  }

  /** A Rational from a Rational, an integer or a text accepted by `parse`. */
  static from(value: RationalLike): Rational {
    if (value instanceof Rational) return value;
    if (typeof value === 'string') return Rational.parse(value);
    return Rational.of(value);
  }

  /**
   * Parses "2/3", "40%", "40 %", "33.5%", "33,5 %", "0.4", "1", "-1/2".
   * Throws INVALID_RATIONAL naming the text otherwise.
   */
  static parse(text: string): Rational {
    const t = typeof text === 'string' ? text.trim() : '';
    let m = FRACTION.exec(t);
    if (m) return Rational.of(BigInt(m[1]), BigInt(m[2]));
    m = PERCENT.exec(t);
    if (m) return Rational.decimal(m[1], m[2], m[3]).div(Rational.of(100));
    m = DECIMAL.exec(t);
    if (m) return Rational.decimal(m[1], m[2], m[3]);
    return fail(
      GovernanceErrorCode.InvalidRational,
      `« ${String(text)} » n'est pas une fraction, un décimal ou un pourcentage valide (ex. « 2/3 », « 40 % », « 0.4 »).`,
      `"${String(text)}" is not a valid fraction, decimal or percentage (e.g. "2/3", "40%", "0.4").`,
    );
  }

  private static decimal(sign: string, whole: string, fraction: string | undefined): Rational {
    const digits = fraction ?? '';
    const n = BigInt(whole + digits) * (sign === '-' ? -1n : 1n);
    return Rational.of(n, 10n ** BigInt(digits.length));
  }

  /** Sum of a list (0 for an empty list). */
  static sum(values: readonly Rational[]): Rational {
    return values.reduce((acc, v) => acc.add(v), Rational.ZERO);
  }

  static min(a: Rational, b: Rational): Rational {
    return a.compare(b) <= 0 ? a : b;
  }

  static max(a: Rational, b: Rational): Rational {
    return a.compare(b) >= 0 ? a : b;
  }

  add(other: RationalLike): Rational {
    const o = Rational.from(other);
    return Rational.of(this.numerator * o.denominator + o.numerator * this.denominator, this.denominator * o.denominator);
  }

  sub(other: RationalLike): Rational {
    const o = Rational.from(other);
    return Rational.of(this.numerator * o.denominator - o.numerator * this.denominator, this.denominator * o.denominator);
  }

  mul(other: RationalLike): Rational {
    const o = Rational.from(other);
    return Rational.of(this.numerator * o.numerator, this.denominator * o.denominator);
  }

  /** Throws DIVISION_BY_ZERO when dividing by zero. */
  div(other: RationalLike): Rational {
    const o = Rational.from(other);
    return Rational.of(this.numerator * o.denominator, this.denominator * o.numerator);
  }

  neg(): Rational {
    return new Rational(-this.numerator, this.denominator);
  }

  /** -1, 0 or 1. */
  compare(other: RationalLike): -1 | 0 | 1 {
    const o = Rational.from(other);
    const l = this.numerator * o.denominator;
    const r = o.numerator * this.denominator;
    return l < r ? -1 : l > r ? 1 : 0;
  }

  equals(other: RationalLike): boolean {
    return this.compare(other) === 0;
  }

  lt(other: RationalLike): boolean {
    return this.compare(other) < 0;
  }

  lte(other: RationalLike): boolean {
    return this.compare(other) <= 0;
  }

  gt(other: RationalLike): boolean {
    return this.compare(other) > 0;
  }

  gte(other: RationalLike): boolean {
    return this.compare(other) >= 0;
  }

  isZero(): boolean {
    return this.numerator === 0n;
  }

  isNegative(): boolean {
    return this.numerator < 0n;
  }

  isPositive(): boolean {
    return this.numerator > 0n;
  }

  isInteger(): boolean {
    return this.denominator === 1n;
  }

  /** Largest integer ≤ this. */
  floor(): bigint {
    const q = this.numerator / this.denominator;
    return this.numerator < 0n && q * this.denominator !== this.numerator ? q - 1n : q;
  }

  /** Smallest integer ≥ this. */
  ceil(): bigint {
    const q = this.numerator / this.denominator;
    return this.numerator > 0n && q * this.denominator !== this.numerator ? q + 1n : q;
  }

  /** "2/3", "-1/2", "1" — the canonical text, accepted back by `parse`. */
  toString(): string {
    return this.denominator === 1n ? this.numerator.toString() : `${this.numerator.toString()}/${this.denominator.toString()}`;
  }

  toJSON(): string {
    return this.toString();
  }

  /**
   * Decimal text rounded half away from zero to `decimals` places: French "57,78",
   * English "57.78". When the value is exact with fewer places, trailing zeros are
   * dropped ("25", "12,5"); a rounded value keeps all its places ("33,3").
   */
  toDecimal(locale: Locale, decimals = 2): string {
    if (!Number.isInteger(decimals) || decimals < 0 || decimals > 20) {
      fail(GovernanceErrorCode.InvalidArgument, `Nombre de décimales invalide : ${decimals}.`, `Invalid number of decimals: ${decimals}.`);
    }
    const scale = 10n ** BigInt(decimals);
    const negative = this.numerator < 0n;
    const absNum = negative ? -this.numerator : this.numerator;
    const scaled = absNum * scale;
    let q = scaled / this.denominator;
    const rem = scaled % this.denominator;
    const exact = rem === 0n;
    if (2n * rem >= this.denominator) q += 1n;
    const digits = q.toString().padStart(decimals + 1, '0');
    const whole = digits.slice(0, digits.length - decimals);
    let frac = digits.slice(digits.length - decimals);
    if (exact) frac = frac.replace(/0+$/, '');
    const sign = negative && q !== 0n ? '-' : '';
    const sep = locale === 'fr' ? ',' : '.';
    return frac === '' ? `${sign}${whole}` : `${sign}${whole}${sep}${frac}`;
  }

  /**
   * This value as a percentage: French "57,8 %" (decimal comma, a space before %),
   * English "57.8%". Rounding and trailing zeros as in `toDecimal` (1/4 gives "25 %").
   */
  toPercent(locale: Locale, decimals = 1): string {
    const text = this.mul(100).toDecimal(locale, decimals);
    return locale === 'fr' ? `${text} %` : `${text}%`;
  }
}
