import { Rational, type CollegeRules, type VoteCap } from '@collegial/governance';
import { clauses, type Describer, type RuleText } from './describer';
import { describeShare } from './describe-share';

const percent = (d: Describer, text: string) => Rational.parse(text).toPercent(d.locale);

/** "Règles des collèges : chaque collège pèse entre 10 % et 50 % des voix ; le poids d’un collège sans suffrage exprimé est réparti entre les autres". */
export function describeCollegeRules(d: Describer, rules: CollegeRules): RuleText {
  const rule = clauses(d, [
    rules.bounds ? d.t('collegeRules.bounds', { min: percent(d, rules.bounds.min), max: percent(d, rules.bounds.max) }) : d.t('collegeRules.noBounds'),
    d.t(`collegeRules.${rules.emptyCollege}`),
    rules.minimumMembers ? d.t('collegeRules.minimumMembers', { count: rules.minimumMembers }) : '',
  ]);
  return { title: d.t('collegeRules.title'), rule };
}

/** "salariés : au moins 65 % des voix" (SCOP). */
export function describeVoteCap(d: Describer, cap: VoteCap): string[] {
  const label = cap.label[d.locale];
  return [
    cap.minShare ? d.t('voteCaps.atLeast', { label, share: describeShare(d, cap.minShare) }) : '',
    cap.maxShare ? d.t('voteCaps.atMost', { label, share: describeShare(d, cap.maxShare) }) : '',
  ].filter(Boolean);
}
