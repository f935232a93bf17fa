import { LEGAL_FORMS } from '@collegial/governance';
import { graphqlEnum } from '../core/graphql/graphql-enum';

/** The GraphQL enums of the organisations feature, registered once. */
export const LegalFormEnum = graphqlEnum('LegalForm', LEGAL_FORMS, 'Forme juridique: association (loi 1901), SCOP, SCIC, other.');
export const GovernancePresetKindEnum = graphqlEnum('GovernancePresetKind', ['association', 'scop', 'scic', 'other', 'steeringCommittee'] as const);
