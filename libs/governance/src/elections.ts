import { redistributeCollegeWeights } from './college-weighting';
import { bilingual, counted, formatCount, listOf } from './explanations/format';
import { GovernanceErrorCode, fail, type Bilingual, type Locale } from './governance-error';
import { compareDates, type PlainDate } from './plain-date';
import type { CollegeRules, ElectionRules, GovernanceProfile } from './profile/governance-profile';
import { Rational } from './rational';
import { SeededRandom } from './seeded-random';

export interface Candidate {
  id: string;
  /** Name printed in explanations (defaults to the id). */
  name?: string;
  /** Needed when ties go to the oldest or the youngest. */
  birthDate?: PlainDate | null;
}

/** One ballot: the candidates chosen (at most one per seat); none = a blank ballot. */
export interface ElectionBallot {
  choices: readonly string[];
  college?: string | null;
  weight?: number | Rational;
}

export interface ElectionInput {
  seats: number;
  candidates: readonly Candidate[];
  ballots: readonly ElectionBallot[];
  rules: ElectionRules;
  /** Needed when rules.collegeWeighted. */
  colleges?: CollegeRules | null;
  /** 1 (default) or 2. With 'absoluteThenPlurality', round 2 is decided by plurality. */
  round?: 1 | 2;
  /** Seed of the draw by lot (required when ties go to lot and a tie must be broken). */
  seed?: string | null;
}

export interface CandidateScore {
  candidateId: string;
  name: string;
  /** Votes received (ballot weights, not college weights). */
  votes: Rational;
  /** What candidates are ranked by: votes, or the college-weighted share when weighted. */
  score: Rational;
  /** Share of expressed ballots (college-weighted when weighted). */
  share: Rational;
  absoluteMajority: boolean;
  /** 1 + number of candidates with a strictly higher score. */
  rank: number;
  elected: boolean;
}

export interface TieBreak {
  candidateIds: string[];
  /** Seats that were at stake among them. */
  seatsAtStake: number;
  resolvedBy: 'oldest' | 'youngest' | 'lot';
  /** Order after the tie-break, first = best placed. */
  order: string[];
  seed?: string;
}

export interface ElectionResult {
  round: 1 | 2;
  seats: number;
  method: ElectionRules['method'];
  /** Rule used in this round: absolute majority, or plurality. */
  roundRule: 'absolute' | 'plurality';
  weighted: boolean;
  expressedBallots: Rational;
  blankBallots: Rational;
  /** Candidates by score, best first. */
  scores: CandidateScore[];
  /** Elected candidate ids, best placed first. */
  elected: string[];
  remainingSeats: number;
  /** Seats remain after an absolute-majority first round: a second round by plurality is needed. */
  secondRoundNeeded: boolean;
  ties: TieBreak[];
  explanation: Bilingual;
}

function ballotWeight(raw: number | Rational | undefined, index: number): Rational {
  const w = raw === undefined ? Rational.ONE : raw instanceof Rational ? raw : Number.isSafeInteger(raw) ? Rational.of(raw) : null;
  if (w === null || !w.isPositive()) {
    fail(
      GovernanceErrorCode.InvalidWeight,
      `Bulletin n° ${index + 1} : poids invalide (${String(raw)}).`,
      `Ballot #${index + 1}: invalid weight (${String(raw)}).`,
    );
  }
  return w;
}

/**
 * Orders a group of tied candidates by the tie rule: oldest first (French custom),
 * youngest first, or a draw by lot from the seed (the group is first sorted by id, so
 * the draw does not depend on input order). Equal birth dates fall back to lot when a
 * seed is given. Throws MISSING_BIRTH_DATE, INVALID_SEED or TIE_UNRESOLVED otherwise.
 */
export function breakTie(
  group: readonly Candidate[],
  rule: ElectionRules['tieBreak'],
  seed?: string | null,
): { order: Candidate[]; resolvedBy: TieBreak['resolvedBy']; drawnByLot: boolean } {
  const byId = [...group].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const lot = (items: Candidate[]): Candidate[] => {
    if (seed == null) {
      return fail(
        GovernanceErrorCode.InvalidSeed,
        `Égalité entre ${items.map((c) => c.name ?? c.id).join(', ')} : un tirage au sort demande une graine.`,
        `Tie between ${items.map((c) => c.name ?? c.id).join(', ')}: a draw by lot needs a seed.`,
      );
    }
    return new SeededRandom(seed).shuffle(items);
  };
  if (rule === 'lot') return { order: lot(byId), resolvedBy: 'lot', drawnByLot: true };
  for (const c of byId) {
    if (c.birthDate == null) {
      fail(
        GovernanceErrorCode.MissingBirthDate,
        `Égalité au bénéfice de l'âge : la date de naissance de ${c.name ?? c.id} est inconnue.`,
        `Tie broken by age: the birth date of ${c.name ?? c.id} is unknown.`,
      );
    }
  }
  const sign = rule === 'oldest' ? 1 : -1;
  const sorted = [...byId].sort((a, b) => sign * compareDates(a.birthDate!, b.birthDate!));
  // Candidates born the same day stay tied: draw them by lot if a seed is available.
  const out: Candidate[] = [];
  let drawnByLot = false;
  for (let i = 0; i < sorted.length;) {
    let j = i + 1;
    while (j < sorted.length && sorted[j].birthDate === sorted[i].birthDate) j++;
    const same = sorted.slice(i, j);
    if (same.length > 1) {
      if (seed == null) {
        fail(
          GovernanceErrorCode.TieUnresolved,
          `Égalité non départagée : ${same.map((c) => c.name ?? c.id).join(', ')} sont nés le même jour.`,
          `Tie unresolved: ${same.map((c) => c.name ?? c.id).join(', ')} were born on the same day.`,
        );
      }
      out.push(...lot(same));
      drawnByLot = true;
    } else out.push(same[0]);
    i = j;
  }
  return { order: out, resolvedBy: rule, drawnByLot };
}

/**
 * Elects `seats` candidates. Plurality: the best scores win (a candidate without any vote
 * is never elected). Absolute majority then plurality: in round 1 only candidates with
 * more than half of the expressed ballots are elected; seats left call for a second
 * round, decided by plurality. Ties at the last seat follow the profile's tie rule. With
 * college weighting, a candidate's score is the sum over colleges of the college's
 * weight times the candidate's share of that college's expressed ballots, the weight of
 * colleges without ballots shared among the others.
 */
export function runElection(input: ElectionInput): ElectionResult {
  const round = input.round ?? 1;
  const { seats, rules } = input;
  if (!Number.isSafeInteger(seats) || seats < 1) {
    fail(GovernanceErrorCode.InvalidElection, `Nombre de sièges invalide : ${String(seats)}.`, `Invalid number of seats: ${String(seats)}.`);
  }
  if (round !== 1 && round !== 2) {
    fail(GovernanceErrorCode.InvalidElection, `Tour invalide : ${String(round)}.`, `Invalid round: ${String(round)}.`);
  }
  const candidates = new Map<string, Candidate>();
  for (const c of input.candidates) {
    if (candidates.has(c.id)) fail(GovernanceErrorCode.InvalidElection, `Candidat en double : ${c.id}.`, `Duplicate candidate: ${c.id}.`);
    candidates.set(c.id, c);
  }
  const weighted = rules.collegeWeighted;
  if (weighted && !input.colleges) {
    fail(GovernanceErrorCode.InvalidElection, 'Élection pondérée par collège sans collèges définis.', 'College-weighted election without colleges.');
  }
  const groups = weighted ? input.colleges!.colleges.map((c) => ({ id: c.id, weight: Rational.parse(c.weight) })) : [{ id: '*', weight: Rational.ONE }];
  const groupIds = new Set(groups.map((g) => g.id));
  const expressed = new Map<string, Rational>(groups.map((g) => [g.id, Rational.ZERO]));
  const votes = new Map<string, Map<string, Rational>>(groups.map((g) => [g.id, new Map()]));
  let blankBallots = Rational.ZERO;
  let expressedBallots = Rational.ZERO;
  const totalVotes = new Map<string, Rational>([...candidates.keys()].map((id) => [id, Rational.ZERO]));

  input.ballots.forEach((ballot, index) => {
    const w = ballotWeight(ballot.weight, index);
    const seen = new Set<string>();
    for (const choice of ballot.choices) {
      if (!candidates.has(choice)) {
        fail(
          GovernanceErrorCode.UnknownCandidate,
          `Bulletin n° ${index + 1} : candidat inconnu « ${choice} ».`,
          `Ballot #${index + 1}: unknown candidate "${choice}".`,
        );
      }
      if (seen.has(choice)) {
        fail(
          GovernanceErrorCode.InvalidBallot,
          `Bulletin n° ${index + 1} : « ${choice} » choisi deux fois.`,
          `Ballot #${index + 1}: "${choice}" chosen twice.`,
        );
      }
      seen.add(choice);
    }
    if (ballot.choices.length > seats) {
      fail(
        GovernanceErrorCode.InvalidBallot,
        `Bulletin n° ${index + 1} : ${ballot.choices.length} noms pour ${seats} siège(s).`,
        `Ballot #${index + 1}: ${ballot.choices.length} names for ${seats} seat(s).`,
      );
    }
    let group = '*';
    if (weighted) {
      if (ballot.college == null || !groupIds.has(ballot.college)) {
        fail(
          GovernanceErrorCode.UnknownCollege,
          `Bulletin n° ${index + 1} : collège inconnu (« ${String(ballot.college)} »).`,
          `Ballot #${index + 1}: unknown college ("${String(ballot.college)}").`,
        );
      }
      group = ballot.college;
    }
    if (ballot.choices.length === 0) {
      blankBallots = blankBallots.add(w);
      return;
    }
    expressedBallots = expressedBallots.add(w);
    expressed.set(group, expressed.get(group)!.add(w));
    const gv = votes.get(group)!;
    for (const choice of ballot.choices) {
      gv.set(choice, (gv.get(choice) ?? Rational.ZERO).add(w));
      totalVotes.set(choice, totalVotes.get(choice)!.add(w));
    }
  });

  const effective = redistributeCollegeWeights(groups, (id) => expressed.get(id)!.isPositive());
  const raw = [...candidates.values()].map((c) => {
    let share = Rational.ZERO;
    for (const g of groups) {
      const e = expressed.get(g.id)!;
      if (e.isPositive()) share = share.add(effective.get(g.id)!.mul((votes.get(g.id)!.get(c.id) ?? Rational.ZERO).div(e)));
    }
    const v = totalVotes.get(c.id)!;
    return { candidate: c, votes: v, share, score: weighted ? share : v, absoluteMajority: share.gt(Rational.HALF) };
  });

  const roundRule: ElectionResult['roundRule'] = rules.method === 'absoluteThenPlurality' && round === 1 ? 'absolute' : 'plurality';
  const eligible = raw.filter((r) => r.score.isPositive() && (roundRule === 'plurality' || r.absoluteMajority));
  // Best score first; within equal scores, by id for now (ties at the cutoff are broken below).
  const order = [...eligible].sort((a, b) => b.score.compare(a.score) || (a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0));
  const ties: TieBreak[] = [];
  if (order.length > seats && order[seats - 1].score.equals(order[seats].score)) {
    const tied = order[seats - 1].score;
    const start = order.findIndex((r) => r.score.equals(tied));
    let end = start;
    while (end < order.length && order[end].score.equals(tied)) end++;
    const group = order.slice(start, end);
    const broken = breakTie(
      group.map((g) => g.candidate),
      rules.tieBreak,
      input.seed,
    );
    const byCandidate = new Map(group.map((g) => [g.candidate.id, g]));
    order.splice(start, group.length, ...broken.order.map((c) => byCandidate.get(c.id)!));
    const tie: TieBreak = {
      candidateIds: group.map((g) => g.candidate.id),
      seatsAtStake: seats - start,
      resolvedBy: broken.resolvedBy,
      order: broken.order.map((c) => c.id),
    };
    if (broken.drawnByLot && input.seed != null) tie.seed = input.seed;
    ties.push(tie);
  }
  const elected = order.slice(0, seats).map((r) => r.candidate.id);
  const electedSet = new Set(elected);
  const scores: CandidateScore[] = [...raw]
    .sort((a, b) => {
      const c = b.score.compare(a.score);
      if (c !== 0) return c;
      const ia = elected.indexOf(a.candidate.id);
      const ib = elected.indexOf(b.candidate.id);
      if (ia !== -1 || ib !== -1) return (ia === -1 ? Infinity : ia) - (ib === -1 ? Infinity : ib);
      return a.candidate.id < b.candidate.id ? -1 : a.candidate.id > b.candidate.id ? 1 : 0;
    })
    .map((r) => ({
      candidateId: r.candidate.id,
      name: r.candidate.name ?? r.candidate.id,
      votes: r.votes,
      score: r.score,
      share: r.share,
      absoluteMajority: r.absoluteMajority,
      rank: 1 + raw.filter((o) => o.score.gt(r.score)).length,
      elected: electedSet.has(r.candidate.id),
    }));
  const remainingSeats = seats - elected.length;
  const secondRoundNeeded = roundRule === 'absolute' && remainingSeats > 0;

  const result: Omit<ElectionResult, 'explanation'> = {
    round,
    seats,
    method: rules.method,
    roundRule,
    weighted,
    expressedBallots,
    blankBallots,
    scores,
    elected,
    remainingSeats,
    secondRoundNeeded,
    ties,
  };
  return { ...result, explanation: bilingual((l) => explainElection(result, l)) };
}

function explainElection(r: Omit<ElectionResult, 'explanation'>, l: Locale): string {
  const fr = l === 'fr';
  const rule = r.roundRule === 'absolute' ? (fr ? 'majorité absolue' : 'absolute majority') : fr ? 'majorité relative' : 'plurality';
  const roundText = fr ? (r.round === 1 ? '1er tour' : '2d tour') : r.round === 1 ? 'first round' : 'second round';
  const seatsText = fr ? counted(r.seats, l, 'siège', 'sièges') : counted(r.seats, l, 'seat', 'seats');
  const lines: string[] = [
    fr
      ? `Élection pour ${seatsText}, ${rule}${r.weighted ? ', pondérée par collège' : ''} (${roundText}) : ${counted(r.expressedBallots, l, 'bulletin exprimé', 'bulletins exprimés')}, ${counted(r.blankBallots, l, 'blanc', 'blancs')}.`
      : `Election for ${seatsText}, ${rule}${r.weighted ? ', weighted by college' : ''} (${roundText}): ${counted(r.expressedBallots, l, 'expressed ballot', 'expressed ballots')}, ${formatCount(r.blankBallots, l)} blank.`,
  ];
  const parts = r.scores.map((s) => {
    const figure = r.weighted
      ? fr
        ? `${s.share.toPercent(l)} des voix pondérées (${counted(s.votes, l, 'voix', 'voix')})`
        : `${s.share.toPercent(l)} of weighted votes (${counted(s.votes, l, 'vote', 'votes')})`
      : fr
        ? `${counted(s.votes, l, 'voix', 'voix')} (${s.share.toPercent(l)})`
        : `${counted(s.votes, l, 'vote', 'votes')} (${s.share.toPercent(l)})`;
    return `${s.name}${fr ? ' : ' : ': '}${figure}${s.elected ? (fr ? ' — élu·e' : ' — elected') : ''}`;
  });
  if (parts.length > 0) lines.push(`${parts.join(' ; ')}.`);
  for (const t of r.ties) {
    const names = t.candidateIds.map((id) => r.scores.find((s) => s.candidateId === id)?.name ?? id);
    const how = {
      oldest: fr ? "au bénéfice de l'âge (le plus âgé)" : 'in favour of the oldest',
      youngest: fr ? 'au bénéfice du plus jeune' : 'in favour of the youngest',
      lot: fr ? `par tirage au sort (graine « ${t.seed ?? ''} »)` : `by lot (seed "${t.seed ?? ''}")`,
    }[t.resolvedBy];
    const order = t.order.map((id) => r.scores.find((s) => s.candidateId === id)?.name ?? id);
    lines.push(
      fr
        ? `Égalité entre ${listOf(names, l)} pour ${counted(t.seatsAtStake, l, 'siège', 'sièges')}, départagée ${how} : ${order.join(', ')}.`
        : `Tie between ${listOf(names, l)} for ${counted(t.seatsAtStake, l, 'seat', 'seats')}, broken ${how}: ${order.join(', ')}.`,
    );
  }
  const electedNames = r.elected.map((id) => r.scores.find((s) => s.candidateId === id)?.name ?? id);
  lines.push(
    electedNames.length > 0 ? (fr ? `Élu·e·s : ${listOf(electedNames, l)}.` : `Elected: ${listOf(electedNames, l)}.`) : fr ? 'Aucun élu.' : 'No one elected.',
  );
  if (r.secondRoundNeeded) {
    lines.push(
      fr
        ? `${counted(r.remainingSeats, l, 'siège reste', 'sièges restent')} à pourvoir : un second tour à la majorité relative est nécessaire.`
        : `${counted(r.remainingSeats, l, 'seat remains', 'seats remain')} to fill: a second round by plurality is needed.`,
    );
  } else if (r.remainingSeats > 0) {
    lines.push(
      fr
        ? `${counted(r.remainingSeats, l, 'siège reste vacant', 'sièges restent vacants')}.`
        : `${counted(r.remainingSeats, l, 'seat remains', 'seats remain')} vacant.`,
    );
  }
  return lines.join(' ');
}

/** runElection with the profile's election rules and colleges. */
export function electionFor(profile: GovernanceProfile, input: Omit<ElectionInput, 'rules' | 'colleges'>): ElectionResult {
  return runElection({ ...input, rules: profile.elections, colleges: profile.elections.collegeWeighted ? profile.colleges : null });
}
