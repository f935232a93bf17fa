import { MANDATE_ROLES } from '@collegial/governance';
import { graphqlEnum } from '../core/graphql/graphql-enum';
import { MANDATE_END_REASONS } from './mandate.entity';

export const MandateRoleEnum = graphqlEnum('MandateRole', MANDATE_ROLES, 'Fonction in a body.');
export const MandateEndReasonEnum = graphqlEnum('MandateEndReason', MANDATE_END_REASONS);
