import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider, type DataRouter } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { currentClient } from '../api/client';
import { useSession } from '../api/session-store';
import { theme } from './theme';

/** The app around its router, made before the first render (main.tsx) so that the first page's code, strings and queries are on their way while React starts. */
export function App({ router }: { router: DataRouter }) {
  const { i18n } = useTranslation();
  const session = useSession();
  // A new client on sign-in, sign-out or a language change: nothing cached under another account or language.
  const client = useMemo(() => currentClient(), [session?.token, i18n.language]);
  return (
    <MantineProvider theme={theme}>
      <DatesProvider settings={{ locale: i18n.language, firstDayOfWeek: 1 }}>
        <Notifications />
        <GraphQLProvider value={client}>
          <RouterProvider router={router} />
        </GraphQLProvider>
      </DatesProvider>
    </MantineProvider>
  );
}
