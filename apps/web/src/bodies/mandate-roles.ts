import type { MandateEndReason, MandateRole } from '../gql/graphql';

/** The roles in a body, in the order a person reads its composition. */
export const MANDATE_ROLES: MandateRole[] = ['president', 'vicePresident', 'secretary', 'treasurer', 'director', 'member'];

export const MANDATE_END_REASONS: MandateEndReason[] = ['expiry', 'resignation', 'revocation', 'death'];
