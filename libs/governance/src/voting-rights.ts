import { bilingual } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual } from './governance-error';
import { addMonths, assertPlainDate, compareDates, formatPlainDate, fullYearsBetween, type PlainDate } from './plain-date';
import type { GovernanceProfile, VotingRightsRules } from './profile/governance-profile';

/** What decides whether a member has a vote on a date. */
export interface MemberStanding {
  memberId: string;
  /** A legal entity votes through a named representative and has no age. */
  legalEntity?: boolean;
  /**
   * Who votes for the member: the named representative of a legal entity (the city's
   * delegate in a SCIC), or the legal representative (a parent) of a natural person under
   * the voting age, when the profile lets minors vote through them.
   */
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
  | 'noRepresentative'
  | 'minorWithoutRepresentative';

export interface VotingRight {
  memberId: string;
  hasVote: boolean;
  /** Every reason that removes the vote (empty when the member has a vote). */
  reasons: NoVoteReason[];
  /** Who casts the member's vote: the member, or their representative (legal entity, minor). */
  castBy: 'member' | 'representative';
  /** The representative who casts it, when castBy is 'representative'. */
  representative: string | null;
  explanation: Bilingual;
}

const REASON_TEXT: Record<NoVoteReason, Bilingual> = {
  notYetMember: { fr: 'pas encore membre à cette date', en: 'not yet a member on that date' },
  membershipEnded: { fr: "n'est plus membre à cette date", en: 'no longer a member on that date' },
  joinedAfterConvocation: { fr: 'adhésion postérieure à la convocation', en: 'joined after the convocation was sent' },
  tooYoung: { fr: "n'a pas l'âge minimum", en: 'below the minimum age' },
  birthDateUnknown: {
    fr: 'date de naissance inconnue alors que les statuts fixent un âge minimum',
    en: 'birth date unknown while the statutes set a minimum age',
  },
  insufficientSeniority: { fr: "n'a pas l'ancienneté requise", en: 'has not been a member long enough' },
  duesUnpaid: { fr: 'cotisation non réglée', en: 'dues unpaid' },
  suspended: { fr: 'droit de vote suspendu', en: 'voting right suspended' },
  noRepresentative: { fr: 'personne morale sans représentant désigné', en: 'legal entity without a named representative' },
  minorWithoutRepresentative: {
    fr: 'mineur sans représentant légal désigné pour voter à sa place',
    en: 'a minor without a named legal representative to vote for them',
  },
};

/**
 * Whether a member has a vote on `onDate` (the meeting's date), by the profile's rules:
 * membership on that date, joined before the convocation (when required), minimum age
 * for a natural person (below it, a vote cast by the legal representative when the
 * profile allows it), seniority (at least, or more than, N months), dues paid, rights not
 * suspended, and a named representative for a legal entity. `castBy` says who casts it. Age and seniority are counted in whole calendar
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
  const named = (x: string | null | undefined): x is string => x != null && x.trim() !== '';
  let minorRepresented = false;
  if (r.minimumAgeYears !== null && !member.legalEntity) {
    if (member.birthDate == null) reasons.push('birthDateUnknown');
    else if (fullYearsBetween(member.birthDate, onDate) < r.minimumAgeYears) {
      if (!r.minorsVoteThroughRepresentative) reasons.push('tooYoung');
      else if (named(member.representative)) minorRepresented = true;
      else reasons.push('minorWithoutRepresentative');
    }
  }
  if (r.minimumSeniorityMonths !== null && !reasons.includes('notYetMember')) {
    // "At least N months": a member since D votes from D + N months; "more than N months": from the day after.
    const reached = compareDates(addMonths(member.memberSince, r.minimumSeniorityMonths), onDate);
    if (reached > 0 || (reached === 0 && r.seniorityComparison === 'moreThan')) reasons.push('insufficientSeniority');
  }
  if (r.duesRequired && !member.duesPaid) reasons.push('duesUnpaid');
  if (member.suspended) reasons.push('suspended');
  if (member.legalEntity && !named(member.representative)) reasons.push('noRepresentative');

  const hasVote = reasons.length === 0;
  const throughRepresentative = hasVote && (member.legalEntity === true || minorRepresented);
  const representative = throughRepresentative ? member.representative!.trim() : null;
  return {
    memberId: member.memberId,
    hasVote,
    reasons,
    castBy: throughRepresentative ? 'representative' : 'member',
    representative,
    explanation: bilingual((l) => {
      const date = formatPlainDate(onDate, l);
      if (hasVote && representative !== null) {
        const who = minorRepresented
          ? l === 'fr'
            ? 'son représentant légal'
            : 'their legal representative'
          : l === 'fr'
            ? 'son représentant'
            : 'its representative';
        return l === 'fr'
          ? `A voix délibérative le ${date}, exprimée par ${who} (${representative}).`
          : `Has a vote on ${date}, cast by ${who} (${representative}).`;
      }
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
