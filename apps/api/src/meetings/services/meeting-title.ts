import type { BodyKind, Convocation, MeetingKind, PlainDate } from '@collegial/governance';

const KIND_ADJECTIVE: Record<MeetingKind, string> = { ordinary: 'ordinaire', extraordinary: 'extraordinaire' };

/**
 * The title a meeting gets when the secretary gives none, in French (what members read):
 * « Assemblée générale ordinaire 2026 » for a general assembly, « Conseil
 * d'administration du 12 mars 2026 » for another body.
 */
export function defaultMeetingTitle(body: { kind: BodyKind; name: string }, kind: MeetingKind, convocation: Convocation, date: PlainDate): string {
  const base = body.kind === 'generalAssembly' ? `${body.name} ${KIND_ADJECTIVE[kind]} ${date.slice(0, 4)}` : `${body.name} du ${longFrenchDate(date)}`;
  return convocation === 'second' ? `${base} (seconde convocation)` : base;
}

/** « 20 janvier 2026 »: the date as a title reads it. */
function longFrenchDate(date: PlainDate): string {
  return new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
}
