import { convocationDeadline, GovernanceError, type GovernanceProfile, type Locale } from '@collegial/governance';
import dayjs from 'dayjs';
import type { MeetingFieldsFragment } from '../gql/graphql';
import { wallClock } from '../meetings/meeting-time';

export interface NoticeDeadline {
  latestSendingDate: string;
  noticeDays: number;
  /** Sending today keeps the notice period. */
  inTime: boolean;
  explanation: string;
}

/**
 * The latest sending date of the meeting's convocations, by libs/governance from the
 * organisation's profile (the api checks the same rule when sending), and whether today
 * is still in time, on the meeting's own clocks. Null when the profile cannot say.
 */
export function noticeDeadline(profile: unknown, meeting: MeetingFieldsFragment, locale: Locale): NoticeDeadline | null {
  try {
    const meetingDate = wallClock(meeting.startsAt, meeting.timeZone).date;
    const deadline = convocationDeadline(profile as GovernanceProfile, meeting.body.kind, meeting.kind, meetingDate, meeting.convocation);
    const today = dayjs().tz(meeting.timeZone).format('YYYY-MM-DD');
    return {
      latestSendingDate: deadline.latestSendingDate,
      noticeDays: deadline.noticeDays,
      inTime: today <= deadline.latestSendingDate,
      explanation: deadline.explanation[locale],
    };
  } catch (error) {
    if (error instanceof GovernanceError) return null;
    throw error;
  }
}
