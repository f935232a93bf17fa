import { DomainError, ErrorReason, type LocalisedMessage } from '../../core/errors/domain-error';

export const MINUTES: LocalisedMessage = { fr: 'Procès-verbal', en: 'Minutes' };
export const REGISTER_ENTRY: LocalisedMessage = { fr: 'Entrée du registre', en: 'Register entry' };
export const ARCHIVE_EXPORT: LocalisedMessage = { fr: 'Export d’archive', en: 'Archive export' };

export function invalid(fr: string, en: string): DomainError {
  return new DomainError(ErrorReason.InvalidInput, { fr, en });
}

/** Approved minutes are frozen: no edit, no second approval. */
export function minutesApproved(): DomainError {
  return new DomainError(
    ErrorReason.MinutesStatusForbids,
    {
      fr: 'Ce procès-verbal est approuvé : son contenu est figé et ne peut plus être modifié.',
      en: 'These minutes are approved: their content is frozen and can no longer be changed.',
    },
    { status: 'approved' },
  );
}

export function alreadyApproved(role: LocalisedMessage): DomainError {
  return new DomainError(ErrorReason.AlreadyDone, {
    fr: `Vous avez déjà approuvé ce procès-verbal (${role.fr}).`,
    en: `You have already approved these minutes (${role.en}).`,
  });
}

export function notAnOfficer(): DomainError {
  return new DomainError(ErrorReason.Forbidden, {
    fr: 'Seuls le président et le secrétaire de séance approuvent le procès-verbal, depuis le compte relié à leur fiche de membre.',
    en: 'Only the chair and the secretary of the meeting approve the minutes, from the account linked to their member record.',
  });
}

export const OFFICER_NAMES: Record<'chair' | 'secretary', LocalisedMessage> = {
  chair: { fr: 'président de séance', en: 'chair' },
  secretary: { fr: 'secrétaire de séance', en: 'secretary' },
};
