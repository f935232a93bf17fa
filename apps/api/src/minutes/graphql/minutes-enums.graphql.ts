import { graphqlEnum } from '../../core/graphql/graphql-enum';
import {
  ARCHIVE_STATUSES,
  DECISION_KINDS,
  DECISION_OUTCOMES,
  MINUTES_LOCALES,
  MINUTES_STATUSES,
  OFFICER_ROLES,
  REGISTER_ENTRY_KINDS,
} from '../entities/minutes-enums';

export const MinutesStatusEnum = graphqlEnum('MinutesStatus', MINUTES_STATUSES, 'draft: editable; approved: frozen, PDF stored, registered.');
export const MinutesLocaleEnum = graphqlEnum('MinutesLocale', MINUTES_LOCALES, 'The language the minutes are printed in.');
export const OfficerRoleEnum = graphqlEnum('OfficerRole', OFFICER_ROLES, 'An officer who approves the minutes.');
export const RegisterEntryKindEnum = graphqlEnum('RegisterEntryKind', REGISTER_ENTRY_KINDS, 'Approved minutes, or past minutes imported as a PDF.');
export const DecisionKindEnum = graphqlEnum('DecisionKind', DECISION_KINDS, 'A resolution, an election, or an imported record.');
export const DecisionOutcomeEnum = graphqlEnum('DecisionOutcome', DECISION_OUTCOMES, 'What a decision came to.');
export const ArchiveStatusEnum = graphqlEnum('ArchiveStatus', ARCHIVE_STATUSES, 'Where an archive export is.');
