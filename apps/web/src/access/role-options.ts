import type { TFunction } from 'i18next';
import type { OrganisationRole } from '../gql/graphql';

export const ROLES: OrganisationRole[] = ['admin', 'secretary', 'member', 'observer'];

/** The roles as options of a Select, named in the person's language (common namespace). */
export const roleOptions = (common: TFunction) => ROLES.map((role) => ({ value: role, label: common(`roles.${role}`) }));
