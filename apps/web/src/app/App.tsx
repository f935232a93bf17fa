import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { createClient } from '../api/client';
import { useSession } from '../api/session-store';
import { router } from './routes';
import { theme } from './theme';

export function App() {
  const { i18n } = useTranslation();
  const session = useSession();
  // A new client on sign-in, sign-out or a language change: nothing cached under another account or language.
  const client = useMemo(() => createClient(), [session?.token, i18n.language]);
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
