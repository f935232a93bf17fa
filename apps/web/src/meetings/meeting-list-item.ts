import type { MeetingStatus } from './meeting-status';
import { meetingDay as dayOn } from './meeting-time';

/** What lists, calendars and titles read of a meeting. */
export interface MeetingListItem {
  id: string;
  title: string;
  kind: 'ordinary' | 'extraordinary';
  convocation: 'first' | 'second';
  status: MeetingStatus;
  startsAt: string;
  timeZone: string;
  place?: string | null;
  body: { id: string; name: string; kind: string };
}

/** The day the meeting falls on, on its own clocks. */
export const meetingDay = (meeting: Pick<MeetingListItem, 'startsAt' | 'timeZone'>): string => dayOn(meeting.startsAt, meeting.timeZone);
