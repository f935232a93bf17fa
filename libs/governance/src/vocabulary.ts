/**
 * The shared words of Collegial's domain (see DOMAIN.md for the French terms).
 */

/** Forme juridique: association (loi 1901), SCOP, SCIC, or any other form. */
export type LegalForm = 'association' | 'scop' | 'scic' | 'other';
export const LEGAL_FORMS: readonly LegalForm[] = ['association', 'scop', 'scic', 'other'];

/** Instance: AG, conseil d'administration, bureau, conseil de surveillance, comité de pilotage, groupe de travail. */
export type BodyKind = 'generalAssembly' | 'board' | 'bureau' | 'supervisoryBoard' | 'steeringCommittee' | 'workingGroup';
export const BODY_KINDS: readonly BodyKind[] = ['generalAssembly', 'board', 'bureau', 'supervisoryBoard', 'steeringCommittee', 'workingGroup'];

/** Fonction: président, vice-président, trésorier, secrétaire, administrateur, membre. */
export type MandateRole = 'president' | 'vicePresident' | 'treasurer' | 'secretary' | 'director' | 'member';
export const MANDATE_ROLES: readonly MandateRole[] = ['president', 'vicePresident', 'treasurer', 'secretary', 'director', 'member'];

/** Kind of meeting: ordinary (AGO, and every meeting of other bodies) or extraordinary (AGE). */
export type MeetingKind = 'ordinary' | 'extraordinary';
export const MEETING_KINDS: readonly MeetingKind[] = ['ordinary', 'extraordinary'];

/** First or second convocation (a second one follows a first meeting without quorum). */
export type Convocation = 'first' | 'second';

/** Names of bodies for explanations. */
export const BODY_LABELS: Readonly<Record<BodyKind, { fr: string; en: string }>> = {
  generalAssembly: { fr: 'assemblée générale', en: 'general assembly' },
  board: { fr: "conseil d'administration", en: 'board' },
  bureau: { fr: 'bureau', en: 'bureau' },
  supervisoryBoard: { fr: 'conseil de surveillance', en: 'supervisory board' },
  steeringCommittee: { fr: 'comité de pilotage', en: 'steering committee' },
  workingGroup: { fr: 'groupe de travail', en: 'working group' },
};

/** Names of roles for explanations and messages. */
export const MANDATE_ROLE_LABELS: Readonly<Record<MandateRole, { fr: string; en: string }>> = {
  president: { fr: 'président', en: 'president' },
  vicePresident: { fr: 'vice-président', en: 'vice-president' },
  treasurer: { fr: 'trésorier', en: 'treasurer' },
  secretary: { fr: 'secrétaire', en: 'secretary' },
  director: { fr: 'administrateur', en: 'director' },
  member: { fr: 'membre', en: 'member' },
};
