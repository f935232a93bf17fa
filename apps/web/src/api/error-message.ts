import type { CombinedError } from 'urql';
import { i18n } from '../i18n/i18n';

/** What to tell a person about a failed request: the api's own message (in their language), or why it could not be reached. */
export function errorMessage(error: CombinedError | undefined | null): string | null {
  if (!error) return null;
  const first = error.graphQLErrors[0];
  if (first) return first.message;
  return i18n.t('common:errors.network');
}

/** The api's error code (BAD_USER_INPUT, CONFLICT, NOT_FOUND, FORBIDDEN…), to react to one in particular. */
export const errorCode = (error: CombinedError | undefined | null): string | undefined => error?.graphQLErrors[0]?.extensions?.code as string | undefined;
