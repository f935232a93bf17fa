import { authMessages } from '../auth/auth.messages';
import { organisationsMessages } from '../organisations/organisations.messages';
import { commonMessages } from '../i18n/common.messages';
import type { FeatureMessages } from '../i18n/feature-messages';

/**
 * The strings of the pages every visit may open first (signing in, my organisations, an
 * organisation's navigation), in the first script; the others come per page (app/page-messages.ts).
 */
export const shellMessageList: FeatureMessages[] = [commonMessages, authMessages, organisationsMessages];
