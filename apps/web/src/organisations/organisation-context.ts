import { createContext, useContext } from 'react';
import type { OrganisationQuery } from '../gql/graphql';

export type CurrentOrganisation = OrganisationQuery['organisation'];

export const OrganisationContext = createContext<CurrentOrganisation | null>(null);

/** The organisation of the page (under /o/:organisationId), with my role in it. */
export function useOrganisation(): CurrentOrganisation {
  const organisation = useContext(OrganisationContext);
  if (!organisation) throw new Error('useOrganisation outside an organisation page');
  return organisation;
}

/** Roles that prepare the organisation's work (settings, members, mandates). */
export const canManage = (organisation: CurrentOrganisation) => organisation.myRole === 'admin' || organisation.myRole === 'secretary';
export const isAdmin = (organisation: CurrentOrganisation) => organisation.myRole === 'admin';
