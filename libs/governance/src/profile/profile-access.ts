import { GovernanceErrorCode, fail, type Bilingual } from '../governance-error';
import { Rational } from '../rational';
import { BODY_LABELS, type BodyKind, type MeetingKind } from '../vocabulary';
import type { Convocation } from '../vocabulary';
import type { BodyRules, GovernanceProfile, MajorityRules, MeetingMajority, MeetingRules, RenewalRule, SourceReference } from './governance-profile';

/** The rules of a body; throws UNKNOWN_BODY when the profile has none for it. */
export function bodyRules(profile: GovernanceProfile, body: BodyKind): BodyRules {
  const rules = profile.bodies[body];
  if (!rules) {
    const label = BODY_LABELS[body] ?? { fr: String(body), en: String(body) };
    fail(
      GovernanceErrorCode.UnknownBody,
      `Le profil « ${profile.label.fr} » ne définit pas de règles pour l'instance « ${label.fr} ».`,
      `Profile "${profile.label.en}" defines no rules for the body "${label.en}".`,
      `bodies.${body}`,
    );
  }
  return rules;
}

/** The rules of one kind of meeting of a body; throws UNKNOWN_MEETING_KIND when the body has no extraordinary meetings. */
export function meetingRules(profile: GovernanceProfile, body: BodyKind, kind: MeetingKind = 'ordinary'): MeetingRules {
  const rules = bodyRules(profile, body);
  const meeting = kind === 'extraordinary' ? rules.extraordinary : rules.ordinary;
  if (!meeting) {
    const label = BODY_LABELS[body];
    fail(
      GovernanceErrorCode.UnknownMeetingKind,
      `L'instance « ${label.fr} » n'a pas de réunion extraordinaire dans ce profil.`,
      `The body "${label.en}" has no extraordinary meeting in this profile.`,
      `bodies.${body}.extraordinary`,
    );
  }
  return meeting;
}

/** A college's weight as a Rational, by id. */
export function collegeWeights(profile: GovernanceProfile): { id: string; name: string; weight: Rational }[] {
  return (profile.colleges?.colleges ?? []).map((c) => ({ id: c.id, name: c.name, weight: Rational.parse(c.weight) }));
}

/** Reads a value in the profile at a dotted path ("bodies.board.mandate"); undefined when absent. */
export function valueAtPath(profile: GovernanceProfile, path: string): unknown {
  let current: unknown = profile;
  for (const key of path.split('.')) {
    if (typeof current !== 'object' || current === null) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** What a UI shows next to a profile: its legal sources and the figures to verify, with their current values. */
export interface ProfileSources {
  label: Bilingual;
  sources: SourceReference[];
  verify: { path: string; note: Bilingual; value: unknown }[];
  /** A heading for the list of figures to check. */
  verifyHeading: Bilingual;
}

/** The legal sources of a profile and the figures flagged "verify against your statutes". */
export function profileSources(profile: GovernanceProfile): ProfileSources {
  return {
    label: profile.label,
    sources: profile.sources.map((s) => ({ ...s, note: { ...s.note } })),
    verify: profile.verify.map((f) => ({ path: f.path, note: f.note, value: valueAtPath(profile, f.path) })),
    verifyHeading: { fr: 'À vérifier dans vos statuts', en: 'Check against your statutes' },
  };
}

/**
 * The majority that applies on a convocation: that convocation's base and rule, with the
 * meeting's casting vote and meaning of abstentions and blanks. Also reads the shape
 * stored before majorities depended on the convocation (one majority for both).
 */
export function majorityOn(majority: MeetingMajority | MajorityRules, convocation: Convocation): MajorityRules {
  const { castingVote, abstention, blank } = majority;
  const silence = majority.nonParticipants === undefined ? {} : { nonParticipants: majority.nonParticipants };
  if ('base' in majority) return { base: majority.base, rule: majority.rule, castingVote, abstention, blank, ...silence };
  const requirement = convocation === 'second' ? majority.secondConvocation : majority.firstConvocation;
  return { base: requirement.base, rule: requirement.rule, castingVote, abstention, blank, ...silence };
}

/** How many parts a body is renewed in: 1 (whole), 2 (halves), 3 (thirds), or the given number. */
export function renewalParts(renewal: RenewalRule): number {
  if (renewal === 'whole') return 1;
  if (renewal === 'halves') return 2;
  if (renewal === 'thirds') return 3;
  return renewal.parts;
}
