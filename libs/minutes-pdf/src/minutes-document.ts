import type { AgendaEntry, MeetingIdentity, NamedPerson, OrganisationIdentity, PaperDocument } from './paper-data';

/**
 * Everything a procès-verbal states, as plain data (see paper-data.ts for the conventions).
 * Counts are numbers; shares and weights are exact fractions or percentages as strings
 * ("4/9", "40 %", "1/2"), the way @collegial/governance's Rational prints and parses them;
 * explanations come from libs/governance, already in the language being rendered.
 * The seal is the SHA-256 of this object's canonical JSON (minutesSeal).
 */
export interface MinutesDocument {
  organisation: OrganisationIdentity;
  meeting: MinutesMeeting;
  convocation: ConvocationRecord;
  officers: MinutesOfficers;
  attendance: AttendanceRecord;
  quorum: QuorumStatement;
  /** The agenda as announced, in order. */
  agenda: AgendaEntry[];
  /** Documents and reports put before the meeting. */
  documents: PaperDocument[];
  /** What happened under each agenda item, in order (one entry per agenda item dealt with). */
  items: MinutesItem[];
  /** Incidents of the remote connection, recorded during the meeting (the law asks for them when remote attendance counted). */
  incidents: TechnicalIncident[];
}

export interface MinutesMeeting extends MeetingIdentity {
  /** 'HH:MM' the chair closed the meeting. */
  closingTime: string;
}

/** How the meeting was convened. */
export interface ConvocationRecord {
  /** Who convened: "le conseil d'administration", "Marie Durand, présidente". */
  convenedBy: string;
  /** 'YYYY-MM-DD' the convocation was sent. */
  sentOn: string;
  /** How it was sent; several when some members were convened by post. */
  channels: Array<'email' | 'post' | 'handDelivered' | 'publication'>;
  convocation: 'first' | 'second';
  /** On a second convocation: the date of the first meeting, which lacked quorum. */
  firstMeetingDate?: string | null;
}

export interface MinutesOfficers {
  chair: NamedPerson;
  secretary: NamedPerson;
  /** Scrutateurs, where the profile has them. */
  scrutineers: NamedPerson[];
}

/** A member on the attendance list. */
export interface AttendanceLine {
  name: string;
  /** College name (SCIC), printed in the annex. */
  college?: string | null;
  /** Votes the member carries when not one (weighted shares). */
  votes?: number | null;
}

export interface RepresentedLine extends AttendanceLine {
  /** The holder of the proxy (mandataire); null for a blank proxy, which goes to the chair. */
  holder: string | null;
}

export interface AttendanceRecord {
  present: AttendanceLine[];
  remote: AttendanceLine[];
  represented: RepresentedLine[];
  excused: AttendanceLine[];
  absent: AttendanceLine[];
}

/** The quorum statement: the figures, and libs/governance's explanation (arithmetic included). */
export interface QuorumStatement {
  /** Members with a vote on the meeting's date (the base). */
  votingMembers: number;
  present: number;
  remote: number;
  represented: number;
  /** The threshold as a fraction or percentage ("1/4", "20 %"); null when none applies (a second convocation often has none). */
  threshold?: string | null;
  reached: boolean;
  /** quorumFor(...).explanation in the rendered language. */
  explanation: string;
}

export interface MinutesItem {
  /** The agenda entry's number ("3"). */
  agendaNumber: string;
  title: string;
  kind: AgendaEntry['kind'];
  /** The secretary's summary of the debate; paragraphs separated by blank lines. */
  debateSummary?: string | null;
  resolutions: ResolutionRecord[];
  elections: ElectionRecord[];
}

/** Votes by choice: pour, contre, abstention, blanc. */
export interface VoteCounts {
  yes: number;
  no: number;
  abstain: number;
  blank: number;
}

/** One college's row in a weighted result (SCIC). */
export interface CollegeVoteRow {
  name: string;
  /** Statutory weight ("40 %" or "2/5"). */
  weight: string;
  /** Weight after sharing out colleges with no expressed vote ("4/9"); omit when unchanged. */
  effectiveWeight?: string | null;
  counts: VoteCounts;
  /** Share of yes in the college's base ("3/4"); null when the college expressed no vote. */
  yesShare: string | null;
}

export interface ResolutionRecord {
  /** "1", "2 bis": printed as « Résolution n° 1 ». */
  number: string;
  title?: string | null;
  /** The text put to the vote, paragraphs separated by blank lines. */
  text: string;
  ballot: 'show' | 'secret' | 'electronic';
  counts: VoteCounts;
  /** Per college, when the result is weighted (SCIC). */
  colleges?: CollegeVoteRow[] | null;
  /** The weighted share of yes compared with the majority ("26/45"), when weighted. */
  weightedYesShare?: string | null;
  /** The rule applied, as the profile says it: "majorité simple des suffrages exprimés". */
  majorityRule: string;
  /** The share the rule asks for ("1/2", "2/3"), drawn as a line on the chart; optional. */
  requiredShare?: string | null;
  adopted: boolean;
  /** resolutionResult(...).explanation in the rendered language. */
  explanation: string;
}

export interface ElectionRecord {
  title: string;
  seats: number;
  candidates: Array<{ name: string; votes: number; elected: boolean }>;
  /** Blank and void ballots, when counted. */
  blank?: number | null;
  /** electionResult(...).explanation in the rendered language. */
  explanation?: string | null;
}

export interface TechnicalIncident {
  /** 'HH:MM'. */
  time: string;
  description: string;
  /** How long the connection was affected, in minutes, if known. */
  durationMinutes?: number | null;
}
