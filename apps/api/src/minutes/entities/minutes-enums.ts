/** draft: assembled from the meeting, editable; approved: both officers approved, content frozen, PDF stored. */
export const MINUTES_STATUSES = ['draft', 'approved'] as const;
export type MinutesStatus = (typeof MINUTES_STATUSES)[number];

/** The language the minutes are written and printed in. */
export const MINUTES_LOCALES = ['fr', 'en'] as const;
export type MinutesLocale = (typeof MINUTES_LOCALES)[number];

/** The officers who approve (sign) the minutes. */
export const OFFICER_ROLES = ['chair', 'secretary'] as const;
export type OfficerRole = (typeof OFFICER_ROLES)[number];

/** A register entry: approved minutes of Collegial, or past minutes imported as a scanned PDF. */
export const REGISTER_ENTRY_KINDS = ['minutes', 'imported'] as const;
export type RegisterEntryKind = (typeof REGISTER_ENTRY_KINDS)[number];

/** A decision of the register: a resolution, an election, or (imported minutes) the record itself. */
export const DECISION_KINDS = ['resolution', 'election', 'record'] as const;
export type DecisionKind = (typeof DECISION_KINDS)[number];

/** What a decision came to; null for an imported record, whose content is not read. */
export const DECISION_OUTCOMES = ['adopted', 'rejected', 'elected', 'noVotes'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** An archive export's life: waiting for the job, being built, ready to download, failed. */
export const ARCHIVE_STATUSES = ['queued', 'running', 'done', 'failed'] as const;
export type ArchiveStatus = (typeof ARCHIVE_STATUSES)[number];

/** A technical incident of the remote connection, recorded on the draft. */
export interface RecordedIncident {
  /** 'HH:MM', local to the meeting. */
  time: string;
  description: string;
  durationMinutes: number | null;
}
