import type { VotingRightsRules } from '@collegial/governance';
import { clauses, type Describer, type RuleText } from './describer';

/** "Droit de vote : dès 16 ans ; après 3 mois d’adhésion ; cotisation à jour". */
export function describeVotingRights(d: Describer, rules: VotingRightsRules): RuleText {
  const parts = [
    rules.minimumAgeYears === null ? '' : d.t('votingRights.minimumAge', { count: rules.minimumAgeYears }),
    rules.minimumAgeYears !== null && rules.minorsVoteThroughRepresentative ? d.t('votingRights.minorsThroughRepresentative') : '',
    rules.minimumSeniorityMonths === null
      ? ''
      : d.t(rules.seniorityComparison === 'moreThan' ? 'votingRights.seniorityMoreThan' : 'votingRights.seniority', { count: rules.minimumSeniorityMonths }),
    rules.duesRequired ? d.t('votingRights.dues') : '',
    rules.joinedBeforeConvocation ? d.t('votingRights.joinedBeforeConvocation') : '',
  ].filter(Boolean);
  return { title: d.t('votingRights.title'), rule: parts.length ? clauses(d, parts) : d.t('votingRights.everyone') };
}
