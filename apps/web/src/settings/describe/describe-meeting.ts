import type { BodyKind, MeetingKind } from '@collegial/governance';
import type { Describer } from './describer';

/** "de l’AG ordinaire", "du conseil d’administration": the meeting a rule belongs to. */
export const meetingOf = (d: Describer, body: BodyKind, kind: MeetingKind): string => d.t(`meetingOf.${body}.${kind}`);

/** "du conseil d’administration": the body a rule belongs to. */
export const bodyOf = (d: Describer, body: BodyKind): string => d.t(`bodyOf.${body}`);
