import { accessMessages } from '../access/access.messages';
import { bodiesMessages } from '../bodies/bodies.messages';
import { convocationsMessages } from '../convocations/convocations.messages';
import { documentsMessages } from '../documents/documents.messages';
import { meetingsMessages } from '../meetings/meetings.messages';
import { minutesMessages } from '../minutes/minutes.messages';
import { membersMessages } from '../members/members.messages';
import { personalMessages } from '../personal/personal.messages';
import { settingsMessages } from '../settings/settings.messages';
import type { FeatureMessages } from '../i18n/feature-messages';

/** The strings of an organisation's pages, a member's meeting page and my calendar: a feature adds its messages file here. */
export const pageMessageList: FeatureMessages[] = [
  membersMessages,
  bodiesMessages,
  meetingsMessages,
  documentsMessages,
  convocationsMessages,
  personalMessages,
  settingsMessages,
  accessMessages,
  minutesMessages,
];
