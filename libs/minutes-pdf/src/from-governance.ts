import type { Comparison, MajorityBase, QuorumResult, Rational, ResolutionResult } from '@collegial/governance';
import { formatShare, type PaperLocale } from './format';
import type { QuorumStatement, ResolutionRecord, VoteCounts } from './minutes-document';

/**
 * From libs/governance's results to the minutes' plain data: exact shares as fraction
 * strings, counts as numbers, the explanation in the language being rendered. The caller
 * adds what governance does not know (number, title, text, ballot).
 */

const BASE: Record<PaperLocale, Record<MajorityBase, string>> = {
  fr: {
    expressed: 'des suffrages exprimés',
    voters: 'des votants',
    presentAndRepresented: 'des voix des membres présents ou représentés',
    allMembers: 'des voix de tous les membres',
  },
  en: {
    expressed: 'of the votes cast for or against',
    voters: 'of the voters',
    presentAndRepresented: 'of the votes of members present or represented',
    allMembers: 'of the votes of all members',
  },
};
const COMPARISON: Record<PaperLocale, Record<Comparison, string>> = {
  fr: { moreThan: 'plus de', atLeast: 'au moins' },
  en: { moreThan: 'more than', atLeast: 'at least' },
};

function numberOf(value: Rational): number {
  return Number(value.numerator) / Number(value.denominator);
}

function countsOf(totals: ResolutionResult['totals']): VoteCounts {
  return { yes: numberOf(totals.yes), no: numberOf(totals.no), abstain: numberOf(totals.abstain), blank: numberOf(totals.blank) };
}

/** "plus de 1/2 (50 %) des suffrages exprimés pondérés" / "more than 1/2 (50%) of the weighted …". */
export function majorityRuleText(result: Pick<ResolutionResult, 'base' | 'required' | 'weighted'>, locale: PaperLocale): string {
  const base = BASE[locale][result.base];
  const weighted = result.weighted ? (locale === 'fr' ? `${base} pondérés` : base.replace('of the ', 'of the weighted ')) : base;
  return `${COMPARISON[locale][result.required.comparison]} ${formatShare(result.required.share.toString(), locale)} ${weighted}`;
}

/** The figures of a resolution for the minutes, from resolutionResult(...). */
export function resolutionFigures(
  result: ResolutionResult,
  locale: PaperLocale,
): Pick<ResolutionRecord, 'counts' | 'colleges' | 'weightedYesShare' | 'majorityRule' | 'requiredShare' | 'adopted' | 'explanation'> {
  return {
    counts: countsOf(result.totals),
    colleges: result.weighted
      ? result.colleges.map((college) => ({
          name: college.name,
          weight: college.weight.toString(),
          effectiveWeight: college.effectiveWeight.equals(college.weight) ? null : college.effectiveWeight.toString(),
          counts: countsOf(college.totals),
          yesShare: college.yesShare ? college.yesShare.toString() : null,
        }))
      : null,
    weightedYesShare: result.weighted ? result.yesShare.toString() : null,
    majorityRule: majorityRuleText(result, locale),
    requiredShare: result.required.share.toString(),
    adopted: result.adopted,
    explanation: result.explanation[locale],
  };
}

/** The quorum statement for the minutes, from quorumFor(...). */
export function quorumStatement(result: QuorumResult, locale: PaperLocale): QuorumStatement {
  return {
    votingMembers: result.base,
    present: result.present,
    remote: result.remote,
    represented: result.represented,
    threshold: result.required ? result.threshold.toString() : null,
    reached: result.reached,
    explanation: result.explanation[locale],
  };
}
