import { BODY_KINDS, LEGAL_FORMS, MANDATE_ROLES } from '@collegial/governance';
import { ORGANISATION_ROLES } from '../auth/account-role.entity';
import { graphqlEnum } from '../common/string-enum';
import { MANDATE_END_REASONS } from './mandate.entity';

/** The GraphQL enums of the organisations feature, registered once. */
export const LegalFormEnum = graphqlEnum('LegalForm', LEGAL_FORMS, 'Forme juridique: association (loi 1901), SCOP, SCIC, other.');
export const OrganisationRoleEnum = graphqlEnum('OrganisationRole', ORGANISATION_ROLES, 'What an account may do in an organisation.');
export const MemberKindEnum = graphqlEnum('MemberKind', ['naturalPerson', 'legalEntity'] as const);
export const BodyKindEnum = graphqlEnum('BodyKind', BODY_KINDS, 'Instance: AG, CA, bureau, conseil de surveillance, comité de pilotage, groupe de travail.');
export const MandateRoleEnum = graphqlEnum('MandateRole', MANDATE_ROLES, 'Fonction in a body.');
export const MandateEndReasonEnum = graphqlEnum('MandateEndReason', MANDATE_END_REASONS);
export const GovernancePresetKindEnum = graphqlEnum('GovernancePresetKind', ['association', 'scop', 'scic', 'other', 'steeringCommittee'] as const);
