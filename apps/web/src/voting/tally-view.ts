import type { BallotFieldsFragment, BallotStatus } from '../gql/graphql';
import type { CollegeCounts, LiveTally, OptionCount } from './live-tally';

/** What the pages show of a ballot's count, from the GraphQL ballot or from a live tally. */
export interface TallyView {
  status: BallotStatus;
  roll: number;
  cast: number;
  /** False while the results are hidden: only participation is shown. */
  resultsVisible: boolean;
  options: OptionCount[];
  colleges: CollegeCounts[];
  outcome: string | null;
  explanation: string | null;
}

export function tallyOfBallot(ballot: BallotFieldsFragment): TallyView {
  return {
    status: ballot.status,
    roll: ballot.tally.roll,
    cast: ballot.tally.cast,
    resultsVisible: ballot.tally.resultsVisible,
    options: ballot.tally.options,
    colleges: ballot.tally.colleges,
    outcome: ballot.outcome ?? null,
    explanation: ballot.explanation ?? null,
  };
}

export function tallyOfLive(tally: LiveTally, language: string): TallyView {
  return {
    status: tally.status,
    roll: tally.participation.roll,
    cast: tally.participation.cast,
    resultsVisible: tally.counts !== null,
    options: tally.counts?.options ?? [],
    colleges: tally.counts?.byCollege ?? [],
    outcome: tally.result?.outcome ?? null,
    explanation: tally.result ? (language === 'en' ? tally.result.explanation.en : tally.result.explanation.fr) : null,
  };
}

/** The votes of an option in a list of counts (0 when absent). */
export const votesOf = (counts: OptionCount[], optionId: string) => counts.find((count) => count.optionId === optionId)?.votes ?? 0;
