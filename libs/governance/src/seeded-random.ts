import { GovernanceErrorCode, fail } from './governance-error';

/**
 * A deterministic pseudo-random generator for draws by lot (tie-breaks, the first
 * renewals of a board renewed by thirds). The same seed always gives the same draw, so
 * a draw recorded in the minutes with its seed can be replayed and checked by anyone.
 *
 * Algorithm (stable; changing it would change past draws): the seed's UTF-8 bytes are
 * hashed by cyrb128 into four 32-bit words, which seed the sfc32 generator. Integers
 * below a bound are drawn by rejection sampling (no modulo bias), and lists are shuffled
 * by Fisher–Yates. Only 32-bit integer arithmetic is used. Not cryptographic: the seed
 * should be chosen in public (e.g. drawn at the meeting) and recorded.
 */
export class SeededRandom {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: string) {
    if (typeof seed !== 'string' || seed.trim() === '') {
      fail(
        GovernanceErrorCode.InvalidSeed,
        'Un tirage au sort demande une graine (texte non vide), consignée au procès-verbal.',
        'A draw by lot needs a seed (a non-empty text), recorded in the minutes.',
      );
    }
    const bytes = new TextEncoder().encode(seed);
    let h1 = 1779033703;
    let h2 = 3144134277;
    let h3 = 1013904242;
    let h4 = 2773480762;
    for (const k of bytes) {
      h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
      h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
      h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
      h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
    }
    h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
    h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
    h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
    h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
    h1 ^= h2 ^ h3 ^ h4;
    h2 ^= h1;
    h3 ^= h1;
    h4 ^= h1;
    this.a = h1 >>> 0;
    this.b = h2 >>> 0;
    this.c = h3 >>> 0;
    this.d = h4 >>> 0;
    // Warm up, as sfc32 recommends.
    for (let i = 0; i < 15; i++) this.nextUint32();
  }

  /** The next integer in [0, 2^32). */
  nextUint32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A uniformly drawn integer in [0, bound), 1 ≤ bound ≤ 2^32. */
  nextInt(bound: number): number {
    if (!Number.isSafeInteger(bound) || bound < 1 || bound > 2 ** 32) {
      fail(GovernanceErrorCode.InvalidArgument, `Borne de tirage invalide : ${bound}.`, `Invalid draw bound: ${bound}.`);
    }
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = this.nextUint32();
      if (x < limit) return x % bound;
    }
  }

  /** A new array with the items in drawn order (Fisher–Yates). */
  shuffle<T>(items: readonly T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = this.nextInt(i + 1);
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
}
