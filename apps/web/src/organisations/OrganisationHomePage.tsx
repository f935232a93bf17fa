import { Anchor, Badge, Card, List, SimpleGrid, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { formatDate } from '../ui/dates';
import { lastDayInOffice } from '../ui/mandate-period';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { isAdmin, useOrganisation } from './organisation-context';
import { OrganisationAttentionQuery, PendingInvitationsCountQuery } from './organisations.operations';

/** What needs attention in the organisation: mandates ending soon, invitations not yet accepted. */
export function OrganisationHomePage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('organisations');
  const { t: common } = useTranslation('common');
  const [attention] = useQuery({ query: OrganisationAttentionQuery, variables: { organisationId: organisation.id, days: 90 } });
  // The api shows invitations to admins only, who manage access.
  const manages = isAdmin(organisation);
  const [invitations] = useQuery({ query: PendingInvitationsCountQuery, variables: { organisationId: organisation.id }, pause: !manages });
  const ending = attention.data?.mandatesEndingWithin ?? [];
  const pending = invitations.data?.pendingInvitations;

  return (
    <>
      <PageTitle title={organisation.name} description={`${common(`legalForms.${organisation.legalForm}`)} · ${common(`roles.${organisation.myRole}`)}`} />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Card withBorder>
          <Title order={2} size="h4" mb="sm">
            {t('home.endingMandates')}
          </Title>
          <QueryState fetching={attention.fetching} error={attention.error} empty={ending.length === 0} emptyText={t('home.noEndingMandates')}>
            <List spacing="xs">
              {ending.map((mandate) => (
                <List.Item key={mandate.id}>
                  <Text span fw={500}>
                    {mandate.member.name}
                  </Text>{' '}
                  — {common(`mandateRoles.${mandate.role}`)}, {mandate.body.name}{' '}
                  <Badge variant="light" color="orange">
                    {t('home.until', { date: formatDate(lastDayInOffice(mandate.termEndOn)) })}
                  </Badge>
                </List.Item>
              ))}
            </List>
          </QueryState>
        </Card>
        {manages && (
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('home.pendingInvitations')}
            </Title>
            <QueryState fetching={invitations.fetching} error={invitations.error} empty={!pending?.totalCount} emptyText={t('home.noPendingInvitations')}>
              <Text mb="xs">{t('home.pendingCount', { count: pending?.totalCount ?? 0 })}</Text>
              <List spacing="xs">
                {pending?.nodes.map((invitation) => (
                  <List.Item key={invitation.id}>
                    {invitation.email} — {common(`roles.${invitation.role}`)}
                  </List.Item>
                ))}
              </List>
              <Anchor component={Link} to={`/o/${organisation.id}/access`} size="sm">
                {t('home.manageAccess')}
              </Anchor>
            </QueryState>
          </Card>
        )}
      </SimpleGrid>
    </>
  );
}
