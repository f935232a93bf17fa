import { GovernanceError, Rational, validateCollegeWeights, type GovernanceProfile, type Locale } from '@collegial/governance';

/** A college as typed in the form: its stored id when it exists already. */
export interface CollegeDraft {
  key: string;
  id?: string;
  name: string;
  weight: string;
}

export interface CollegeCheck {
  /** The problem of a row (by index), in the person's language. */
  rows: Map<number, { name?: string; weight?: string }>;
  /** A problem of the whole list (the total), in the person's language. */
  overall: string | null;
  /** The total of the weights read so far, e.g. "90 %". */
  total: string;
  valid: boolean;
}

/** The bounds the api applies: the profile's, else (undefined) libs/governance's default, the SCIC bounds. */
function boundsOf(profile: GovernanceProfile) {
  const bounds = profile.colleges?.bounds;
  return bounds ? { min: Rational.parse(bounds.min), max: Rational.parse(bounds.max) } : undefined;
}

/**
 * Checks the colleges as they are typed, with libs/governance's own rule
 * (`validateCollegeWeights`: each within the bounds, 100 % in all), so the form says
 * what the api would refuse before it is sent.
 */
export function checkColleges(drafts: CollegeDraft[], profile: GovernanceProfile, locale: Locale, nameRequired: string): CollegeCheck {
  const rows: CollegeCheck['rows'] = new Map();
  const weights: (Rational | null)[] = drafts.map((draft, index) => {
    if (draft.name.trim() === '') rows.set(index, { name: nameRequired });
    try {
      return Rational.parse(draft.weight);
    } catch (error) {
      if (!(error instanceof GovernanceError)) throw error;
      rows.set(index, { ...rows.get(index), weight: error.messageIn(locale) });
      return null;
    }
  });
  const read = weights.filter((w): w is Rational => w !== null);
  const total = Rational.sum(read).toPercent(locale);
  let overall: string | null = null;
  if (rows.size === 0 && drafts.length > 0) {
    try {
      validateCollegeWeights(
        drafts.map((draft, index) => ({ name: draft.name.trim(), weight: weights[index]! })),
        boundsOf(profile),
        'colleges',
      );
    } catch (error) {
      if (!(error instanceof GovernanceError)) throw error;
      const at = /^colleges\[(\d+)\]/.exec(error.path ?? '');
      if (at) rows.set(Number(at[1]), { weight: error.messageIn(locale) });
      else overall = error.messageIn(locale);
    }
  }
  return { rows, overall, total, valid: rows.size === 0 && overall === null };
}
