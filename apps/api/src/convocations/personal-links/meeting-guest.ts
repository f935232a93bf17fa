/**
 * Who acts through a personal link: one member, for one meeting of one organisation, and
 * nothing else. Kept apart from session actors (Actor): no role, no account.
 */
export interface MeetingGuest {
  organisationId: string;
  meetingId: string;
  memberId: string;
  /** The link used, to revoke it. */
  linkId: string;
}
