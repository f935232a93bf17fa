import { LEGAL_FORMS } from '@collegial/governance';
import { graphqlEnum } from '../core/graphql/graphql-enum';

/** The GraphQL enums of the organisations feature, registered once. */
export const LegalFormEnum = graphqlEnum('LegalForm', LEGAL_FORMS, 'Forme juridique: association (loi 1901), SCOP, SCIC, other.');
export const GovernancePresetKindEnum = graphqlEnum(
  'GovernancePresetKind',
  ['association', 'scop', 'scopSarl', 'scic', 'other', 'steeringCommittee'] as const,
  'A preset of rules: per legal form, a SCOP in SA (scop) or SARL (scopSarl) form, or a steering committee.',
);
