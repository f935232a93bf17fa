/** Where a meeting is in its life: prepared, convened (convocations sent), open (the day), closed. */
export const MEETING_STATUSES = ['draft', 'convened', 'open', 'closed'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];

/** First convocation, or a second one after a first meeting without quorum. */
export const CONVOCATIONS = ['first', 'second'] as const;

export const AGENDA_ITEM_KINDS = ['information', 'deliberation', 'election'] as const;
export type AgendaItemKind = (typeof AGENDA_ITEM_KINDS)[number];

/** What an agenda amendment changed. */
export const AGENDA_CHANGES = ['itemAdded', 'itemUpdated', 'itemRemoved', 'itemMoved', 'resolutionAdded', 'resolutionUpdated', 'resolutionRemoved'] as const;
export type AgendaChange = (typeof AGENDA_CHANGES)[number];

/** given: in force; declined: refused by its holder; cancelled: withdrawn by its principal (or the secretary). */
export const PROXY_STATUSES = ['given', 'declined', 'cancelled'] as const;
export type ProxyStatus = (typeof PROXY_STATUSES)[number];

export const ATTENDANCE_MODES = ['inPerson', 'remote'] as const;
export type AttendanceMode = (typeof ATTENDANCE_MODES)[number];
