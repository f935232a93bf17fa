import type { ResultsVisibility, RollBasis } from '../gql/graphql';

/** How a ballot is held: secret or public, results live or at close, who votes. */
export interface BallotSettings {
  secret: boolean;
  resultsVisibility: ResultsVisibility;
  rollBasis: RollBasis;
}

/** Those attending once the meeting is open; everyone convened before (remote votes ahead of the meeting). */
export const defaultRollBasis = (meetingStatus: string): RollBasis => (meetingStatus === 'open' ? 'attending' : 'convened');
