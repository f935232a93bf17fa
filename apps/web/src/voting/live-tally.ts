/**
 * The live tally as the api sends it (apps/api/src/voting/live-tally.ts; copied, since the
 * web app does not import the api's code).
 */
export interface OptionCount {
  optionId: string;
  votes: number;
}

/** One college's counts (SCIC), with its statutory weight as a fraction text ("2/5"). */
export interface CollegeCounts {
  collegeId: string;
  name: string;
  weight: string;
  options: OptionCount[];
}

export interface LiveTally {
  ballotId: string;
  organisationId: string;
  /** Null for a written consultation between meetings. */
  meetingId: string | null;
  status: 'draft' | 'open' | 'closed';
  /** Votes on the frozen roll and votes cast so far. */
  participation: { roll: number; cast: number };
  /** Null while the results are hidden (a secret ballot, or results shown at close). */
  counts: { options: OptionCount[]; byCollege: CollegeCounts[] } | null;
  /** Once closed: the outcome and its explanation. */
  result: { outcome: string; explanation: { fr: string; en: string } } | null;
}

/** What a voter keeps, to check after close that their ballot is in the box. */
export interface CastReceipt {
  ballotId: string;
  memberId: string;
  receipt: string;
  /** ISO date-time. */
  castAt: string;
  /** True when this answers a retry with the same key: nothing new was recorded. */
  replayed: boolean;
}

/** A refusal: `code` as in GraphQL errors, `reason` the precise one, `message` in the connection's language. */
export interface LiveError {
  code: string;
  reason: string;
  message: string;
}
