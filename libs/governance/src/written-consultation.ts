import { bilingual } from './explanations/format';
import type { Bilingual } from './governance-error';
import type { GovernanceProfile } from './profile/governance-profile';
import { meetingRules } from './profile/profile-access';
import { BODY_LABELS, type BodyKind, type MeetingKind } from './vocabulary';

/** Whether a written consultation may replace a meeting of `body` (some statutes forbid it). */
export function writtenConsultationAllowed(
  profile: GovernanceProfile,
  body: BodyKind,
  meetingKind: MeetingKind = 'ordinary',
): { allowed: boolean; explanation: Bilingual } {
  const allowed = meetingRules(profile, body, meetingKind).writtenConsultation;
  const kind = meetingKind === 'extraordinary' ? { fr: ' extraordinaire', en: ' (extraordinary)' } : { fr: '', en: '' };
  return {
    allowed,
    explanation: bilingual((l) => {
      const name = `${BODY_LABELS[body][l]}${kind[l]}`;
      if (l === 'fr') {
        return allowed
          ? `Les statuts permettent de remplacer la réunion (${name}) par une consultation écrite.`
          : `Les statuts ne permettent pas de remplacer la réunion (${name}) par une consultation écrite.`;
      }
      return allowed
        ? `The statutes allow a written consultation instead of a meeting (${name}).`
        : `The statutes do not allow a written consultation instead of a meeting (${name}).`;
    }),
  };
}
