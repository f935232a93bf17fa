import { SetMetadata } from '@nestjs/common';
import type { OrganisationRole } from './organisation-role';

export const REQUIRED_ROLE = 'collegial:required-role';

/**
 * The operation acts in the organisation named by its `organisationId` argument and needs
 * at least this role there (admin > secretary > member > observer).
 */
export const RequireRole = (minimum: OrganisationRole) => SetMetadata(REQUIRED_ROLE, minimum);
