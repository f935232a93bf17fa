import type { OrganisationPage } from '../organisations/organisation-page';
import { isAdmin } from '../organisations/organisation-context';

/** The pages of an organisation, in the order of its navigation: each feature adds its own here. */
export const ORGANISATION_PAGES: OrganisationPage[] = [
  { path: '', label: 'sections.home', visible: () => true, load: () => import('../organisations/OrganisationHomePage').then((m) => m.OrganisationHomePage) },
  { path: 'access', label: 'access:title', visible: isAdmin, load: () => import('../access/AccessPage').then((m) => m.AccessPage) },
];
