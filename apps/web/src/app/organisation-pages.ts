import { canManage, isAdmin } from '../organisations/organisation-context';
import type { OrganisationPage } from '../organisations/organisation-page';
import { prefetchMembersPage } from '../members/members-page-query';
import { withMessages } from './page-messages';

/**
 * The pages of an organisation, in the order of its navigation: each feature adds its own here,
 * with the namespaces of strings it uses (the member picker's are `members`).
 */
export const ORGANISATION_PAGES: OrganisationPage[] = [
  { path: '', label: 'sections.home', visible: () => true, load: () => import('../organisations/OrganisationHomePage').then((m) => m.OrganisationHomePage) },
  {
    path: 'members',
    label: 'sections.members',
    visible: () => true,
    load: withMessages(['members'], () => import('../members/MembersPage').then((m) => m.MembersPage)),
    prefetch: (client, { organisationId }) => prefetchMembersPage(client, organisationId!),
  },
  { path: 'members/new', visible: canManage, load: withMessages(['members'], () => import('../members/NewMemberPage').then((m) => m.NewMemberPage)) },
  { path: 'members/import', visible: canManage, load: withMessages(['members'], () => import('../members/MemberImportPage').then((m) => m.MemberImportPage)) },
  { path: 'members/:memberId', visible: () => true, load: withMessages(['members'], () => import('../members/MemberPage').then((m) => m.MemberPage)) },
  {
    path: 'bodies',
    label: 'sections.bodies',
    visible: () => true,
    load: withMessages(['bodies'], () => import('../bodies/BodiesPage').then((m) => m.BodiesPage)),
  },
  { path: 'bodies/:bodyId', visible: () => true, load: withMessages(['bodies', 'members'], () => import('../bodies/BodyPage').then((m) => m.BodyPage)) },
  {
    path: 'bodies/:bodyId/handover',
    visible: canManage,
    load: withMessages(['bodies', 'members'], () => import('../bodies/HandOverPage').then((m) => m.HandOverPage)),
  },
  {
    path: 'meetings',
    label: 'sections.meetings',
    visible: () => true,
    load: withMessages(['meetings', 'members'], () => import('../meetings/MeetingsPage').then((m) => m.MeetingsPage)),
  },
  // The tabs that other features bring load their strings with them (app/meeting-extensions.ts).
  {
    path: 'meetings/:meetingId/:tab?',
    visible: () => true,
    load: withMessages(['meetings', 'members'], () => import('../meetings/MeetingPage').then((m) => m.MeetingPage)),
  },
  {
    path: 'votes',
    label: 'sections.votes',
    visible: () => true,
    load: withMessages(['voting'], () => import('../voting/MemberVotesPage').then((m) => m.MemberVotesPage)),
  },
  { path: 'votes/:ballotId', visible: () => true, load: withMessages(['voting'], () => import('../voting/MemberBallotPage').then((m) => m.MemberBallotPage)) },
  {
    path: 'library',
    label: 'sections.library',
    visible: () => true,
    load: withMessages(['documents'], () => import('../documents/LibraryPage').then((m) => m.LibraryPage)),
  },
  {
    path: 'register',
    label: 'sections.register',
    visible: () => true,
    load: withMessages(['minutes'], () => import('../minutes/RegisterPage').then((m) => m.RegisterPage)),
  },
  {
    path: 'settings',
    label: 'sections.settings',
    visible: canManage,
    load: withMessages(['settings'], () => import('../settings/SettingsPage').then((m) => m.SettingsPage)),
  },
  {
    path: 'access',
    label: 'sections.access',
    visible: isAdmin,
    load: withMessages(['access', 'members'], () => import('../access/AccessPage').then((m) => m.AccessPage)),
  },
];
