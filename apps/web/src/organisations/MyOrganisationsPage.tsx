import { Badge, Button, Card, Group, SimpleGrid, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { MyOrganisationsQuery } from './organisations.operations';

/** My organisations, and below them what other features add for my account (the calendar feed). */
export function MyOrganisationsPage({ children }: { children?: ReactNode }) {
  const { t } = useTranslation('organisations');
  const { t: common } = useTranslation('common');
  const [{ data, fetching, error }] = useQuery({ query: MyOrganisationsQuery });
  const organisations = data?.myOrganisations ?? [];
  return (
    <>
      <PageTitle
        title={common('myOrganisations')}
        actions={
          <Button component={Link} to="/organisations/new">
            {t('create.action')}
          </Button>
        }
      />
      <QueryState fetching={fetching} error={error} empty={organisations.length === 0} emptyText={t('noOrganisation')}>
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
          {organisations.map((organisation) => (
            <Card key={organisation.id} withBorder component={Link} to={`/o/${organisation.id}`} aria-label={organisation.name}>
              <Text fw={600}>{organisation.name}</Text>
              <Group gap="xs" mt="xs">
                <Badge variant="light">{common(`legalForms.${organisation.legalForm}`)}</Badge>
                <Badge variant="outline" color="gray">
                  {common(`roles.${organisation.myRole}`)}
                </Badge>
              </Group>
            </Card>
          ))}
        </SimpleGrid>
      </QueryState>
      {children}
    </>
  );
}
