import { createBrowserRouter, type LoaderFunctionArgs, type RouteObject } from 'react-router';
import { currentClient } from '../api/client';
import { loadPageMessages, withMessages } from './page-messages';
import { askedFirst } from './first-requests';
import { prefetchOrganisation } from './organisation-prefetch';
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

// A loader runs beside `lazy`: the page's first query leaves while its code downloads (unless
// the first requests, app/first-requests.ts, have already asked for it).
const organisationRoutes: RouteObject[] = ORGANISATION_PAGES.map((page) => ({
  ...(page.path ? { path: page.path } : { index: true }),
  // The page's code and strings (app/organisation-pages.ts).
  lazy: async () => ({ Component: await page.load() }),
  ...(page.prefetch && {
    loader: ({ params, request }: LoaderFunctionArgs) => {
      if (!askedFirst(request, 'page')) page.prefetch!(currentClient(), params);
      return null;
    },
  }),
}));

function organisationLoader({ params, request }: LoaderFunctionArgs) {
  if (!askedFirst(request, 'organisation')) prefetchOrganisation(currentClient(), params.organisationId!);
  return null;
}

/**
 * Made once i18n has started (src/first-requests.ts): the first navigation's loaders run as soon
 * as the router exists, and they ask in the chosen language.
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
          lazy: withMessages(['personal', 'documents', 'voting'], () =>
            import('../personal/PersonalMeetingPage').then((m) => ({ Component: m.PersonalMeetingPage })),
          ),
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
              // The calendar card's strings.
              lazy: () => loadPageMessages(['convocations']).then(() => ({})),
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
          loader: organisationLoader,
          element: <OrganisationLayout pages={ORGANISATION_PAGES} />,
          children: organisationRoutes,
        },
        // The room's projector: full screen, no navigation.
        {
          path: '/o/:organisationId/votes/:ballotId/projector',
          lazy: withMessages(['voting'], () => import('../voting/ProjectorPage').then((m) => ({ Component: m.ProjectorPage }))),
        },
      ],
    },
    { element: <AppLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
  ]);
}
