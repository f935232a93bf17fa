import type { MailContent, MailLocale } from '../../core/mail/mail-layout';
import { meetingWhen } from './meeting-dates';

export interface ProxyNoticeFacts {
  holderName: string;
  principalName: string;
  meetingTitle: string;
  organisationName: string;
  start: Date;
  end: Date;
  timeZone: string;
  personalUrl: string;
}

/** The holder of a proxy is told, and may decline it from their page. */
export function proxyNoticeMail(facts: ProxyNoticeFacts, locale: MailLocale): MailContent {
  const fr = locale === 'fr';
  const when = meetingWhen(facts.start, facts.end, facts.timeZone, locale);
  return {
    subject: fr ? `Pouvoir reçu : ${facts.meetingTitle}` : `Proxy received: ${facts.meetingTitle}`,
    greeting: fr ? `Bonjour ${facts.holderName},` : `Hello ${facts.holderName},`,
    paragraphs: [
      fr
        ? `${facts.principalName} vous a donné pouvoir pour voter en son nom à la réunion « ${facts.meetingTitle} » de ${facts.organisationName}, le ${when}.`
        : `${facts.principalName} gave you a proxy to vote on their behalf at the meeting "${facts.meetingTitle}" of ${facts.organisationName}, on ${when}.`,
      fr
        ? "Si vous ne pouvez pas l'accepter, refusez-le depuis votre lien personnel ci-dessous : le mandant en sera informé sur sa page et pourra choisir quelqu'un d'autre."
        : 'If you cannot accept it, decline it from your personal link below: the principal will see it on their page and may choose someone else.',
    ],
    action: { label: fr ? 'Voir ou refuser le pouvoir' : 'View or decline the proxy', url: facts.personalUrl },
    footer: [fr ? 'Ce lien est personnel : ne le transférez pas.' : 'This link is personal: do not forward it.'],
  };
}
