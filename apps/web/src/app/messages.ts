import { accessMessages } from '../access/access.messages';
import { authMessages } from '../auth/auth.messages';
import { bodiesMessages } from '../bodies/bodies.messages';
import { organisationsMessages } from '../organisations/organisations.messages';
import { commonMessages } from '../i18n/common.messages';
import { meetingsMessages } from '../meetings/meetings.messages';
import { convocationsMessages } from '../convocations/convocations.messages';
import { documentsMessages } from '../documents/documents.messages';
import { personalMessages } from '../personal/personal.messages';
import { membersMessages } from '../members/members.messages';
import { settingsMessages } from '../settings/settings.messages';
import type { FeatureMessages } from '../i18n/feature-messages';

/** Every feature's strings: a feature adds its messages file here. */
export const featureMessageList: FeatureMessages[] = [
  commonMessages,
  authMessages,
  organisationsMessages,
  membersMessages,
  bodiesMessages,
  meetingsMessages,
  documentsMessages,
  convocationsMessages,
  personalMessages,
  settingsMessages,
  accessMessages,
];
