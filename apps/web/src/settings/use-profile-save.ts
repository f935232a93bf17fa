import { GovernanceError, validateProfile, type GovernanceProfile } from '@collegial/governance';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { errorMessage } from '../api/error-message';
import { UpdateGovernanceProfileMutation } from './settings.operations';

/**
 * Sends a changed profile: checked first in the browser by libs/governance's own
 * `validateProfile` (the api checks again); the problem, from either, in the person's language.
 */
export function useProfileSave(organisationId: string) {
  const { i18n } = useTranslation();
  const [result, update] = useMutation(UpdateGovernanceProfileMutation);
  const [problem, setProblem] = useState<string | null>(null);

  const save = async (profile: GovernanceProfile): Promise<boolean> => {
    setProblem(null);
    try {
      validateProfile(profile);
    } catch (error) {
      if (!(error instanceof GovernanceError)) throw error;
      setProblem(error.messageIn(i18n.language === 'en' ? 'en' : 'fr'));
      return false;
    }
    const answer = await update({ organisationId, profile: profile as unknown as Record<string, unknown> });
    if (answer.error) {
      setProblem(errorMessage(answer.error));
      return false;
    }
    return true;
  };

  return { save, problem, saving: result.fetching, reset: () => setProblem(null) };
}
