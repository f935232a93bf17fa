import { lazy } from 'react';
import { MEETING_TABS, type MeetingTab } from '../meetings/meeting-tabs';
import { PREPARATION_SECTIONS } from '../meetings/preparation/preparation-sections';

/** Gives a meeting's tab the page another feature brings (loaded when first shown). */
function provideTab(path: string, load: MeetingTab['load']) {
  const tab = MEETING_TABS.find((candidate) => candidate.path === path);
  if (tab) tab.load = load;
}

/**
 * The steps of a meeting that other features bring, wired here so that meetings/ imports
 * none of them (documents and convocations build on meetings, as in the api): the
 * Convocations, Réponses et pouvoirs and Procès-verbal tabs, the documents and the papers to print
 * on the Préparation tab.
 */
export function extendMeetings() {
  provideTab('convocations', () => import('../convocations/ConvocationsTab').then((m) => m.ConvocationsTab));
  provideTab('minutes', () => import('../minutes/MinutesTab').then((m) => m.MinutesTab));
  provideTab('replies', () => import('../convocations/RepliesTab').then((m) => m.RepliesTab));
  if (!PREPARATION_SECTIONS.some((section) => section.key === 'documents')) {
    const MeetingDocuments = lazy(() => import('../documents/MeetingDocuments').then((m) => ({ default: m.MeetingDocuments })));
    PREPARATION_SECTIONS.push({ key: 'documents', Component: MeetingDocuments });
  }
  if (!PREPARATION_SECTIONS.some((section) => section.key === 'papers')) {
    const MeetingPapers = lazy(() => import('../minutes/MeetingPapers').then((m) => ({ default: m.MeetingPapers })));
    PREPARATION_SECTIONS.push({ key: 'papers', Component: MeetingPapers });
  }
}
