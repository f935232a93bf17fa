import {
  countChoices,
  electionFor,
  GovernanceError,
  GovernanceErrorCode,
  runElection,
  resolutionResult,
  tallyResolution,
  type Bilingual,
  type BodyKind,
  type Convocation,
  type GovernanceProfile,
  type MeetingKind,
  type PlainDate,
  type ResolutionBallot,
} from '@collegial/governance';
import type { BallotKind } from '../entities/ballot-enums';

/** Votes grouped as stored: the same choices in the same college, with their total weight. */
export interface StoredVotes {
  choices: string[];
  collegeId: string | null;
  weight: number;
}

/** The roll by college, for the weighted count and the bases that need it. */
export interface RollSize {
  collegeId: string | null;
  votes: number;
}

export interface CountedOption {
  id: string;
  label: string;
  /** yes, no or abstain for a resolution. */
  code: string | null;
  candidateBirthDate: PlainDate | null;
}

/** What a count needs beyond the votes: the ballot, its meeting's rules, the chair's vote. */
export interface CountContext {
  kind: BallotKind;
  seats: number | null;
  options: readonly CountedOption[];
  profile: GovernanceProfile;
  body: BodyKind;
  meetingKind: MeetingKind;
  convocation: Convocation;
  /** The chair's own choice in a public ballot, for a casting vote on a tie. */
  chairChoice: 'yes' | 'no' | 'abstain' | null;
  /** The seed of a draw by lot, when ties go to lot. */
  drawSeed: string;
}

export interface BallotCount {
  outcome: 'adopted' | 'rejected' | 'decided' | 'noVotes';
  /** The governance result, exact fractions as text. */
  result: Record<string, unknown>;
  explanation: Bilingual;
  /** Whether the seed was used (a tie went to lot). */
  drewLots: boolean;
}

/** A simple majority of the votes cast, for a body whose rules the profile does not give (a working group). */
const PLAIN_MAJORITY = { base: 'expressed', rule: { kind: 'simple' }, castingVote: false, abstention: 'notExpressed', blank: 'notExpressed' } as const;

/**
 * Counts a ballot with libs/governance from the stored votes (never from running
 * counters): a resolution under the meeting's majority and the college weights, an
 * election under the profile's method and tie rule, a choice by votes per option.
 */
export function countBallot(context: CountContext, votes: readonly StoredVotes[], roll: readonly RollSize[]): BallotCount {
  const json = (value: unknown) => JSON.parse(JSON.stringify(value)) as Record<string, unknown>;
  if (context.kind === 'resolution') {
    const codeOf = new Map(context.options.map((o) => [o.id, o.code]));
    const ballots: ResolutionBallot[] = votes.map((v) => ({
      choice: codeOf.get(v.choices[0]) as 'yes' | 'no' | 'abstain',
      college: v.collegeId,
      weight: v.weight,
    }));
    const byCollege: Record<string, number> = {};
    for (const r of roll) if (r.collegeId) byCollege[r.collegeId] = (byCollege[r.collegeId] ?? 0) + r.votes;
    const total = roll.reduce((sum, r) => sum + r.votes, 0);
    const sizes = { total, byCollege };
    let result;
    try {
      result = resolutionResult(context.profile, {
        body: context.body,
        meetingKind: context.meetingKind,
        convocation: context.convocation,
        ballots,
        roll: sizes,
        baseVotes: sizes,
        chairChoice: context.chairChoice,
      });
    } catch (error) {
      if (!(error instanceof GovernanceError)) throw error;
      result = tallyResolution({ majority: PLAIN_MAJORITY, ballots, chairChoice: context.chairChoice });
    }
    const outcome = result.decidedBy === 'noVotes' ? 'noVotes' : result.outcome;
    return { outcome, result: json(result), explanation: result.explanation, drewLots: false };
  }
  if (context.kind === 'election') {
    const input = {
      seats: context.seats ?? 1,
      candidates: context.options.map((o) => ({ id: o.id, name: o.label, birthDate: o.candidateBirthDate })),
      ballots: votes.map((v) => ({ choices: v.choices, college: v.collegeId, weight: v.weight })),
      seed: context.drawSeed,
    };
    let result;
    let note: Bilingual | null = null;
    try {
      result = electionFor(context.profile, input);
    } catch (error) {
      // A tie by age among candidates whose birth date is unknown (not members): settled by lot, and said.
      if (!(error instanceof GovernanceError) || error.code !== GovernanceErrorCode.MissingBirthDate) throw error;
      result = runElection({
        ...input,
        rules: { ...context.profile.elections, tieBreak: 'lot' },
        colleges: context.profile.elections.collegeWeighted ? context.profile.colleges : null,
      });
      note = {
        fr: `Faute de date de naissance connue (${error.messages.fr}), l'égalité a été tranchée par tirage au sort.`,
        en: `With no known birth date (${error.messages.en}), the tie was settled by lot.`,
      };
    }
    const explanation = note ? { fr: `${result.explanation.fr} ${note.fr}`, en: `${result.explanation.en} ${note.en}` } : result.explanation;
    const outcome = result.expressedBallots.isPositive() ? 'decided' : 'noVotes';
    return { outcome, result: json(result), explanation, drewLots: result.ties.some((t) => t.resolvedBy === 'lot') };
  }
  const result = countChoices(
    context.options.map((o) => ({ id: o.id, label: o.label })),
    votes.map((v) => ({ choices: v.choices, weight: v.weight })),
  );
  return { outcome: result.leaders.length > 0 ? 'decided' : 'noVotes', result: json(result), explanation: result.explanation, drewLots: false };
}
