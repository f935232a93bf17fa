import { canManage } from '../organisations/organisation-context';
import type { OrganisationPage } from '../organisations/organisation-page';

/** The pages of an organisation, in the order of its navigation: each feature adds its own here. */
export const ORGANISATION_PAGES: OrganisationPage[] = [
  { path: '', label: 'sections.home', visible: () => true, load: () => import('../organisations/OrganisationHomePage').then((m) => m.OrganisationHomePage) },
  { path: 'settings', label: 'settings:title', visible: canManage, load: () => import('../settings/SettingsPage').then((m) => m.SettingsPage) },
];
