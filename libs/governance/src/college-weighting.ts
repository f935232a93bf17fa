import { GovernanceError, GovernanceErrorCode, fail } from './governance-error';
import { Rational } from './rational';

/**
 * Colleges (SCIC) and vote caps by category (SCOP): how the voting power is shared
 * between groups of members, in exact arithmetic.
 */

/** SCIC bounds, loi 47-1775 art. 19 octies: each college between 10 % and 50 %. */
export const SCIC_COLLEGE_BOUNDS: { readonly min: Rational; readonly max: Rational } = {
  min: Rational.of(1, 10),
  max: Rational.of(1, 2),
};

/**
 * Throws INVALID_COLLEGE_WEIGHTS unless every weight lies within the bounds (default
 * SCIC 10 %–50 %) and the weights sum to exactly 1. The message names the college and
 * the figure, in French and English. Pass `path` to locate the problem in a profile.
 */
export function validateCollegeWeights(
  colleges: readonly { name: string; weight: Rational }[],
  rules: { min: Rational; max: Rational } = SCIC_COLLEGE_BOUNDS,
  path?: string,
): void {
  const err = (fr: string, en: string, at?: string): never => {
    throw new GovernanceError(GovernanceErrorCode.InvalidCollegeWeights, { fr, en }, at ?? path);
  };
  if (colleges.length === 0) {
    err('Aucun collège défini.', 'No college defined.');
  }
  const names = new Set<string>();
  colleges.forEach((c, i) => {
    const at = path === undefined ? undefined : `${path}[${i}].weight`;
    if (names.has(c.name)) {
      err(`Le collège « ${c.name} » est défini deux fois.`, `College "${c.name}" is defined twice.`, at);
    }
    names.add(c.name);
    if (c.weight.isNegative()) {
      err(
        `Le poids du collège « ${c.name} » est négatif (${c.weight.toPercent('fr')}).`,
        `The weight of college "${c.name}" is negative (${c.weight.toPercent('en')}).`,
        at,
      );
    }
    if (c.weight.lt(rules.min) || c.weight.gt(rules.max)) {
      err(
        `Le collège « ${c.name} » pèse ${c.weight.toPercent('fr')}, hors des bornes ${rules.min.toPercent('fr')} – ${rules.max.toPercent('fr')}.`,
        `College "${c.name}" weighs ${c.weight.toPercent('en')}, outside the bounds ${rules.min.toPercent('en')}–${rules.max.toPercent('en')}.`,
        at,
      );
    }
  });
  const total = Rational.sum(colleges.map((c) => c.weight));
  if (!total.equals(Rational.ONE)) {
    err(
      `Les poids des collèges totalisent ${total.toPercent('fr')} (${total.toString()}) au lieu de 100 %.`,
      `College weights sum to ${total.toPercent('en')} (${total.toString()}) instead of 100%.`,
    );
  }
}

/**
 * Shares the weight of inactive colleges (no expressed vote) among the active ones in
 * proportion to their weights: each active college gets weight / (sum of active
 * weights). Weights need not sum to 1 (scaling them all changes nothing). Inactive
 * colleges get 0. When no college is active every weight is 0.
 */
export function redistributeCollegeWeights<K extends string>(weights: readonly { id: K; weight: Rational }[], isActive: (id: K) => boolean): Map<K, Rational> {
  const activeTotal = Rational.sum(weights.filter((w) => isActive(w.id)).map((w) => w.weight));
  const out = new Map<K, Rational>();
  for (const w of weights) {
    if (w.weight.isNegative()) {
      fail(GovernanceErrorCode.InvalidCollegeWeights, `Le poids du collège « ${w.id} » est négatif.`, `The weight of college "${w.id}" is negative.`);
    }
    out.set(w.id, isActive(w.id) && activeTotal.isPositive() ? w.weight.div(activeTotal) : Rational.ZERO);
  }
  return out;
}

/** A cap on the share of votes of a category (parsed form of the profile's VoteCap). */
export interface CategoryCap {
  category: string;
  minShare?: Rational;
  maxShare?: Rational;
}

/**
 * The weight of one vote in each category so that every cap holds (SCOP: employee
 * members keep at least 65 % of the votes). `votesByCategory` gives the votes held in
 * each category (on the roll). A category above its maxShare has its votes reduced to
 * exactly maxShare; a category below its minShare has all other categories' votes
 * reduced so that it holds exactly minShare. Categories without caps keep weight 1
 * unless reduced by another category's minimum. When no cap bites every weight is 1.
 */
export function categoryVoteWeights(votesByCategory: Readonly<Record<string, number>>, caps: readonly CategoryCap[]): Record<string, Rational> {
  const counts = new Map<string, Rational>();
  for (const [category, n] of Object.entries(votesByCategory)) {
    if (!Number.isSafeInteger(n) || n < 0) {
      fail(
        GovernanceErrorCode.InvalidCount,
        `Nombre de voix invalide pour la catégorie « ${category} » : ${String(n)}.`,
        `Invalid vote count for category "${category}": ${String(n)}.`,
      );
    }
    counts.set(category, Rational.of(n));
  }
  const weights = new Map<string, Rational>([...counts.keys()].map((k) => [k, Rational.ONE]));
  const power = (k: string): Rational => (counts.get(k) ?? Rational.ZERO).mul(weights.get(k) ?? Rational.ONE);
  const total = (): Rational => Rational.sum([...counts.keys()].map(power));
  for (const cap of caps) {
    for (const [name, share] of [
      ['minShare', cap.minShare],
      ['maxShare', cap.maxShare],
    ] as const) {
      if (share !== undefined && (!share.isPositive() || !share.lt(1))) {
        fail(
          GovernanceErrorCode.InvalidArgument,
          `Plafond ${name} de la catégorie « ${cap.category} » hors de ]0 ; 1[ : ${share.toString()}.`,
          `Cap ${name} of category "${cap.category}" outside (0, 1): ${share.toString()}.`,
        );
      }
    }
  }
  // Each pass fixes every cap that does not hold; caps that hold are left alone, so the
  // loop ends after a few passes for consistent caps. The bound guards against caps that
  // contradict each other.
  for (let pass = 0; pass < 2 * caps.length + 2; pass++) {
    let changed = false;
    for (const cap of caps) {
      const own = power(cap.category);
      const others = total().sub(own);
      const t = total();
      if (t.isZero()) continue;
      const share = own.div(t);
      if (cap.maxShare && share.gt(cap.maxShare) && own.isPositive()) {
        // new own power p with p / (p + others) = max  ⇒  p = max·others / (1 − max)
        const target = cap.maxShare.mul(others).div(Rational.ONE.sub(cap.maxShare));
        weights.set(cap.category, (weights.get(cap.category) ?? Rational.ONE).mul(target.div(own)));
        changed = true;
      } else if (cap.minShare && share.lt(cap.minShare) && own.isPositive() && others.isPositive()) {
        // scale the others by f with own / (own + f·others) = min  ⇒  f = own·(1 − min) / (min·others)
        const f = own.mul(Rational.ONE.sub(cap.minShare)).div(cap.minShare.mul(others));
        for (const k of counts.keys()) {
          if (k !== cap.category) weights.set(k, (weights.get(k) ?? Rational.ONE).mul(f));
        }
        changed = true;
      }
    }
    if (!changed) break;
  }
  return Object.fromEntries(weights);
}
