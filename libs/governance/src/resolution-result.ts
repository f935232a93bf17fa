import { categoryVoteWeights, redistributeCollegeWeights } from './college-weighting';
import { bilingual, counted, formatCount, overCommonDenominator, plural } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual, type Locale } from './governance-error';
import type { CollegeRules, Comparison, Threshold, GovernanceProfile, MajorityBase, MajorityRules, NonExpressedMeaning } from './profile/governance-profile';
import { majorityOn, meetingRules } from './profile/profile-access';
import { Rational } from './rational';
import type { BodyKind, Convocation, MeetingKind } from './vocabulary';

/** A ballot's choice: pour, contre, abstention, blanc. */
export type BallotChoice = 'yes' | 'no' | 'abstain' | 'blank';
export const BALLOT_CHOICES: readonly BallotChoice[] = ['yes', 'no', 'abstain', 'blank'];

/** One ballot on a resolution. */
export interface ResolutionBallot {
  choice: BallotChoice;
  /** The voter's college id (required when the result is weighted by college). */
  college?: string | null;
  /** Votes carried by this ballot (default 1; a positive integer or Rational). */
  weight?: number | Rational;
  /** The voter's category, for vote caps by category (SCOP). */
  category?: string | null;
}

/** Votes of members present and represented (or all members), for those majority bases. */
export interface BaseVotes {
  total?: number;
  byCollege?: Readonly<Record<string, number>>;
  byCategory?: Readonly<Record<string, number>>;
}

/** Votes counted by choice (a show of hands, a paper count), instead of a list of ballots. */
export type ChoiceCounts = Partial<Readonly<Record<BallotChoice, number>>>;

/** Counts of votes by choice: overall (`total`) or per college (`byCollege`, required when weighted). */
export interface ResolutionCounts {
  total?: ChoiceCounts;
  byCollege?: Readonly<Record<string, ChoiceCounts>>;
}

/** Members with a vote on the roll (called to vote), overall or per college. */
export interface RollCounts {
  total?: number;
  byCollege?: Readonly<Record<string, number>>;
}

export interface ResolutionInput {
  majority: MajorityRules;
  /** When given, the result is weighted by college. */
  colleges?: CollegeRules | null;
  /** The ballots; or give `counts` instead. */
  ballots?: readonly ResolutionBallot[];
  /** Votes counted by choice, overall or per college, instead of `ballots`. */
  counts?: ResolutionCounts;
  /**
   * Members with a vote on the roll: needed per college when the colleges have a minimum
   * size, and to count members who took no part when their silence is consent.
   */
  roll?: RollCounts;
  /** Required when the majority base is 'presentAndRepresented' or 'allMembers'. */
  baseVotes?: BaseVotes;
  /** The chair's own choice, used only for a casting vote on a tie. */
  chairChoice?: BallotChoice | null;
  /** Weight of one vote per category (see categoryVoteWeights); ballots then need a category. */
  categoryWeights?: Readonly<Record<string, Rational>>;
}

export interface ChoiceTotals {
  yes: Rational;
  no: Rational;
  abstain: Rational;
  blank: Rational;
}

export interface CollegeResult {
  college: string;
  name: string;
  /** Statutory weight. */
  weight: Rational;
  /** Weight after redistribution of colleges without votes. */
  effectiveWeight: Rational;
  totals: ChoiceTotals;
  /** Votes counted for and against after applying the meaning of abstentions and blanks. */
  countedYes: Rational;
  countedNo: Rational;
  /** The college's base (its expressed votes by default). */
  base: Rational;
  /** countedYes / base; null when the base is empty. */
  yesShare: Rational | null;
  /** effectiveWeight × yesShare. */
  contribution: Rational;
  /** The statutory colleges counted in this one (itself, and those merged into it). */
  members: string[];
  /** Members who took no part and count as consenting ("qui ne dit mot consent"); 0 otherwise. */
  nonParticipants: Rational;
  /** Block vote: the side that passed the college's threshold and took its whole weight; null = counted in proportion. */
  block: 'yes' | 'no' | null;
}

/** A college that did not count on its own: too few members, merged into another or its weight shared. */
export interface CollegeChange {
  college: string;
  name: string;
  /** Its members on the roll. */
  members: number;
  minimum: number;
  change: 'merged' | 'shared';
  /** The college it merged into (null when its weight is shared). */
  into: string | null;
  intoName: string | null;
}

export interface ResolutionResult {
  adopted: boolean;
  outcome: 'adopted' | 'rejected';
  /** 'majority': the rule decided; 'castingVote': the chair's vote broke a tie; 'tie': a tie, rejected; 'noVotes': nothing to count, rejected. */
  decidedBy: 'majority' | 'castingVote' | 'tie' | 'noVotes';
  weighted: boolean;
  base: MajorityBase;
  required: { share: Rational; comparison: Comparison };
  /** Weighted share of yes in the base (the figure compared with `required`). */
  yesShare: Rational;
  noShare: Rational;
  /** Raw totals over all ballots (weights of ballots, not of colleges). */
  totals: ChoiceTotals;
  /** The base, unweighted. */
  baseTotal: Rational;
  colleges: CollegeResult[];
  /** Colleges merged or left out for having too few members. */
  collegeChanges: CollegeChange[];
  /** Members who took no part and count as consenting (0 unless the profile says so). */
  nonParticipants: Rational;
  /** When weighted: what counting heads would have given, for information. */
  byHeads: { adopted: boolean; yes: Rational; no: Rational; yesShare: Rational } | null;
  explanation: Bilingual;
}

const ALL = '*';

function ballotWeight(ballot: ResolutionBallot, index: number, categoryWeights?: Readonly<Record<string, Rational>>): Rational {
  const raw = ballot.weight ?? 1;
  let w: Rational;
  if (raw instanceof Rational) w = raw;
  else if (typeof raw === 'number' && Number.isSafeInteger(raw)) w = Rational.of(raw);
  else {
    return fail(
      GovernanceErrorCode.InvalidWeight,
      `Bulletin n° ${index + 1} : poids invalide (${String(raw)}) ; un entier positif est attendu.`,
      `Ballot #${index + 1}: invalid weight (${String(raw)}); a positive integer is expected.`,
    );
  }
  if (!w.isPositive()) {
    fail(
      GovernanceErrorCode.InvalidWeight,
      `Bulletin n° ${index + 1} : poids ${w.toString()} ; un poids strictement positif est attendu.`,
      `Ballot #${index + 1}: weight ${w.toString()}; a positive weight is expected.`,
    );
  }
  if (categoryWeights) {
    const factor = ballot.category == null ? undefined : categoryWeights[ballot.category];
    if (factor === undefined) {
      fail(
        GovernanceErrorCode.InvalidBallot,
        `Bulletin n° ${index + 1} : catégorie d'associé inconnue ou absente (« ${String(ballot.category)} »).`,
        `Ballot #${index + 1}: unknown or missing member category ("${String(ballot.category)}").`,
      );
    }
    w = w.mul(factor);
  }
  return w;
}

function requiredOf(majority: MajorityRules): { share: Rational; comparison: Comparison } {
  return majority.rule.kind === 'simple'
    ? { share: Rational.HALF, comparison: 'moreThan' }
    : { share: Rational.parse(majority.rule.fraction), comparison: majority.rule.comparison };
}

/** An equal split of the votes: the (weighted) votes for equal the votes against, and there are some. */
function equalSplit(yes: Rational, no: Rational): boolean {
  return yes.isPositive() && yes.equals(no);
}

function meets(value: Rational, req: { share: Rational; comparison: Comparison }): boolean {
  return req.comparison === 'atLeast' ? value.gte(req.share) : value.gt(req.share);
}

function zeroTotals(): ChoiceTotals {
  return { yes: Rational.ZERO, no: Rational.ZERO, abstain: Rational.ZERO, blank: Rational.ZERO };
}

function countedFor(t: ChoiceTotals, m: MajorityRules, side: 'consent' | 'against'): Rational {
  let v = side === 'consent' ? t.yes : t.no;
  if (m.abstention === side) v = v.add(t.abstain);
  if (m.blank === side) v = v.add(t.blank);
  return v;
}

function baseCount(value: unknown, what: string): Rational {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 0) {
    return fail(
      GovernanceErrorCode.InvalidCount,
      `Base de calcul invalide pour « ${what} » : ${String(value)}.`,
      `Invalid base count for "${what}": ${String(value)}.`,
    );
  }
  return Rational.of(value);
}

function requiredText(req: { share: Rational; comparison: Comparison }, l: Locale): string {
  const pct = req.share.toPercent(l);
  // A share with an exact percentage prints as such ("50 %"); others also show the fraction ("2/3 (66,7 %)").
  const exact = req.share.mul(1000).isInteger() ? pct : `${req.share.toString()} (${pct})`;
  if (req.comparison === 'moreThan') return l === 'fr' ? `plus de ${exact}` : `more than ${exact}`;
  return l === 'fr' ? `au moins ${exact}` : `at least ${exact}`;
}

const BASE_LABEL: Record<MajorityBase, Bilingual> = {
  expressed: { fr: 'suffrages exprimés', en: 'expressed votes' },
  voters: { fr: 'votants', en: 'voters' },
  presentAndRepresented: { fr: 'voix des membres présents ou représentés', en: 'votes of members present or represented' },
  allMembers: { fr: 'voix des membres ayant voix délibérative', en: 'votes of all members with a vote' },
};

function meaningSentence(m: MajorityRules, totals: ChoiceTotals, l: Locale): string {
  const parts: string[] = [];
  const describe = (what: 'abstention' | 'blank', meaning: NonExpressedMeaning, n: Rational): void => {
    if (n.isZero()) return;
    const fr = what === 'abstention' ? 'Les abstentions' : 'Les votes blancs';
    const en = what === 'abstention' ? 'Abstentions' : 'Blank ballots';
    if (meaning === 'against') parts.push(l === 'fr' ? `${fr} comptent comme des voix contre.` : `${en} count as votes against.`);
    else if (meaning === 'consent') parts.push(l === 'fr' ? `${fr} valent consentement et comptent pour.` : `${en} mean consent and count in favour.`);
    else if (m.base === 'expressed') parts.push(l === 'fr' ? `${fr} ne sont pas des suffrages exprimés.` : `${en} are not expressed votes.`);
    else parts.push(l === 'fr' ? `${fr} ne comptent pas pour.` : `${en} do not count in favour.`);
  };
  describe('abstention', m.abstention, totals.abstain);
  describe('blank', m.blank, totals.blank);
  return parts.join(' ');
}

function totalsText(t: ChoiceTotals, l: Locale): string {
  return l === 'fr'
    ? `${formatCount(t.yes, l)} pour, ${formatCount(t.no, l)} contre, ${counted(t.abstain, l, 'abstention', 'abstentions')}, ${counted(t.blank, l, 'blanc', 'blancs')}`
    : `${formatCount(t.yes, l)} yes, ${formatCount(t.no, l)} no, ${counted(t.abstain, l, 'abstention', 'abstentions')}, ${formatCount(t.blank, l)} blank`;
}

function outcomeText(
  r: Pick<ResolutionResult, 'adopted' | 'decidedBy'>,
  chairChoice: BallotChoice | null | undefined,
  castingVote: boolean,
  l: Locale,
): string {
  const verdict = r.adopted ? (l === 'fr' ? 'Résolution adoptée.' : 'Resolution adopted.') : l === 'fr' ? 'Résolution rejetée.' : 'Resolution rejected.';
  if (r.decidedBy === 'castingVote') {
    const side = chairChoice === 'yes' ? (l === 'fr' ? 'pour' : 'in favour') : l === 'fr' ? 'contre' : 'against';
    return l === 'fr'
      ? `Partage égal des voix : la voix prépondérante du président (${side}) l'emporte. ${verdict}`
      : `Tied vote: the chair's casting vote (${side}) decides. ${verdict}`;
  }
  if (r.decidedBy === 'tie') {
    const why = castingVote
      ? l === 'fr'
        ? "le président ne s'étant prononcé ni pour ni contre, la voix prépondérante ne peut départager"
        : 'the chair voted neither for nor against, so the casting vote cannot decide'
      : l === 'fr'
        ? 'sans voix prépondérante, la proposition n’obtient pas la majorité'
        : 'without a casting vote, the motion does not carry';
    return l === 'fr' ? `Partage égal des voix : ${why}. ${verdict}` : `Tied vote: ${why}. ${verdict}`;
  }
  if (r.decidedBy === 'noVotes') {
    return l === 'fr' ? `Aucune voix à compter dans la base. ${verdict}` : `No vote to count in the base. ${verdict}`;
  }
  return verdict;
}

/** Ballots from counts: one ballot per (college, choice) carrying the count as its weight. */
export function ballotsFromCounts(counts: ResolutionCounts): ResolutionBallot[] {
  const out: ResolutionBallot[] = [];
  const add = (c: ChoiceCounts, college: string | null, where: string): void => {
    for (const [choice, n] of Object.entries(c)) {
      if (!BALLOT_CHOICES.includes(choice as BallotChoice)) {
        fail(
          GovernanceErrorCode.UnknownChoice,
          `${where} : choix inconnu « ${choice} » (attendu : yes, no, abstain ou blank).`,
          `${where}: unknown choice "${choice}" (expected yes, no, abstain or blank).`,
        );
      }
      if (typeof n !== 'number' || !Number.isSafeInteger(n) || n < 0) {
        fail(GovernanceErrorCode.InvalidCount, `${where} : nombre de voix invalide (${String(n)}).`, `${where}: invalid vote count (${String(n)}).`);
      }
      if (n > 0) out.push({ choice: choice as BallotChoice, college, weight: n });
    }
  };
  if (counts.total && counts.byCollege) {
    fail(GovernanceErrorCode.InvalidArgument, 'Donnez les décomptes au total ou par collège, pas les deux.', 'Give counts overall or by college, not both.');
  }
  if (counts.total) add(counts.total, null, 'counts.total');
  for (const [college, c] of Object.entries(counts.byCollege ?? {})) add(c, college, `counts.byCollege.${college}`);
  return out;
}

function resolutionBallots(input: ResolutionInput): readonly ResolutionBallot[] {
  if (input.ballots && input.counts) {
    fail(GovernanceErrorCode.InvalidArgument, 'Donnez les bulletins ou les décomptes, pas les deux.', 'Give ballots or counts, not both.');
  }
  if (input.counts) {
    if (input.categoryWeights) {
      fail(
        GovernanceErrorCode.InvalidArgument,
        'Le plafonnement des voix par catégorie demande les bulletins (avec leur catégorie), pas des décomptes.',
        'Vote caps by category need ballots (with their category), not counts.',
      );
    }
    return ballotsFromCounts(input.counts);
  }
  return input.ballots ?? [];
}

/** A college as counted: a statutory college, with those merged into it. */
interface CollegeGroup {
  id: string;
  name: string;
  weight: Rational;
  members: string[];
  blockVote: Threshold | null | undefined;
}

/**
 * The colleges that count: with a minimum size, a college with fewer members on the roll
 * merges into the college it names (weights added, its ballots counted there) or, naming
 * none, is left out and its weight shared among the others in proportion. Merging repeats
 * while a merged college is still too small and names another.
 */
function collegeStructure(
  rules: CollegeRules,
  roll: RollCounts | undefined,
): { groups: CollegeGroup[]; groupOf: Map<string, string | null>; changes: CollegeChange[] } {
  const defs = rules.colleges;
  const groups = new Map<string, CollegeGroup & { count: number }>();
  const groupOf = new Map<string, string | null>();
  const minimum = rules.minimumMembers ?? null;
  for (const c of defs) {
    let count = 0;
    if (minimum !== null) {
      const n = roll?.byCollege?.[c.id];
      if (n === undefined) {
        fail(
          GovernanceErrorCode.InvalidArgument,
          `Les collèges doivent compter au moins ${minimum} membres : l'effectif du collège « ${c.name} » est nécessaire (roll.byCollege).`,
          `Colleges need at least ${minimum} members: the size of college "${c.name}" is needed (roll.byCollege).`,
        );
      }
      count = Number(baseCount(n, `roll.byCollege.${c.id}`).floor());
    }
    groups.set(c.id, { id: c.id, name: c.name, weight: Rational.parse(c.weight), members: [c.id], blockVote: c.blockVote, count });
    groupOf.set(c.id, c.id);
  }
  const changes: CollegeChange[] = [];
  if (minimum === null) return { groups: [...groups.values()], groupOf, changes };
  const resolve = (id: string): string | null => groupOf.get(id) ?? null;
  for (let pass = 0; pass < defs.length; pass++) {
    const small = [...groups.values()].find((g) => {
      if (g.count >= minimum) return false;
      const target = defs.find((d) => d.id === g.id)?.mergeInto;
      const into = target === undefined ? null : resolve(target);
      return into !== null && into !== g.id;
    });
    if (!small) break;
    const into = groups.get(resolve(defs.find((d) => d.id === small.id)!.mergeInto!)!)!;
    changes.push({ college: small.id, name: small.name, members: small.count, minimum, change: 'merged', into: into.id, intoName: into.name });
    into.weight = into.weight.add(small.weight);
    into.count += small.count;
    into.members.push(...small.members);
    for (const id of small.members) groupOf.set(id, into.id);
    groups.delete(small.id);
  }
  for (const g of [...groups.values()]) {
    if (g.count >= minimum) continue;
    changes.push({ college: g.id, name: g.name, members: g.count, minimum, change: 'shared', into: null, intoName: null });
    for (const id of g.members) groupOf.set(id, null);
    groups.delete(g.id);
  }
  // Shares of the colleges left out go to the others in proportion to their weights.
  const remaining = [...groups.values()];
  const total = Rational.sum(remaining.map((g) => g.weight));
  if (changes.some((c) => c.change === 'shared') && total.isPositive()) for (const g of remaining) g.weight = g.weight.div(total);
  return { groups: remaining, groupOf, changes };
}

/**
 * The result of a resolution: adopted or rejected, per college and overall, in exact
 * arithmetic, with its explanation for the minutes.
 *
 * In each group (each college, or all ballots when not weighted) the yes share is
 * counted yes / base, where the base is the expressed votes (yes + no, after the
 * profile's meaning of abstentions and blanks), the voters, or the supplied votes of
 * members present and represented / all members. Colleges without any vote in their
 * base have their weight shared among the others in proportion (or count as against,
 * per the profile). The weighted yes share is compared with the majority: simple = more
 * than 1/2, or a fraction such as at least 2/3. When a majority of one half is missed
 * on an equal split of the votes (as many counted for as against; abstentions and blanks
 * count on a side only when the profile says so, and members who did not vote are on no
 * side) the result is a tie: rejected, unless the chair has a casting vote and voted yes.
 *
 * Throws UNKNOWN_CHOICE, UNKNOWN_COLLEGE, INVALID_WEIGHT, INVALID_COUNT for bad input.
 */
export function tallyResolution(input: ResolutionInput): ResolutionResult {
  const m = input.majority;
  const weighted = input.colleges != null;
  const ballotsIn = resolutionBallots(input);
  const structure = weighted ? collegeStructure(input.colleges!, input.roll) : null;
  const collegeDefs: CollegeGroup[] = structure ? structure.groups : [{ id: ALL, name: '', weight: Rational.ONE, members: [ALL], blockVote: null }];
  const definedColleges = new Set((input.colleges?.colleges ?? []).map((c) => c.id));
  const totalsByGroup = new Map<string, ChoiceTotals>(collegeDefs.map((c) => [c.id, zeroTotals()]));
  const overall = zeroTotals();

  ballotsIn.forEach((ballot, index) => {
    const choice = ballot.choice;
    if (!BALLOT_CHOICES.includes(choice)) {
      fail(
        GovernanceErrorCode.UnknownChoice,
        `Bulletin n° ${index + 1} : choix inconnu « ${String(choice)} » (attendu : yes, no, abstain ou blank).`,
        `Ballot #${index + 1}: unknown choice "${String(choice)}" (expected yes, no, abstain or blank).`,
      );
    }
    const w = ballotWeight(ballot, index, input.categoryWeights);
    let group: string | null = ALL;
    if (weighted) {
      if (ballot.college == null || !definedColleges.has(ballot.college)) {
        fail(
          GovernanceErrorCode.UnknownCollege,
          `Bulletin n° ${index + 1} : collège inconnu ou absent (« ${String(ballot.college)} »).`,
          `Ballot #${index + 1}: unknown or missing college ("${String(ballot.college)}").`,
        );
      }
      // A college too small to count, whose weight is shared, has no group: its ballots count by heads only.
      group = structure!.groupOf.get(ballot.college) ?? null;
    }
    if (group !== null) {
      const t = totalsByGroup.get(group)!;
      t[choice] = t[choice].add(w);
    }
    overall[choice] = overall[choice].add(w);
  });

  const sumOver = (counts: Readonly<Record<string, number>>, members: readonly string[], what: string): Rational | null => {
    let total = Rational.ZERO;
    for (const id of members) {
      if (counts[id] === undefined) return null;
      total = total.add(baseCount(counts[id], `${what}.${id}`));
    }
    return total;
  };

  const suppliedBase = (g: CollegeGroup, voters: Rational): Rational => {
    const bv = input.baseVotes;
    let base: Rational | null;
    if (g.id !== ALL) {
      base = bv?.byCollege ? sumOver(bv.byCollege, g.members, 'baseVotes.byCollege') : null;
      if (base === null) {
        return fail(
          GovernanceErrorCode.InvalidArgument,
          `La base « ${BASE_LABEL[m.base].fr} » du collège « ${g.id} » est nécessaire (baseVotes.byCollege).`,
          `The base "${BASE_LABEL[m.base].en}" of college "${g.id}" is needed (baseVotes.byCollege).`,
        );
      }
    } else if (bv?.byCategory && input.categoryWeights) {
      base = Rational.ZERO;
      for (const [cat, n] of Object.entries(bv.byCategory)) {
        const factor = input.categoryWeights[cat];
        if (factor === undefined) {
          fail(GovernanceErrorCode.InvalidArgument, `Catégorie inconnue dans la base : « ${cat} ».`, `Unknown category in the base: "${cat}".`);
        }
        base = base.add(baseCount(n, `baseVotes.byCategory.${cat}`).mul(factor));
      }
    } else if (bv?.byCategory && bv.total === undefined) {
      base = Rational.sum(Object.entries(bv.byCategory).map(([k, n]) => baseCount(n, `baseVotes.byCategory.${k}`)));
    } else if (bv?.total !== undefined) {
      base = baseCount(bv.total, 'baseVotes.total');
    } else if (bv?.byCollege) {
      base = Rational.sum(Object.entries(bv.byCollege).map(([k, n]) => baseCount(n, `baseVotes.byCollege.${k}`)));
    } else {
      return fail(
        GovernanceErrorCode.InvalidArgument,
        `La base « ${BASE_LABEL[m.base].fr} » est nécessaire (baseVotes.total).`,
        `The base "${BASE_LABEL[m.base].en}" is needed (baseVotes.total).`,
      );
    }
    if (base.lt(voters)) {
      fail(
        GovernanceErrorCode.InvalidCount,
        `La base (${base.toString()}) est inférieure au nombre de voix exprimées par les votants (${voters.toString()}).`,
        `The base (${base.toString()}) is smaller than the votes cast (${voters.toString()}).`,
      );
    }
    return base;
  };

  /** Members of the group who took no part in the vote (counted only when their silence is consent). */
  const silentOf = (g: CollegeGroup, voters: Rational, base: Rational | null): Rational => {
    if ((m.nonParticipants ?? 'notCounted') !== 'consent') return Rational.ZERO;
    if (base !== null) return base.sub(voters);
    const roll = input.roll;
    const called =
      g.id === ALL
        ? roll?.total !== undefined
          ? baseCount(roll.total, 'roll.total')
          : roll?.byCollege
            ? sumOver(roll.byCollege, Object.keys(roll.byCollege), 'roll.byCollege')
            : null
        : roll?.byCollege
          ? sumOver(roll.byCollege, g.members, 'roll.byCollege')
          : null;
    if (called === null) {
      return fail(
        GovernanceErrorCode.InvalidArgument,
        `Les membres appelés à voter${g.id === ALL ? '' : ` du collège « ${g.id} »`} sont nécessaires pour compter ceux qui n'ont pas pris part au vote (roll).`,
        `The members called to vote${g.id === ALL ? '' : ` in college "${g.id}"`} are needed to count those who took no part (roll).`,
      );
    }
    if (called.lt(voters)) {
      fail(
        GovernanceErrorCode.InvalidCount,
        `Plus de votes (${voters.toString()}) que de membres appelés à voter (${called.toString()}).`,
        `More votes (${voters.toString()}) than members called to vote (${called.toString()}).`,
      );
    }
    return called.sub(voters);
  };

  const partial = collegeDefs.map((c) => {
    const totals = totalsByGroup.get(c.id)!;
    const voters = totals.yes.add(totals.no).add(totals.abstain).add(totals.blank);
    const supplied = m.base === 'presentAndRepresented' || m.base === 'allMembers' ? suppliedBase(c, voters) : null;
    const nonParticipants = silentOf(c, voters, supplied);
    const countedYes = countedFor(totals, m, 'consent').add(nonParticipants);
    const countedNo = countedFor(totals, m, 'against');
    const base = supplied ?? (m.base === 'voters' ? voters.add(nonParticipants) : countedYes.add(countedNo));
    let yesShare = base.isPositive() ? countedYes.div(base) : null;
    let noShareInGroup = base.isPositive() ? countedNo.div(base) : null;
    // Block vote: the side that passes the college's threshold takes its whole weight.
    let block: CollegeResult['block'] = null;
    if (c.blockVote && yesShare !== null && noShareInGroup !== null) {
      const threshold = { share: Rational.parse(c.blockVote.share), comparison: c.blockVote.comparison };
      if (meets(yesShare, threshold)) block = 'yes';
      else if (meets(noShareInGroup, threshold)) block = 'no';
      if (block !== null) {
        yesShare = block === 'yes' ? Rational.ONE : Rational.ZERO;
        noShareInGroup = block === 'no' ? Rational.ONE : Rational.ZERO;
      }
    }
    return { ...c, totals, countedYes, countedNo, base, yesShare, noShareInGroup, nonParticipants, block };
  });

  const active = new Set(partial.filter((g) => g.base.isPositive()).map((g) => g.id));
  const emptyRule = input.colleges?.emptyCollege ?? 'redistribute';
  const effective =
    emptyRule === 'redistribute' ? redistributeCollegeWeights(collegeDefs, (id) => active.has(id)) : new Map(collegeDefs.map((c) => [c.id, c.weight]));

  let yesShare = Rational.ZERO;
  let noShare = Rational.ZERO;
  const colleges: CollegeResult[] = partial.map((g) => {
    const effectiveWeight = effective.get(g.id) ?? Rational.ZERO;
    const contribution = g.yesShare ? effectiveWeight.mul(g.yesShare) : Rational.ZERO;
    yesShare = yesShare.add(contribution);
    noShare = noShare.add(g.noShareInGroup !== null ? effectiveWeight.mul(g.noShareInGroup) : effectiveWeight);
    return {
      college: g.id,
      name: g.name,
      weight: g.weight,
      effectiveWeight,
      totals: g.totals,
      countedYes: g.countedYes,
      countedNo: g.countedNo,
      base: g.base,
      yesShare: g.yesShare,
      contribution,
      members: g.members,
      nonParticipants: g.nonParticipants,
      block: g.block,
    };
  });

  const required = requiredOf(m);
  let decidedBy: ResolutionResult['decidedBy'];
  let adopted: boolean;
  if (active.size === 0) {
    decidedBy = 'noVotes';
    adopted = false;
    noShare = Rational.ZERO;
  } else if (meets(yesShare, required)) {
    decidedBy = 'majority';
    adopted = true;
  } else if (equalSplit(yesShare, noShare) && required.share.equals(Rational.HALF)) {
    // Partage égal des voix: as many votes for as against (abstentions and blanks on a
    // side only when the profile counts them so; members who did not vote are no side).
    if (m.castingVote && (input.chairChoice === 'yes' || input.chairChoice === 'no')) {
      decidedBy = 'castingVote';
      adopted = input.chairChoice === 'yes';
    } else {
      decidedBy = 'tie';
      adopted = false;
    }
  } else {
    decidedBy = 'majority';
    adopted = false;
  }

  const baseTotal = Rational.sum(partial.map((g) => g.base));
  let byHeads: ResolutionResult['byHeads'] = null;
  if (weighted) {
    const rollTotal = input.roll?.total ?? (input.roll?.byCollege ? Object.values(input.roll.byCollege).reduce((a, b) => a + b, 0) : undefined);
    const heads = tallyResolution({
      majority: m,
      ballots: ballotsIn.map((b) => ({ choice: b.choice, weight: b.weight, category: b.category })),
      baseVotes: input.baseVotes,
      chairChoice: input.chairChoice,
      categoryWeights: input.categoryWeights,
      roll: rollTotal === undefined ? undefined : { total: rollTotal },
    });
    byHeads = {
      adopted: heads.adopted,
      yes: countedFor(heads.totals, m, 'consent').add(heads.nonParticipants),
      no: countedFor(heads.totals, m, 'against'),
      yesShare: heads.yesShare,
    };
  }

  const result = {
    adopted,
    outcome: adopted ? 'adopted' : 'rejected',
    decidedBy,
    weighted,
    base: m.base,
    required,
    yesShare,
    noShare,
    totals: overall,
    baseTotal,
    colleges: weighted ? colleges : [],
    collegeChanges: structure?.changes ?? [],
    nonParticipants: Rational.sum(partial.map((g) => g.nonParticipants)),
    byHeads,
  } as const;
  return {
    ...result,
    explanation: bilingual((l) => explain(result, input, l)),
  };
}

function explain(r: Omit<ResolutionResult, 'explanation'>, input: ResolutionInput, l: Locale): string {
  const m = input.majority;
  const lines: string[] = [];
  const base = BASE_LABEL[m.base][l];
  const req = requiredText(r.required, l);
  const silence = (): void => {
    if (!r.nonParticipants.isPositive()) return;
    const n = formatCount(r.nonParticipants, l);
    lines.push(
      l === 'fr'
        ? `${n} ${plural(r.nonParticipants, l, "membre n'ayant pas pris part au vote est réputé", "membres n'ayant pas pris part au vote sont réputés")} consentir (« qui ne dit mot consent ») et ${plural(r.nonParticipants, l, 'compte', 'comptent')} pour.`
        : `${n} ${plural(r.nonParticipants, l, 'member who took no part is', 'members who took no part are')} deemed to consent and counted in favour.`,
    );
  };
  if (!r.weighted) {
    const yes = countedFor(r.totals, m, 'consent').add(r.nonParticipants);
    lines.push(l === 'fr' ? `Votes : ${totalsText(r.totals, l)}.` : `Votes: ${totalsText(r.totals, l)}.`);
    const meaning = meaningSentence(m, r.totals, l);
    if (meaning) lines.push(meaning);
    silence();
    if (r.baseTotal.isPositive()) {
      lines.push(
        l === 'fr'
          ? `Pour : ${formatCount(yes, l)} sur ${formatCount(r.baseTotal, l)} ${base}, soit ${r.yesShare.toPercent(l)} (majorité requise : ${req}).`
          : `Yes: ${formatCount(yes, l)} out of ${formatCount(r.baseTotal, l)} ${base}, i.e. ${r.yesShare.toPercent(l)} (required majority: ${req}).`,
      );
    }
  } else {
    for (const ch of r.collegeChanges) {
      const members = `${ch.members} ${plural(ch.members, l, l === 'fr' ? 'membre' : 'member', l === 'fr' ? 'membres' : 'members')}`;
      if (ch.change === 'merged') {
        lines.push(
          l === 'fr'
            ? `Le collège ${ch.name} ne compte que ${members} (minimum : ${ch.minimum}) : il est fusionné avec le collège ${ch.intoName}, poids additionnés.`
            : `College ${ch.name} has only ${members} (minimum: ${ch.minimum}): it is merged into college ${ch.intoName}, weights added.`,
        );
      } else {
        lines.push(
          l === 'fr'
            ? `Le collège ${ch.name} ne compte que ${members} (minimum : ${ch.minimum}) : il ne compte pas comme collège et son poids est réparti entre les autres au prorata.`
            : `College ${ch.name} has only ${members} (minimum: ${ch.minimum}): it does not count as a college and its weight is shared among the others in proportion.`,
        );
      }
    }
    const inactive = r.colleges.filter((c) => !c.base.isPositive());
    for (const c of r.colleges) {
      const head =
        l === 'fr'
          ? `Collège ${c.name} (poids ${c.weight.toPercent(l)}) : ${totalsText(c.totals, l)}`
          : `College ${c.name} (weight ${c.weight.toPercent(l)}): ${totalsText(c.totals, l)}`;
      if (c.yesShare === null) {
        lines.push(l === 'fr' ? `${head} ; aucune voix dans la base (${base}).` : `${head}; no vote in the base (${base}).`);
      } else if (c.block !== null) {
        const frac = `${formatCount(c.block === 'yes' ? c.countedYes : c.countedNo, l)}/${formatCount(c.base, l)}`;
        lines.push(
          l === 'fr'
            ? `${head} ; vote en bloc : les ${c.block === 'yes' ? 'pour' : 'contre'} (${frac}) atteignent le seuil, tout le poids du collège compte ${c.block === 'yes' ? 'pour' : 'contre'}.`
            : `${head}; block vote: the ${c.block === 'yes' ? 'yes' : 'no'} side (${frac}) passes the threshold and takes the college's whole weight.`,
        );
      } else {
        const frac = `${formatCount(c.countedYes, l)}/${formatCount(c.base, l)}`;
        lines.push(
          l === 'fr' ? `${head} ; part des pour : ${frac} = ${c.yesShare.toPercent(l)}.` : `${head}; yes share: ${frac} = ${c.yesShare.toPercent(l)}.`,
        );
      }
    }
    const meaning = meaningSentence(m, r.totals, l);
    if (meaning) lines.push(meaning);
    silence();
    const act = r.colleges.filter((c) => c.base.isPositive());
    if (inactive.length > 0 && act.length > 0) {
      const names = inactive.map((c) => c.name).join(', ');
      if ((input.colleges?.emptyCollege ?? 'redistribute') === 'redistribute') {
        const fracs = overCommonDenominator(act.map((c) => c.effectiveWeight));
        const list = act.map((c, i) => `${c.name} ${fracs[i]}`).join(', ');
        lines.push(
          l === 'fr'
            ? `Le poids du collège sans vote (${names}) est réparti entre les autres au prorata de leurs poids : ${list}.`
            : `The weight of the college without votes (${names}) is shared among the others in proportion to their weights: ${list}.`,
        );
      } else {
        lines.push(
          l === 'fr'
            ? `Le collège sans vote (${names}) garde son poids, compté contre.`
            : `The college without votes (${names}) keeps its weight, counted against.`,
        );
      }
    }
    if (act.length > 0) {
      const weights = overCommonDenominator(act.map((c) => c.effectiveWeight));
      const terms = act.map((c, i) => `${weights[i]} × ${c.yesShare!.toString()}`);
      const products = act.map((c) => c.contribution.toString());
      const sum = `${terms.join(' + ')} = ${products.join(' + ')} = ${r.yesShare.toString()}`;
      lines.push(
        l === 'fr'
          ? `Part pondérée des pour : ${sum}, soit ${r.yesShare.toPercent(l)} des ${base} pondérés (majorité requise : ${req}).`
          : `Weighted yes share: ${sum}, i.e. ${r.yesShare.toPercent(l)} of weighted ${base} (required majority: ${req}).`,
      );
    }
  }
  const caps = Object.entries(input.categoryWeights ?? {}).filter(([, w]) => !w.equals(1));
  if (caps.length > 0) {
    const list = caps
      .map(([cat, w]) => (l === 'fr' ? `une voix « ${cat} » compte pour ${w.toString()}` : `a "${cat}" vote counts as ${w.toString()}`))
      .join(', ');
    lines.splice(0, 0, l === 'fr' ? `Plafonnement des voix par catégorie d'associés : ${list}.` : `Votes capped by category of member: ${list}.`);
  }
  lines.push(outcomeText(r, input.chairChoice, m.castingVote, l));
  if (r.byHeads && r.byHeads.adopted !== r.adopted) {
    const yes = formatCount(r.byHeads.yes, l);
    const no = formatCount(r.byHeads.no, l);
    lines.push(
      l === 'fr'
        ? `Pour information, un décompte par tête aurait donné ${yes} pour et ${no} contre : résolution ${r.byHeads.adopted ? 'adoptée' : 'rejetée'}.`
        : `For information, counting heads would have given ${yes} yes and ${no} no: resolution ${r.byHeads.adopted ? 'adopted' : 'rejected'}.`,
    );
  }
  return lines.join(' ');
}

/** Inputs of a resolution under a profile. */
export interface ResolutionUnderProfile {
  body: BodyKind;
  meetingKind?: MeetingKind;
  /** The meeting's convocation: the majority may differ on second convocation (SARL). */
  convocation: Convocation;
  /** The ballots; or give `counts` instead. */
  ballots?: readonly ResolutionBallot[];
  /** Votes counted by choice, overall or per college, instead of `ballots`. */
  counts?: ResolutionCounts;
  /** Members with a vote on the roll (see ResolutionInput.roll). */
  roll?: RollCounts;
  baseVotes?: BaseVotes;
  chairChoice?: BallotChoice | null;
  /** Votes held per category on the roll, to apply the profile's vote caps (SCOP). */
  rollByCategory?: Readonly<Record<string, number>>;
}

/**
 * The result of a resolution under a profile: the meeting's majority on the given
 * convocation, college weighting when the meeting is college-weighted, and the profile's
 * vote caps by category when `rollByCategory` is given.
 */
export function resolutionResult(profile: GovernanceProfile, input: ResolutionUnderProfile): ResolutionResult {
  const rules = meetingRules(profile, input.body, input.meetingKind ?? 'ordinary');
  let categoryWeights: Record<string, Rational> | undefined;
  if (input.rollByCategory && profile.voteCaps.length > 0) {
    categoryWeights = categoryVoteWeights(
      input.rollByCategory,
      profile.voteCaps.map((c) => ({
        category: c.category,
        minShare: c.minShare === undefined ? undefined : Rational.parse(c.minShare),
        maxShare: c.maxShare === undefined ? undefined : Rational.parse(c.maxShare),
      })),
    );
  }
  return tallyResolution({
    majority: majorityOn(rules.majority, input.convocation),
    colleges: rules.collegeWeighted ? profile.colleges : null,
    ballots: input.ballots,
    counts: input.counts,
    roll: input.roll,
    baseVotes: input.baseVotes,
    chairChoice: input.chairChoice,
    categoryWeights,
  });
}
