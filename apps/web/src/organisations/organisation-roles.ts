import type { OrganisationQuery } from '../gql/graphql';

/** The organisation of a page, with my role in it. */
export type CurrentOrganisation = OrganisationQuery['organisation'];

// Apart from the React context, so the table of pages (and the first script that reads it) needs no library.

/** Roles that prepare the organisation's work (settings, members, mandates). */
export const canManage = (organisation: CurrentOrganisation) => organisation.myRole === 'admin' || organisation.myRole === 'secretary';
export const isAdmin = (organisation: CurrentOrganisation) => organisation.myRole === 'admin';
