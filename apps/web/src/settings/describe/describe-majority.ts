import type { BodyKind, MajorityRequirement, MeetingKind, MeetingMajority } from '@collegial/governance';
import { clauses, finish, type Describer, type RuleText } from './describer';
import { meetingOf } from './describe-meeting';
import { describeThreshold } from './describe-share';

/** "deux tiers des voix exprimées", "plus de la moitié de tous les membres". */
export function describeRequirement(d: Describer, requirement: MajorityRequirement): string {
  const base = d.t(`majority.bases.${requirement.base}`);
  const { rule } = requirement;
  if (rule.kind === 'simple') return d.t('majority.simple', { base });
  return describeThreshold(d, 'majority', rule.fraction, rule.comparison, { base });
}

const sameRequirement = (a: MajorityRequirement, b: MajorityRequirement) => JSON.stringify(a) === JSON.stringify(b);

/** "Majorité de l’AG extraordinaire : deux tiers des voix exprimées". */
export function describeMajority(d: Describer, body: BodyKind, kind: MeetingKind, majority: MeetingMajority): RuleText {
  const { firstConvocation: first, secondConvocation: second } = majority;
  const requirement = sameRequirement(first, second)
    ? describeRequirement(d, first)
    : d.t('majority.byConvocation', { first: describeRequirement(d, first), second: describeRequirement(d, second) });
  const rule = clauses(d, [
    requirement,
    majority.castingVote ? d.t('majority.castingVote') : '',
    majority.abstention === 'notExpressed' ? '' : d.t(`majority.abstention.${majority.abstention}`),
    majority.blank === 'notExpressed' ? '' : d.t(`majority.blank.${majority.blank}`),
    majority.nonParticipants === 'consent' ? d.t('majority.silenceConsents') : '',
  ]);
  return { title: d.t('majority.title', { of: meetingOf(d, body, kind) }), rule: finish(d, rule) };
}
