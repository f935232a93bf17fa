import type { MailContent, MailLocale } from '../../core/mail/mail-layout';
import { meetingDay, meetingWhen } from './meeting-dates';

/** An agenda item as the convocation lists it, in reading order: « 2.1 », depth 2. */
export interface MailAgendaItem {
  number: string;
  title: string;
  depth: number;
}

/** Everything a convocation says, gathered before it is written in the member's language. */
export interface ConvocationMailFacts {
  organisationName: string;
  memberName: string;
  meetingTitle: string;
  bodyName: string;
  start: Date;
  end: Date;
  timeZone: string;
  place: string | null;
  videoUrl: string | null;
  agenda: MailAgendaItem[];
  /** Titles of the documents, downloaded from the member's page (the personal link). */
  documents: { title: string }[];
  personalUrl: string;
  /** A second convocation after a first meeting without quorum. */
  secondConvocation: boolean;
}

/** "1. Rapport moral", "   2.1. Comptes": numbered and indented as the agenda is nested. */
export function numberedAgenda(items: MailAgendaItem[]): string[] {
  return items.map((item) => `${'   '.repeat(item.depth - 1)}${item.number}. ${item.title}`);
}

/** « Convocation : Assemblée générale 2026 — samedi 14 mars 2026 ». */
export function convocationSubject(facts: Pick<ConvocationMailFacts, 'meetingTitle' | 'start' | 'timeZone'>, locale: MailLocale): string {
  const day = meetingDay(facts.start, facts.timeZone, locale);
  return locale === 'fr' ? `Convocation : ${facts.meetingTitle} — ${day}` : `Notice of meeting: ${facts.meetingTitle} — ${day}`;
}

/** The convocation in French (or English when the member chose it). */
export function convocationMail(facts: ConvocationMailFacts, locale: MailLocale): MailContent {
  const fr = locale === 'fr';
  const when = meetingWhen(facts.start, facts.end, facts.timeZone, locale);
  const paragraphs = [
    fr
      ? `Vous êtes convoqué(e) à la réunion « ${facts.meetingTitle} » (${facts.bodyName}) de ${facts.organisationName}${facts.secondConvocation ? ', sur seconde convocation' : ''}.`
      : `You are convened to the meeting "${facts.meetingTitle}" (${facts.bodyName}) of ${facts.organisationName}${facts.secondConvocation ? ', on second convocation' : ''}.`,
    fr ? `Date : ${when}.` : `When: ${when}.`,
  ];
  if (facts.place) paragraphs.push(fr ? `Lieu : ${facts.place}` : `Where: ${facts.place}`);
  if (facts.videoUrl) paragraphs.push(fr ? `Participation à distance : ${facts.videoUrl}` : `Remote attendance: ${facts.videoUrl}`);
  paragraphs.push([fr ? 'Ordre du jour :' : 'Agenda:', ...numberedAgenda(facts.agenda)].join('\n'));
  if (facts.documents.length > 0) {
    paragraphs.push(
      [
        fr ? 'Documents préparatoires, à télécharger depuis votre lien personnel :' : 'Preparatory documents, to download from your personal link:',
        ...facts.documents.map((d) => `- ${d.title}`),
        facts.personalUrl,
      ].join('\n'),
    );
  }
  paragraphs.push(
    fr
      ? "Votre lien personnel ci-dessous vous permet, sans compte ni mot de passe, de consulter l'ordre du jour et les documents, d'indiquer si vous serez présent(e), à distance ou absent(e), ou de donner pouvoir à un autre membre. L'invitation jointe (.ics) ajoute la réunion à votre agenda."
      : 'Your personal link below lets you, with no account or password, read the agenda and documents, say whether you will attend in person, remotely or not, or give a proxy to another member. The attached invitation (.ics) adds the meeting to your calendar.',
  );
  return {
    subject: convocationSubject(facts, locale),
    greeting: fr ? `Bonjour ${facts.memberName},` : `Hello ${facts.memberName},`,
    paragraphs,
    action: { label: fr ? 'Répondre à la convocation' : 'Reply to the convocation', url: facts.personalUrl },
    footer: [
      fr
        ? 'Ce lien est personnel : ne le transférez pas, il permet de répondre en votre nom. Il expire après la réunion.'
        : 'This link is personal: do not forward it, it lets anyone reply on your behalf. It expires after the meeting.',
      fr
        ? `Vous recevez cette convocation par courriel car vous y avez consenti auprès de ${facts.organisationName}.`
        : `You receive this notice by e-mail because you agreed to it with ${facts.organisationName}.`,
    ],
  };
}
