import { createContext, useContext } from 'react';
import type { CurrentOrganisation } from './organisation-roles';

export type { CurrentOrganisation } from './organisation-roles';
export { canManage, isAdmin } from './organisation-roles';

export const OrganisationContext = createContext<CurrentOrganisation | null>(null);

/** The organisation of the page (under /o/:organisationId), with my role in it. */
export function useOrganisation(): CurrentOrganisation {
  const organisation = useContext(OrganisationContext);
  if (!organisation) throw new Error('useOrganisation outside an organisation page');
  return organisation;
}
