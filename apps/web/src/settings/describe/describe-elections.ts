import type { ElectionRules } from '@collegial/governance';
import { clauses, type Describer, type RuleText } from './describer';

/** "Élections : à la majorité relative ; égalité au bénéfice de l’âge ; pondérées par collège". */
export function describeElections(d: Describer, rules: ElectionRules): RuleText {
  const rule = clauses(d, [
    d.t(`elections.method.${rules.method}`),
    d.t(`elections.tieBreak.${rules.tieBreak}`),
    rules.collegeWeighted ? d.t('elections.weighted') : '',
  ]);
  return { title: d.t('elections.title'), rule };
}
