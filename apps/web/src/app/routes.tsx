import { createBrowserRouter, type RouteObject } from 'react-router';
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
import { ORGANISATION_PAGES } from './organisation-pages';

const organisationRoutes: RouteObject[] = ORGANISATION_PAGES.map((page) => ({
  ...(page.path ? { path: page.path } : { index: true }),
  lazy: async () => ({ Component: await page.load() }),
}));

export const router = createBrowserRouter([
  {
    element: <AppLayout />,
    children: [
      { path: '/login', element: <SignInPage /> },
      { path: '/register', element: <RegisterPage /> },
      { path: '/registration', element: <ConfirmRegistrationPage /> },
      { path: '/invitation', element: <AcceptInvitationPage /> },
    ],
  },
  {
    element: <RequireSession />,
    children: [
      {
        element: <AppLayout />,
        children: [
          { path: '/', element: <MyOrganisationsPage /> },
          { path: '/organisations/new', element: <CreateOrganisationPage /> },
        ],
      },
      { path: '/o/:organisationId', element: <OrganisationLayout pages={ORGANISATION_PAGES} />, children: organisationRoutes },
    ],
  },
  { element: <AppLayout />, children: [{ path: '*', element: <NotFoundPage /> }] },
]);
