import type { Bilingual } from '../governance-error';
import type { BodyKind, LegalForm, MeetingKind } from '../vocabulary';

/**
 * A governance profile: an organisation's statutes as plain JSON data (stored as jsonb,
 * sent over GraphQL as JSON). Fractions are strings such as "2/3", "1/4", "40 %"; read
 * them with `Rational.parse`. Build one with `presetProfile`, check one with
 * `validateProfile`.
 */

/** A fraction written as text: "2/3", "1/2", "40 %", "0.25". */
export type RationalText = string;

/** How a count is compared with a threshold: ≥ ("au moins") or > ("plus de"). */
export type Comparison = 'atLeast' | 'moreThan';

/** A threshold share of a base, e.g. { share: "1/4", comparison: "atLeast" } = "at least a quarter". */
export interface Threshold {
  share: RationalText;
  comparison: Comparison;
}

/** Quorum of one kind of meeting. */
export interface QuorumRules {
  /** Members attending remotely count as present. */
  countRemote: boolean;
  /** Members represented by a proxy count (SCOP law and most statutes: yes). */
  countRepresented: boolean;
  /** Threshold on first convocation; null = no quorum. */
  firstConvocation: Threshold | null;
  /** Threshold on second convocation; null = no quorum (the usual case). */
  secondConvocation: Threshold | null;
  /**
   * A quorum in each college as well as overall (e.g. three quarters of each college
   * present), per convocation; absent or null = none.
   */
  perCollege?: { firstConvocation: Threshold | null; secondConvocation: Threshold | null } | null;
}

/** The votes a majority is measured against. */
export type MajorityBase =
  /** yes + no (suffrages exprimés): the default. */
  | 'expressed'
  /** every ballot cast, abstentions and blanks included (votants). */
  | 'voters'
  /** the votes of members present and represented, whether they voted or not. */
  | 'presentAndRepresented'
  /** every member with a vote in the body. */
  | 'allMembers';

/** What an abstention or a blank ballot means. */
export type NonExpressedMeaning =
  /** not counted in expressed votes (usual). */
  | 'notExpressed'
  /** counted as a vote against. */
  | 'against'
  /** counted as a vote in favour ("qui ne dit mot consent"). */
  | 'consent';

/** Simple majority (more than half of the base), or a fraction such as at least 2/3. */
export type MajorityRule = { kind: 'simple' } | { kind: 'fraction'; fraction: RationalText; comparison: Comparison };

/** What a majority is measured on and what it must reach, on one convocation. */
export interface MajorityRequirement {
  base: MajorityBase;
  rule: MajorityRule;
}

/**
 * The majority applied to one vote: base and rule of the convocation, with the meaning of
 * abstentions and blanks and the casting vote. What `tallyResolution` takes; also the
 * shape stored in `MeetingRules.majority` before majorities depended on the convocation
 * (such profiles are still read: one majority for both convocations).
 */
export interface MajorityRules extends MajorityRequirement {
  /** The chair's vote decides an equal split of the votes (voix prépondérante). */
  castingVote: boolean;
  abstention: NonExpressedMeaning;
  blank: NonExpressedMeaning;
  /** Members who take no part in the vote: not counted (absent, the default), or consenting ("qui ne dit mot consent"). */
  nonParticipants?: NonParticipation;
}

/** What the silence of a member who takes no part in a vote means. */
export type NonParticipation = 'notCounted' | 'consent';

/**
 * The majority of one kind of meeting: base and rule per convocation, as for the quorum
 * (a SARL-form SCOP: more than half of all members on first consultation, a majority of
 * the votes cast on second, code de commerce L. 223-29), and what does not change with
 * the convocation.
 */
export interface MeetingMajority {
  firstConvocation: MajorityRequirement;
  secondConvocation: MajorityRequirement;
  /** The chair's vote decides an equal split of the votes (voix prépondérante). */
  castingVote: boolean;
  abstention: NonExpressedMeaning;
  blank: NonExpressedMeaning;
  /** Members who take no part: not counted (absent, the default), or consenting ("qui ne dit mot consent"). */
  nonParticipants?: NonParticipation;
}

export interface NoticeRules {
  /** Minimum days between sending the convocation and the meeting, first convocation. */
  firstConvocationDays: number;
  /** Same for a second convocation. */
  secondConvocationDays: number;
  /** 'calendarDays': sending day D, meeting ≥ D + n; 'clearDays' (jours francs): neither the sending day nor the meeting day count, meeting ≥ D + n + 1. */
  counting: 'calendarDays' | 'clearDays';
  /** Minimum days between a first meeting without quorum and the second meeting; null = none. */
  minDaysBeforeSecondMeeting: number | null;
}

/** The rules of one kind of meeting of one body. */
export interface MeetingRules {
  quorum: QuorumRules;
  majority: MeetingMajority;
  notice: NoticeRules;
  /** Resolutions are weighted by college (SCIC general assembly). */
  collegeWeighted: boolean;
  /** Members may be represented by proxy at this meeting. */
  proxiesAllowed: boolean;
  /** A written consultation may replace the meeting. */
  writtenConsultation: boolean;
}

/**
 * How the seats of a body are renewed: all together ('whole'), or a part at a time —
 * by halves, by thirds, or in any number of parts — a part at each fraction of the term,
 * the first renewals of a new body drawn by lot.
 */
export type RenewalRule = 'whole' | 'halves' | 'thirds' | { kind: 'parts'; parts: number };

/**
 * When a term ends: on the anniversary of the start ('anniversary'), or at the close of
 * the ordinary general assembly held in the year the term expires ('ordinaryAssembly',
 * the usual clause of statutes: the seat stays filled until that assembly).
 */
export type TermEndRule = 'anniversary' | 'ordinaryAssembly';

export interface MandateRules {
  /** Term in months; null = no fixed term. */
  termMonths: number | null;
  renewal: RenewalRule;
  /** When the term ends; absent = 'anniversary'. */
  termEnds?: TermEndRule;
}

export interface BodyRules {
  ordinary: MeetingRules;
  /** Extraordinary meetings (AGE); null when the body has none. */
  extraordinary: MeetingRules | null;
  mandate: MandateRules;
}

export interface CollegeDefinition {
  /** Stable identifier used in ballots. */
  id: string;
  /** Name shown to people, e.g. "salariés". */
  name: string;
  /** Share of the voting power, e.g. "2/5" or "40 %". */
  weight: RationalText;
  /**
   * With `CollegeRules.minimumMembers`: the college this one merges into when it has too
   * few members (weights added, its members vote there); absent = its weight is shared
   * among the other colleges in proportion.
   */
  mergeInto?: string;
  /**
   * The college votes as a block: the side (for or against) whose share of the college's
   * base passes this threshold takes the college's whole weight; when neither does, its
   * votes count in proportion. Absent = always in proportion.
   */
  blockVote?: Threshold;
}

export interface CollegeRules {
  colleges: CollegeDefinition[];
  /** A college counts only with at least this many members with a vote on the roll; absent or null = any size. */
  minimumMembers?: number | null;
  /** Bounds on each college's weight (SCIC: 1/10 to 1/2); null = none. */
  bounds: { min: RationalText; max: RationalText } | null;
  /** A college without expressed votes: its weight is shared among the others in proportion ('redistribute', usual) or counts as against ('countAsAgainst'). */
  emptyCollege: 'redistribute' | 'countAsAgainst';
}

/** A cap on the share of votes of a category of members (SCOP: employees at least 65 %). */
export interface VoteCap {
  /** Category id carried by members and ballots, e.g. "employee". */
  category: string;
  label: Bilingual;
  minShare?: RationalText;
  maxShare?: RationalText;
}

/** How many proxies one holder may hold. */
export type ProxyCap =
  | { kind: 'none' }
  | { kind: 'fixed'; max: number }
  /** floor(fraction × members with a vote), at least `minimum` (SCOP: 1/20, minimum 1). */
  | { kind: 'fractionOfMembers'; fraction: RationalText; minimum: number };

export interface ProxyRules {
  /** Who may hold a proxy: a member with a vote, any member, or a member or a family member of the principal. */
  holder: 'memberWithVote' | 'member' | 'memberOrFamily';
  /** The holder must belong to the principal's college. */
  sameCollege: boolean;
  cap: ProxyCap;
  /**
   * Blank proxies (no holder named) go to the chair of the meeting, or to a named office —
   * the president of the organisation, the manager (gérant) — per `goesTo` (absent =
   * 'chair'); their holder votes for the resolutions the board or manager put forward.
   */
  blankProxies: { allowed: boolean; countTowardCap: boolean; goesTo?: BlankProxyRecipient };
}

/** Who receives blank proxies: the meeting's chair, the organisation's president, or its manager (gérant). */
export type BlankProxyRecipient = 'chair' | 'president' | 'manager';

export interface VotingRightsRules {
  /** Minimum age in years of a natural person to vote in person; null = none. */
  minimumAgeYears: number | null;
  /**
   * Members under the minimum age vote through their legal representative (a parent), as
   * a legal entity votes through its representative; absent = false (they have no vote).
   */
  minorsVoteThroughRepresentative?: boolean;
  /** Minimum months of membership; null = none. */
  minimumSeniorityMonths: number | null;
  /** "At least N months" (absent, the default) or "more than N months" of membership. */
  seniorityComparison?: Comparison;
  /** Dues for the current period must be paid. */
  duesRequired: boolean;
  /** A member who joined after the convocation was sent has no vote at that meeting. */
  joinedBeforeConvocation: boolean;
}

export interface ElectionRules {
  /** Plurality for N seats, or absolute majority in the first round then plurality. */
  method: 'plurality' | 'absoluteThenPlurality';
  /** Ties go to the oldest (French custom), the youngest, or a draw by lot from a seed. */
  tieBreak: 'oldest' | 'youngest' | 'lot';
  /** Votes are weighted by college (SCIC). */
  collegeWeighted: boolean;
}

/** A legal or conventional source of a preset. */
export interface SourceReference {
  /** Short citation, e.g. "Loi n° 78-763 du 19 juillet 1978, titre III, section I". */
  citation: string;
  /** What it provides. */
  note: Bilingual;
  url?: string;
}

/** A figure a user must check against their statutes. */
export interface VerifyFlag {
  /** Dotted path in the profile, e.g. "bodies.generalAssembly.ordinary.quorum.firstConvocation". */
  path: string;
  note: Bilingual;
}

/** 'scop' is a SCOP in SA form; 'scopSarl' a SCOP in SARL form. */
export type PresetKind = 'association' | 'scop' | 'scopSarl' | 'scic' | 'steeringCommittee';

export interface GovernanceProfile {
  version: 1;
  legalForm: LegalForm;
  /** The preset this profile started from; null when built from scratch. */
  preset: PresetKind | null;
  label: Bilingual;
  sources: SourceReference[];
  /** Figures to check against the statutes (shown as "à vérifier dans vos statuts"). */
  verify: VerifyFlag[];
  votingRights: VotingRightsRules;
  /** Voting colleges (SCIC); null = one member, one vote. */
  colleges: CollegeRules | null;
  /** Caps on the votes of categories of members (SCOP). */
  voteCaps: VoteCap[];
  proxies: ProxyRules;
  elections: ElectionRules;
  /** Rules per body; a body absent here has no rules in this profile. */
  bodies: Partial<Record<BodyKind, BodyRules>>;
}

export type { MeetingKind };
