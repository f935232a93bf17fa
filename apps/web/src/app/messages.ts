import { authMessages } from '../auth/auth.messages';
import { organisationsMessages } from '../organisations/organisations.messages';
import { commonMessages } from '../i18n/common.messages';
import { addMessages } from '../i18n/i18n';
import type { FeatureMessages } from '../i18n/feature-messages';

/** The strings of the pages every visit may open first (signing in, my organisations), in the first script. */
export const shellMessageList: FeatureMessages[] = [commonMessages, authMessages, organisationsMessages];

let pageMessages: Promise<void> | undefined;

/**
 * The strings of an organisation's pages (app/page-messages.ts), loaded beside the page's own
 * code the first time one opens: the sign-in page does not carry them.
 */
export function loadPageMessages(): Promise<void> {
  pageMessages ??= import('./page-messages').then(({ pageMessageList }) => addMessages(pageMessageList));
  return pageMessages;
}
