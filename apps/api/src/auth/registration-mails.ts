import type { MailContent, MailLocale } from '../core/mail/mail-layout';
import { mailDateTime } from '../core/mail/mail-dates';

/** To a new address: confirm it, and set up the account. */
export function confirmRegistrationMail(locale: MailLocale, link: string, expiresAt: Date): MailContent {
  const until = mailDateTime(expiresAt, locale);
  return locale === 'fr'
    ? {
        subject: 'Confirmez votre adresse pour créer votre compte Collegial',
        greeting: 'Bonjour,',
        paragraphs: [
          'Quelqu’un, sans doute vous, a demandé à créer un compte Collegial avec cette adresse e-mail.',
          `Pour confirmer l’adresse, choisir votre mot de passe et votre nom, ouvrez ce lien avant le ${until}.`,
        ],
        action: { label: 'Créer mon compte', url: link },
        footer: ['Ce lien ne sert qu’une fois.', 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : aucun compte ne sera créé.'],
      }
    : {
        subject: 'Confirm your address to create your Collegial account',
        greeting: 'Hello,',
        paragraphs: [
          'Someone, probably you, asked to create a Collegial account with this e-mail address.',
          `To confirm the address and choose your password and name, open this link before ${until}.`,
        ],
        action: { label: 'Create my account', url: link },
        footer: ['This link works once.', 'If you did not ask for this, ignore this message: no account will be created.'],
      };
}

/** To an address that already has an account: say so, and point to logging in. */
export function accountExistsMail(locale: MailLocale, displayName: string, loginLink: string): MailContent {
  return locale === 'fr'
    ? {
        subject: 'Vous avez déjà un compte Collegial',
        greeting: `Bonjour ${displayName},`,
        paragraphs: [
          'Quelqu’un, sans doute vous, a demandé à créer un compte Collegial avec cette adresse e-mail. Un compte existe déjà pour elle : inutile d’en créer un autre.',
          'Connectez-vous avec cette adresse et votre mot de passe.',
        ],
        action: { label: 'Me connecter', url: loginLink },
        footer: ['Si vous n’êtes pas à l’origine de cette demande, ignorez ce message : votre compte n’a pas changé.'],
      }
    : {
        subject: 'You already have a Collegial account',
        greeting: `Hello ${displayName},`,
        paragraphs: [
          'Someone, probably you, asked to create a Collegial account with this e-mail address. An account already exists for it: no need for another one.',
          'Log in with this address and your password.',
        ],
        action: { label: 'Log in', url: loginLink },
        footer: ['If you did not ask for this, ignore this message: your account has not changed.'],
      };
}
