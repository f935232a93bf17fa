import { MantineProvider } from '@mantine/core';
import { DatesProvider } from '@mantine/dates';
import { Notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { Provider as GraphQLProvider } from 'urql';
import { currentClient } from '../api/client';
import { useSession } from '../api/session-store';
import { createRouter } from './routes';
import { theme } from './theme';

export function App() {
  const { i18n } = useTranslation();
  const session = useSession();
  const [router] = useState(createRouter);
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
