import type { Bilingual } from '@collegial/governance';

/** Votes for one option, overall or in one college. */
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

/**
 * What a ballot's room sees, computed once per update and sent as one message to the room:
 * participation always; the counts only when the ballot's results are live (never for a
 * secret ballot while it is open); the result once closed.
 */
export interface LiveTally {
  ballotId: string;
  organisationId: string;
  /** The meeting the ballot belongs to; null for a written consultation between meetings. */
  meetingId: string | null;
  status: 'draft' | 'open' | 'closed';
  /** Votes on the frozen roll (one per member, whoever casts it) and votes cast so far. */
  participation: { roll: number; cast: number };
  /** Null while results are hidden. */
  counts: { options: OptionCount[]; byCollege: CollegeCounts[] } | null;
  /** The stored result with its explanation, once closed. */
  result: { outcome: string; explanation: Bilingual } | null;
}
