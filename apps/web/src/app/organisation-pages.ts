import { canManage } from '../organisations/organisation-context';
import type { OrganisationPage } from '../organisations/organisation-page';

/** The pages of an organisation, in the order of its navigation: each feature adds its own here. */
export const ORGANISATION_PAGES: OrganisationPage[] = [
  { path: '', label: 'sections.home', visible: () => true, load: () => import('../organisations/OrganisationHomePage').then((m) => m.OrganisationHomePage) },
  { path: 'bodies', label: 'bodies:nav', visible: () => true, load: () => import('../bodies/BodiesPage').then((m) => m.BodiesPage) },
  { path: 'bodies/:bodyId', visible: () => true, load: () => import('../bodies/BodyPage').then((m) => m.BodyPage) },
  { path: 'bodies/:bodyId/handover', visible: canManage, load: () => import('../bodies/HandOverPage').then((m) => m.HandOverPage) },
];
