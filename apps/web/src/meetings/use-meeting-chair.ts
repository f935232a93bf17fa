import { useQuery } from 'urql';
import type { MemberChoice } from '../members/MemberPicker';
import { MeetingChairQuery } from './meetings.operations';

/** The meeting's chair with their name, or null (none, or not read yet). */
export function useMeetingChair(organisationId: string, chairMemberId: string | null | undefined): MemberChoice | null {
  const [{ data }] = useQuery({ query: MeetingChairQuery, variables: { organisationId, memberId: chairMemberId ?? '' }, pause: !chairMemberId });
  return chairMemberId && data?.member.id === chairMemberId ? data.member : null;
}
