import { bilingual } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual } from './governance-error';
import { addMonths, assertPlainDate, compareDates, formatPlainDate, fullYearsBetween, type PlainDate } from './plain-date';
import type { GovernanceProfile, VotingRightsRules } from './profile/governance-profile';

/** What decides whether a member has a vote on a date. */
export interface MemberStanding {
  memberId: string;
  /** A legal entity votes through a named representative and has no age. */
  legalEntity?: boolean;
  /** Named representative of a legal entity (e.g. the city's delegate in a SCIC). */
  representative?: string | null;
  /** Birth date of a natural person (needed when the profile sets a minimum age). */
  birthDate?: PlainDate | null;
  /** Date membership started. */
  memberSince: PlainDate;
  /** Date membership ended (resignation, exclusion, death), if any. */
  memberUntil?: PlainDate | null;
  /** Dues for the current period are paid. */
  duesPaid: boolean;
  /** Voting rights suspended (e.g. while a subscription is unpaid, or by a disciplinary decision). */
  suspended?: boolean;
}

export type NoVoteReason =
  | 'notYetMember'
  | 'membershipEnded'
  | 'joinedAfterConvocation'
  | 'tooYoung'
  | 'birthDateUnknown'
  | 'insufficientSeniority'
  | 'duesUnpaid'
  | 'suspended'
  | 'noRepresentative';

export interface VotingRight {
  memberId: string;
  hasVote: boolean;
  /** Every reason that removes the vote (empty when the member has a vote). */
  reasons: NoVoteReason[];
  explanation: Bilingual;
}

const REASON_TEXT: Record<NoVoteReason, Bilingual> = {
  notYetMember: { fr: "pas encore membre à cette date", en: 'not yet a member on that date' },
  membershipEnded: { fr: "n'est plus membre à cette date", en: 'no longer a member on that date' },
  joinedAfterConvocation: { fr: 'adhésion postérieure à la convocation', en: 'joined after the convocation was sent' },
  tooYoung: { fr: "n'a pas l'âge minimum", en: 'below the minimum age' },
  birthDateUnknown: { fr: 'date de naissance inconnue alors que les statuts fixent un âge minimum', en: 'birth date unknown while the statutes set a minimum age' },
  insufficientSeniority: { fr: "n'a pas l'ancienneté requise", en: 'has not been a member long enough' },
  duesUnpaid: { fr: 'cotisation non réglée', en: 'dues unpaid' },
  suspended: { fr: 'droit de vote suspendu', en: 'voting right suspended' },
  noRepresentative: { fr: 'personne morale sans représentant désigné', en: 'legal entity without a named representative' },
};

/**
 * Whether a member has a vote on `onDate` (the meeting's date), by the profile's rules:
 * membership on that date, joined before the convocation (when required), minimum age
 * for a natural person, seniority, dues paid, rights not suspended, and a named
 * representative for a legal entity. Age and seniority are counted in whole calendar
 * months/years (a member born on 29 February comes of age on 28 February in a common year).
 */
export function votingRight(
  rules: VotingRightsRules | GovernanceProfile,
  member: MemberStanding,
  onDate: PlainDate,
  convocationDate?: PlainDate | null,
): VotingRight {
  const r: VotingRightsRules = 'votingRights' in rules ? rules.votingRights : rules;
  assertPlainDate(onDate, 'onDate');
  assertPlainDate(member.memberSince, 'memberSince');
  if (convocationDate != null) assertPlainDate(convocationDate, 'convocationDate');
  if (member.memberUntil != null) assertPlainDate(member.memberUntil, 'memberUntil');
  if (member.birthDate != null) assertPlainDate(member.birthDate, 'birthDate');
  if (typeof member.duesPaid !== 'boolean') {
    fail(GovernanceErrorCode.InvalidArgument, 'duesPaid doit être vrai ou faux.', 'duesPaid must be a boolean.');
  }

  const reasons: NoVoteReason[] = [];
  if (compareDates(member.memberSince, onDate) > 0) reasons.push('notYetMember');
  if (member.memberUntil != null && compareDates(member.memberUntil, onDate) <= 0) reasons.push('membershipEnded');
  if (r.joinedBeforeConvocation && convocationDate != null && compareDates(member.memberSince, convocationDate) > 0 && !reasons.includes('notYetMember')) {
    reasons.push('joinedAfterConvocation');
  }
  if (r.minimumAgeYears !== null && !member.legalEntity) {
    if (member.birthDate == null) reasons.push('birthDateUnknown');
    else if (fullYearsBetween(member.birthDate, onDate) < r.minimumAgeYears) reasons.push('tooYoung');
  }
  if (r.minimumSeniorityMonths !== null && compareDates(addMonths(member.memberSince, r.minimumSeniorityMonths), onDate) > 0 && !reasons.includes('notYetMember')) {
    reasons.push('insufficientSeniority');
  }
  if (r.duesRequired && !member.duesPaid) reasons.push('duesUnpaid');
  if (member.suspended) reasons.push('suspended');
  if (member.legalEntity && (member.representative == null || member.representative.trim() === '')) reasons.push('noRepresentative');

  const hasVote = reasons.length === 0;
  return {
    memberId: member.memberId,
    hasVote,
    reasons,
    explanation: bilingual((l) => {
      const date = formatPlainDate(onDate, l);
      if (hasVote) return l === 'fr' ? `A voix délibérative le ${date}.` : `Has a vote on ${date}.`;
      const why = reasons.map((x) => REASON_TEXT[x][l]).join(l === 'fr' ? ' ; ' : '; ');
      return l === 'fr' ? `N'a pas voix délibérative le ${date} : ${why}.` : `Has no vote on ${date}: ${why}.`;
    }),
  };
}

/** The roll of a meeting: who votes, and who does not and why. */
export interface VotingRoll {
  voters: string[];
  excluded: VotingRight[];
}

/** Applies `votingRight` to every member (the roll frozen when a ballot opens). */
export function votingRoll(
  rules: VotingRightsRules | GovernanceProfile,
  members: readonly MemberStanding[],
  onDate: PlainDate,
  convocationDate?: PlainDate | null,
): VotingRoll {
  const voters: string[] = [];
  const excluded: VotingRight[] = [];
  for (const m of members) {
    const right = votingRight(rules, m, onDate, convocationDate);
    if (right.hasVote) voters.push(m.memberId);
    else excluded.push(right);
  }
  return { voters, excluded };
}
