import { accessMessages } from '../access/access.messages';
import { bodiesMessages } from '../bodies/bodies.messages';
import { meetingsMessages } from '../meetings/meetings.messages';
import { membersMessages } from '../members/members.messages';
import { settingsMessages } from '../settings/settings.messages';
import type { FeatureMessages } from '../i18n/feature-messages';

/** The strings of an organisation's pages: a feature adds its messages file here. */
export const pageMessageList: FeatureMessages[] = [membersMessages, bodiesMessages, meetingsMessages, settingsMessages, accessMessages];
