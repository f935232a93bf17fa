export type MeetingStatus = 'draft' | 'convened' | 'open' | 'closed';
