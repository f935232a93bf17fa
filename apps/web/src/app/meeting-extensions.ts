import { lazy } from 'react';
import { MEETING_TABS, type MeetingTab } from '../meetings/meeting-tabs';
import { PREPARATION_SECTIONS } from '../meetings/preparation/preparation-sections';
import { withMessages } from './page-messages';

/** Gives a meeting's tab the page another feature brings (loaded when first shown). */
function provideTab(path: string, load: MeetingTab['load']) {
  const tab = MEETING_TABS.find((candidate) => candidate.path === path);
  if (tab) tab.load = load;
}

/**
 * The steps of a meeting that other features bring, wired here so that meetings/ imports
 * none of them (documents and convocations build on meetings, as in the api): the
 * Convocations and Réponses et pouvoirs tabs, the documents on the Préparation tab, each
 * with its strings (the meeting page has loaded `meetings` and `members`), the Votes and
 * Procès-verbal tabs, and the papers to print on the Préparation tab.
 */
export function extendMeetings() {
  provideTab(
    'convocations',
    withMessages(['convocations'], () => import('../convocations/ConvocationsTab').then((m) => m.ConvocationsTab)),
  );
  provideTab(
    'replies',
    withMessages(['convocations'], () => import('../convocations/RepliesTab').then((m) => m.RepliesTab)),
  );
  provideTab(
    'minutes',
    withMessages(['minutes'], () => import('../minutes/MinutesTab').then((m) => m.MinutesTab)),
  );
  if (!PREPARATION_SECTIONS.some((section) => section.key === 'papers')) {
    const MeetingPapers = lazy(withMessages(['minutes'], () => import('../minutes/MeetingPapers').then((m) => ({ default: m.MeetingPapers }))));
    PREPARATION_SECTIONS.push({ key: 'papers', Component: MeetingPapers });
  }
  if (!PREPARATION_SECTIONS.some((section) => section.key === 'documents')) {
    const MeetingDocuments = lazy(withMessages(['documents'], () => import('../documents/MeetingDocuments').then((m) => ({ default: m.MeetingDocuments }))));
    PREPARATION_SECTIONS.push({ key: 'documents', Component: MeetingDocuments });
  }
  if (!MEETING_TABS.some((tab) => tab.path === 'votes')) {
    MEETING_TABS.push({ path: 'votes', label: 'meeting.votes', load: withMessages(['voting'], () => import('../voting/VotesTab').then((m) => m.VotesTab)) });
  }
}
