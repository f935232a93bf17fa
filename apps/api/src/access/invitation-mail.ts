import type { OrganisationRole } from '../core/actor/organisation-role';
import { mailDateTime } from '../core/mail/mail-dates';
import type { MailContent, MailLocale } from '../core/mail/mail-layout';

const ROLE: Record<OrganisationRole, { fr: string; en: string }> = {
  admin: { fr: 'administrateur ou administratrice', en: 'an admin' },
  secretary: { fr: 'secrétaire', en: 'a secretary' },
  member: { fr: 'membre', en: 'a member' },
  observer: { fr: 'observateur ou observatrice', en: 'an observer' },
};

export interface InvitationMailFacts {
  organisationName: string;
  inviterName: string;
  role: OrganisationRole;
  link: string;
  expiresAt: Date;
  /** The invited address already has an account (then its name, for the greeting). */
  existingAccountName: string | null;
}

/** The invitation, to the invited address: who invites, to what, and the link. */
export function invitationMail(locale: MailLocale, facts: InvitationMailFacts): MailContent {
  const until = mailDateTime(facts.expiresAt, locale);
  if (locale === 'fr') {
    return {
      subject: `Invitation à rejoindre ${facts.organisationName} sur Collegial`,
      greeting: facts.existingAccountName ? `Bonjour ${facts.existingAccountName},` : 'Bonjour,',
      paragraphs: [
        `${facts.inviterName} vous invite à rejoindre ${facts.organisationName} sur Collegial, en tant que ${ROLE[facts.role].fr}.`,
        facts.existingAccountName
          ? 'Connectez-vous avec votre compte habituel, puis ouvrez ce lien pour accepter l’invitation.'
          : 'Ouvrez ce lien pour choisir votre mot de passe et rejoindre l’organisation.',
      ],
      action: { label: 'Voir l’invitation', url: facts.link },
      footer: [`Cette invitation est valable jusqu’au ${until}.`, 'Si vous ne vous attendiez pas à ce message, ignorez-le.'],
    };
  }
  return {
    subject: `Invitation to join ${facts.organisationName} on Collegial`,
    greeting: facts.existingAccountName ? `Hello ${facts.existingAccountName},` : 'Hello,',
    paragraphs: [
      `${facts.inviterName} invites you to join ${facts.organisationName} on Collegial, as ${ROLE[facts.role].en}.`,
      facts.existingAccountName
        ? 'Log in with your usual account, then open this link to accept the invitation.'
        : 'Open this link to choose your password and join the organisation.',
    ],
    action: { label: 'See the invitation', url: facts.link },
    footer: [`This invitation is valid until ${until}.`, 'If you did not expect this message, ignore it.'],
  };
}
