import type { ComponentType } from 'react';
import type { MeetingTabProps } from './meeting-tab-props';

export type { MeetingTabProps } from './meeting-tab-props';

/**
 * A tab of a meeting's page, in its order: each step of a meeting adds its own here
 * (the convocations and the documents come as their own tabs or inside these).
 */
export interface MeetingTab {
  /** Under /o/:organisationId/meetings/:meetingId/; the first tab is the default. */
  path: string;
  /** i18n key, in the `meetings` namespace unless prefixed. */
  label: string;
  load(): Promise<ComponentType<MeetingTabProps>>;
}

export const MEETING_TABS: MeetingTab[] = [
  { path: 'preparation', label: 'meeting.preparation', load: () => import('./preparation/PreparationTab').then((m) => m.PreparationTab) },
  { path: 'convocations', label: 'meeting.convocations', load: () => import('./preparation/ComingSoonTab').then((m) => m.ComingSoonTab) },
  { path: 'replies', label: 'meeting.replies', load: () => import('./replies/RepliesTab').then((m) => m.RepliesTab) },
  { path: 'session', label: 'meeting.session', load: () => import('./session/SessionTab').then((m) => m.SessionTab) },
  { path: 'minutes', label: 'meeting.minutes', load: () => import('./preparation/ComingSoonTab').then((m) => m.ComingSoonTab) },
];
