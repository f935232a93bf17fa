import { graphqlEnum } from '../../core/graphql/graphql-enum';
import { BALLOT_KINDS, BALLOT_STATUSES, RESULTS_VISIBILITIES, ROLL_BASES, ROLL_VIAS } from '../entities/ballot-enums';

export const BallotKindEnum = graphqlEnum('BallotKind', BALLOT_KINDS, 'A resolution (yes, no, abstain), a choice among options, or an election of N seats.');
export const BallotStatusEnum = graphqlEnum('BallotStatus', BALLOT_STATUSES, 'draft → open (roll frozen) → closed (counted, box sealed).');
export const ResultsVisibilityEnum = graphqlEnum(
  'ResultsVisibility',
  RESULTS_VISIBILITIES,
  'Results shown live, or only at close (always at close when secret).',
);
export const RollBasisEnum = graphqlEnum(
  'RollBasis',
  ROLL_BASES,
  'Who votes: those attending the open meeting (and whom they represent), everyone convened (ahead of or away from the meeting), or the body’s members (written consultation).',
);
export const RollViaEnum = graphqlEnum('RollVia', ROLL_VIAS, 'A vote of one’s own, held by proxy, or a blank proxy given to the chair.');
