import { canManage, isAdmin } from '../organisations/organisation-context';
import type { OrganisationPage } from '../organisations/organisation-page';
import { prefetchMembersPage } from '../members/members-page-query';

/** The pages of an organisation, in the order of its navigation: each feature adds its own here. */
export const ORGANISATION_PAGES: OrganisationPage[] = [
  { path: '', label: 'sections.home', visible: () => true, load: () => import('../organisations/OrganisationHomePage').then((m) => m.OrganisationHomePage) },
  {
    path: 'members',
    label: 'members:title',
    visible: () => true,
    load: () => import('../members/MembersPage').then((m) => m.MembersPage),
    prefetch: (client, { organisationId }) => prefetchMembersPage(client, organisationId!),
  },
  { path: 'members/new', visible: canManage, load: () => import('../members/NewMemberPage').then((m) => m.NewMemberPage) },
  { path: 'members/import', visible: canManage, load: () => import('../members/MemberImportPage').then((m) => m.MemberImportPage) },
  { path: 'members/:memberId', visible: () => true, load: () => import('../members/MemberPage').then((m) => m.MemberPage) },
  { path: 'bodies', label: 'bodies:nav', visible: () => true, load: () => import('../bodies/BodiesPage').then((m) => m.BodiesPage) },
  { path: 'bodies/:bodyId', visible: () => true, load: () => import('../bodies/BodyPage').then((m) => m.BodyPage) },
  { path: 'bodies/:bodyId/handover', visible: canManage, load: () => import('../bodies/HandOverPage').then((m) => m.HandOverPage) },
  { path: 'meetings', label: 'meetings:nav', visible: () => true, load: () => import('../meetings/MeetingsPage').then((m) => m.MeetingsPage) },
  { path: 'meetings/:meetingId/:tab?', visible: () => true, load: () => import('../meetings/MeetingPage').then((m) => m.MeetingPage) },
  { path: 'library', label: 'documents:nav', visible: () => true, load: () => import('../documents/LibraryPage').then((m) => m.LibraryPage) },
  { path: 'register', label: 'minutes:nav', visible: () => true, load: () => import('../minutes/RegisterPage').then((m) => m.RegisterPage) },
  { path: 'settings', label: 'settings:title', visible: canManage, load: () => import('../settings/SettingsPage').then((m) => m.SettingsPage) },
  { path: 'access', label: 'access:title', visible: isAdmin, load: () => import('../access/AccessPage').then((m) => m.AccessPage) },
];
