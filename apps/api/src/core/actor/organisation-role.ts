import { graphqlEnum } from '../graphql/graphql-enum';

/** What an account may do in an organisation, highest first. */
export const ORGANISATION_ROLES = ['admin', 'secretary', 'member', 'observer'] as const;
export type OrganisationRole = (typeof ORGANISATION_ROLES)[number];

export const OrganisationRoleEnum = graphqlEnum('OrganisationRole', ORGANISATION_ROLES, 'What an account may do in an organisation.');

const RANK: Record<OrganisationRole, number> = { observer: 0, member: 1, secretary: 2, admin: 3 };

/** Whether `role` is at least `minimum` (admin > secretary > member > observer). */
export function roleSatisfies(role: OrganisationRole, minimum: OrganisationRole): boolean {
  return RANK[role] >= RANK[minimum];
}

export const ROLE_NAMES: Record<OrganisationRole, { fr: string; en: string }> = {
  admin: { fr: 'administrateur', en: 'admin' },
  secretary: { fr: 'secrétaire', en: 'secretary' },
  member: { fr: 'membre', en: 'member' },
  observer: { fr: 'observateur', en: 'observer' },
};
