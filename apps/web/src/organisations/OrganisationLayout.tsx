import { Alert, Center, Loader, NavLink, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { NavLink as RouterNavLink, useParams } from 'react-router';
import { useQuery } from 'urql';
import { errorMessage } from '../api/error-message';
import { AppLayout } from '../shell/AppLayout';
import type { OrganisationPage } from './organisation-page';
import { OrganisationContext } from './organisation-context';
import { OrganisationQuery } from './organisations.operations';

/** Every page of one organisation: its navigation, and the organisation with my role for the page. */
export function OrganisationLayout({ pages }: { pages: OrganisationPage[] }) {
  const { organisationId = '' } = useParams();
  const { t } = useTranslation('organisations');
  const { t: common } = useTranslation('common');
  // Asked for afresh by the route's loader as the organisation opens (app/routes.tsx): read that answer, do not ask twice.
  const [{ data, error, fetching }] = useQuery({ query: OrganisationQuery, variables: { organisationId }, requestPolicy: 'cache-first' });
  const organisation = data?.organisation;

  if (!organisation) {
    return (
      <Center mih="60vh" p="md">
        {fetching ? (
          <Loader role="status" aria-label={common('loading')} />
        ) : (
          <Alert color="red" role="alert">
            {errorMessage(error) ?? common('errors.notFound')}
          </Alert>
        )}
      </Center>
    );
  }
  const base = `/o/${organisation.id}`;
  return (
    <OrganisationContext.Provider value={organisation}>
      <AppLayout
        navigation={(close) => (
          <Stack gap={4} component="nav" aria-label={organisation.name}>
            <Text fw={700} px="sm" pb="xs">
              {organisation.name}
            </Text>
            {pages
              .filter((section) => section.label && section.visible(organisation))
              .map((section) => (
                <NavLink
                  key={section.path}
                  component={RouterNavLink}
                  to={section.path ? `${base}/${section.path}` : base}
                  end={!section.path}
                  label={t(section.label!)}
                  variant="filled"
                  onClick={close}
                />
              ))}
            <NavLink component={RouterNavLink} to="/" label={common('myOrganisations')} onClick={close} />
          </Stack>
        )}
      />
    </OrganisationContext.Provider>
  );
}
