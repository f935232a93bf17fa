/**
 * The plain data every paper of a meeting shares: who the organisation is, which sitting,
 * its agenda. Plain JSON (strings, numbers, booleans, arrays): no Date, no Rational, no
 * { fr, en } pairs. The caller writes texts in the language it renders in; the renderer
 * owns its fixed labels in French and English.
 *
 * Dates are 'YYYY-MM-DD' and times 'HH:MM', both local to the meeting: the paper prints
 * them as given, with no time zone arithmetic, so the same data always gives the same PDF.
 */

/** Forme juridique (as in @collegial/governance): the renderer prints its full name. */
export type PaperLegalForm = 'association' | 'scop' | 'scic' | 'other';

/** Instance (as in @collegial/governance). */
export type PaperBodyKind = 'generalAssembly' | 'board' | 'bureau' | 'supervisoryBoard' | 'steeringCommittee' | 'workingGroup';

/** The organisation's identity, printed at the head of each paper. */
export interface OrganisationIdentity {
  name: string;
  legalForm: PaperLegalForm;
  /** Printed instead of the renderer's name for the form (required in effect for 'other'): "Fondation reconnue d'utilité publique". */
  legalFormText?: string | null;
  /** Postal address, one line per entry. */
  address: string[];
  /** RNA, SIREN or RCS number, as the organisation writes it: "RNA W751234567", "SIREN 812 345 678 RCS Lyon". */
  registrationNumber?: string | null;
}

/** A person named on a paper. */
export interface NamedPerson {
  name: string;
  /** What the person is, printed after the name: "présidente", "représentant de la Ville de Lyon". */
  capacity?: string | null;
}

/** The sitting: which body, which kind, when and where. */
export interface MeetingIdentity {
  body: { kind: PaperBodyKind; /** The body's own name: "Assemblée générale", "Comité de pilotage du projet Énergie". */ name: string };
  /** Ordinary or extraordinary (printed for a general assembly; null for other bodies). */
  kind?: 'ordinary' | 'extraordinary' | null;
  /** A title the organisation gives the sitting: "Assemblée générale annuelle 2026". */
  title?: string | null;
  /** 'YYYY-MM-DD'. */
  date: string;
  /** 'HH:MM': the time the meeting was called for (convocation) or opened (minutes). */
  startTime: string;
  /** Where it sits (null when wholly remote). */
  place?: string | null;
  /** The remote link, when members may attend remotely. */
  remoteLink?: string | null;
}

/** One item of the agenda, in order; `number` carries the nesting ("2", "2.1"). */
export interface AgendaEntry {
  number: string;
  title: string;
  kind: 'information' | 'deliberation' | 'election';
}

/** A document put before the meeting (rapport moral, comptes, budget). */
export interface PaperDocument {
  title: string;
  /** The agenda item it belongs to, if any ("3"). */
  agendaNumber?: string | null;
}
