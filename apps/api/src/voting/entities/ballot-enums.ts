/** A resolution (yes, no, abstain), a choice among options, or an election of N seats among candidates. */
export const BALLOT_KINDS = ['resolution', 'choice', 'election'] as const;
export type BallotKind = (typeof BALLOT_KINDS)[number];

/** draft: prepared; open: votes are cast; closed: counted, result stored, box sealed. */
export const BALLOT_STATUSES = ['draft', 'open', 'closed'] as const;
export type BallotStatus = (typeof BALLOT_STATUSES)[number];

/** Results shown while the ballot is open, or only at close (always at close for a secret ballot). */
export const RESULTS_VISIBILITIES = ['live', 'atClose'] as const;
export type ResultsVisibility = (typeof RESULTS_VISIBILITIES)[number];

/**
 * Who is on the roll when the ballot opens: the members attending the open meeting and
 * those they represent ('attending'); every member with a vote convened to the meeting,
 * to vote ahead of it or from afar ('convened'); the body's voters on the day, for a
 * written consultation between meetings ('body').
 */
export const ROLL_BASES = ['attending', 'convened', 'body'] as const;
export type RollBasis = (typeof ROLL_BASES)[number];

/** Whose vote a roll entry is: the member's own, held by proxy, or a blank proxy given to the chair. */
export const ROLL_VIAS = ['own', 'proxy', 'blankProxy'] as const;
export type RollVia = (typeof ROLL_VIAS)[number];

/** The option codes of a resolution's ballot. */
export const RESOLUTION_OPTION_CODES = ['yes', 'no', 'abstain'] as const;
export type ResolutionOptionCode = (typeof RESOLUTION_OPTION_CODES)[number];
