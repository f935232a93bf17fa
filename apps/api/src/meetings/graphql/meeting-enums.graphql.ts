import { MEETING_KINDS } from '@collegial/governance';
import { graphqlEnum } from '../../core/graphql/graphql-enum';
import { AGENDA_CHANGES, AGENDA_ITEM_KINDS, ATTENDANCE_MODES, CONVOCATIONS, MEETING_STATUSES, PROXY_STATUSES } from '../entities/meeting-enums';

export const MeetingKindEnum = graphqlEnum('MeetingKind', MEETING_KINDS, 'Ordinary (AGO, and every meeting of other bodies) or extraordinary (AGE).');
export const ConvocationEnum = graphqlEnum('Convocation', CONVOCATIONS, 'First convocation, or a second one after a first meeting without quorum.');
export const MeetingStatusEnum = graphqlEnum('MeetingStatus', MEETING_STATUSES, 'draft → convened (convocations sent) → open (the day) → closed.');
export const AgendaItemKindEnum = graphqlEnum(
  'AgendaItemKind',
  AGENDA_ITEM_KINDS,
  'Point of information, deliberation (resolutions put to the vote) or election.',
);
export const AgendaChangeEnum = graphqlEnum('AgendaChange', AGENDA_CHANGES, 'What an agenda amendment changed.');
export const ProxyStatusEnum = graphqlEnum(
  'ProxyStatus',
  PROXY_STATUSES,
  'given: in force; declined by its holder; cancelled (withdrawn, or its principal attends).',
);
export const AttendanceModeEnum = graphqlEnum('AttendanceMode', ATTENDANCE_MODES, 'In person or remote.');

export const ATTENDANCE_STATUSES = ['present', 'remote', 'represented', 'excused', 'absent'] as const;
export type AttendanceStatus = (typeof ATTENDANCE_STATUSES)[number];
export const AttendanceStatusEnum = graphqlEnum('AttendanceStatus', ATTENDANCE_STATUSES, 'A convened member on the attendance sheet (feuille de présence).');
