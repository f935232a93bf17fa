import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { currentClient } from '../api/client';
import { loadPageMessages } from './messages';
import { OrganisationQuery } from '../organisations/organisations.operations';
import { AcceptInvitationPage } from '../auth/AcceptInvitationPage';
import { ConfirmRegistrationPage } from '../auth/ConfirmRegistrationPage';
import { RegisterPage } from '../auth/RegisterPage';
import { RequireSession } from '../auth/RequireSession';
import { SignInPage } from '../auth/SignInPage';
import { CreateOrganisationPage } from '../organisations/CreateOrganisationPage';
import { MyOrganisationsPage } from '../organisations/MyOrganisationsPage';
import { OrganisationLayout } from '../organisations/OrganisationLayout';
import { AppLayout } from '../shell/AppLayout';
import { NotFoundPage } from '../shell/NotFoundPage';
import { CalendarFeedCard } from '../convocations/CalendarFeedCard';
import { extendMeetings } from './meeting-extensions';
import { ORGANISATION_PAGES } from './organisation-pages';

// A loader runs beside `lazy`: the page's first query leaves while its code downloads.
const organisationRoutes: RouteObject[] = ORGANISATION_PAGES.map((page) => ({
  ...(page.path ? { path: page.path } : { index: true }),
  lazy: async () => ({ Component: await page.load() }),
  ...(page.prefetch && {
    loader: ({ params }: LoaderFunctionArgs) => {
      page.prefetch!(currentClient(), params);
      return null;
    },
  }),
}));

/** The organisation (name, my role) that every page of it waits for, asked for before the page's code arrives. */
function prefetchOrganisation({ params }: LoaderFunctionArgs) {
  void currentClient().query(OrganisationQuery, { organisationId: params.organisationId! }, { requestPolicy: 'cache-first' }).toPromise();
  return null;
}

/**
 * Made once i18n has started (main.tsx): the first navigation's loaders run as soon as the
 * router exists, and they ask in the chosen language.
 */
export function createRouter() {
  extendMeetings();
  return createBrowserRouter([
    {
      element: <AppLayout />,
      children: [
        { path: '/login', element: <SignInPage /> },
        { path: '/register', element: <RegisterPage /> },
        { path: '/registration', element: <ConfirmRegistrationPage /> },
        { path: '/invitation', element: <AcceptInvitationPage /> },
        // A member's meeting from the personal link of their convocation (/m#<token>), no account needed.
        {
          path: '/m',
          lazy: async () => {
            const [page] = await Promise.all([import('../personal/PersonalMeetingPage'), loadPageMessages()]);
            return { Component: page.PersonalMeetingPage };
          },
        },
      ],
    },
    {
      element: <RequireSession />,
      children: [
        {
          element: <AppLayout />,
          children: [
            {
              path: '/',
              // The calendar card's strings come with the pages' strings.
              lazy: async () => {
                await loadPageMessages();
                return {};
              },
              element: (
                <MyOrganisationsPage>
                  <CalendarFeedCard />
                </MyOrganisationsPage>
              ),
            },
            { path: '/organisations/new', element: <CreateOrganisationPage /> },
          ],
        },
        {
          path: '/o/:organisationId',
          loader: prefetchOrganisation,
          // The pages' strings arrive beside the page's code and the organisation.
          lazy: async () => {
            await loadPageMessages();
            return {};
          },
          element: <OrganisationLayout pages={ORGANISATION_PAGES} />,
          children: organisationRoutes,
        },
        // The room's projector: full screen, no navigation.
        {
          path: '/o/:organisationId/votes/:ballotId/projector',
          lazy: async () => {
            const [page] = await Promise.all([import('../voting/ProjectorPage'), loadPageMessages()]);
            return { Component: page.ProjectorPage };
          },
        },
      ],
    },
    { element: <AppLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
  ]);
}
