import { Anchor, AppShell, Burger, Button, Group, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { LogOutMutation } from '../auth/auth.operations';
import { sessionStore, useSession } from '../api/session-store';
import { LanguageSwitch } from './LanguageSwitch';

/** The frame of every page: header (name, language, account) and, when given, a navigation that folds on a phone. */
export function AppLayout({ navigation }: { navigation?: (close: () => void) => ReactNode }) {
  const { t } = useTranslation('common');
  const session = useSession();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [, logOut] = useMutation(LogOutMutation);

  const signOut = async () => {
    await logOut({});
    sessionStore.signOut();
    void navigate('/login', { replace: true });
  };

  return (
    <AppShell header={{ height: 60 }} navbar={navigation ? { width: 240, breakpoint: 'sm', collapsed: { mobile: !opened } } : undefined} padding="md">
      <a href="#main" className="skip-link">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            {navigation && <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('openNavigation')} />}
            <Anchor component={Link} to="/" fw={700} size="lg" underline="never">
              {t('appName')}
            </Anchor>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <LanguageSwitch />
            {session && (
              <>
                <Text size="sm" visibleFrom="sm">
                  {session.displayName}
                </Text>
                <Button variant="subtle" size="xs" onClick={() => void signOut()}>
                  {t('signOut')}
                  <VisuallyHidden> ({session.email})</VisuallyHidden>
                </Button>
              </>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      {navigation && (
        <AppShell.Navbar p="sm" aria-label={t('appName')}>
          {navigation(close)}
        </AppShell.Navbar>
      )}
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
