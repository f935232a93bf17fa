import { Alert, Box, Button, Select, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { useSession } from '../api/session-store';
import type { OrganisationAccessQuery as AccessResult, OrganisationRole } from '../gql/graphql';
import { formatDate } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryState } from '../ui/QueryState';
import { ChangeAccountRoleMutation, OrganisationAccessQuery, RemoveAccountAccessMutation } from './access.operations';
import { RemoveAccessModal } from './RemoveAccessModal';
import { roleOptions } from './role-options';

type Access = AccessResult['organisationAccess'][number];
/** Removing an access answers a Boolean: the list is refreshed by naming its type. */
const ACCESS_TYPES = { additionalTypenames: ['OrganisationAccess'] };

/** The accounts with access, their role (changed in place) and since when; removing one asks first. */
export function AccountsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('access');
  const { t: common } = useTranslation('common');
  const session = useSession();
  const [access] = useQuery({ query: OrganisationAccessQuery, variables: { organisationId }, context: ACCESS_TYPES });
  const [changed, changeRole] = useMutation(ChangeAccountRoleMutation);
  const [removed, removeAccess] = useMutation(RemoveAccountAccessMutation);
  const [removing, setRemoving] = useState<Access | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const rows = access.data?.organisationAccess ?? [];
  const options = roleOptions(common);

  const change = async (entry: Access, role: OrganisationRole) => {
    setDone(null);
    const answer = await changeRole({ organisationId, accountId: entry.account.id, role });
    if (!answer.error) setDone(t('accounts.roleChanged', { name: entry.account.displayName, role: common(`roles.${role}`) }));
  };
  const remove = async (entry: Access) => {
    setDone(null);
    const answer = await removeAccess({ organisationId, accountId: entry.account.id }, ACCESS_TYPES);
    setRemoving(null);
    if (!answer.error) setDone(t('remove.done', { name: entry.account.displayName }));
  };

  const removeButton = (entry: Access) => (
    <Button
      variant="subtle"
      color="red"
      size="compact-sm"
      aria-label={t('accounts.removeOf', { name: entry.account.displayName })}
      onClick={() => setRemoving(entry)}
    >
      {t('accounts.remove')}
    </Button>
  );

  return (
    <Stack component="section" aria-labelledby="access-accounts" gap="sm">
      <Title order={2} size="h3" id="access-accounts">
        {t('accounts.title')}
      </Title>
      <ErrorAlert error={changed.error ?? removed.error} />
      {done && (
        <Alert color="teal" role="status">
          {done}
        </Alert>
      )}
      <QueryState fetching={access.fetching} error={access.error} empty={rows.length === 0}>
        <Table verticalSpacing="sm" aria-label={t('accounts.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('accounts.name')}</Table.Th>
              <Table.Th>{t('accounts.role')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('accounts.since')}</Table.Th>
              <Table.Th visibleFrom="sm">
                <VisuallyHidden>{t('accounts.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {rows.map((entry) => {
              const isMe = entry.account.email === session?.email;
              return (
                <Table.Tr key={entry.account.id}>
                  <Table.Td>
                    <Text fw={500}>
                      {entry.account.displayName}
                      {isMe && ` (${t('accounts.you')})`}
                    </Text>
                    <Text size="sm" c="dimmed" style={{ wordBreak: 'break-word' }}>
                      {entry.account.email}
                    </Text>
                    <Text size="sm" c="dimmed" hiddenFrom="sm">
                      {t('accounts.since')} {formatDate(entry.since)}
                    </Text>
                  </Table.Td>
                  <Table.Td miw={160}>
                    <Select
                      aria-label={t('accounts.roleOf', { name: entry.account.displayName })}
                      data={options}
                      value={entry.role}
                      allowDeselect={false}
                      disabled={changed.fetching}
                      onChange={(role) => role && role !== entry.role && void change(entry, role)}
                    />
                    {/* On a phone, the action goes under the role: three columns do not fit. */}
                    <Box hiddenFrom="sm" mt="xs">
                      {removeButton(entry)}
                    </Box>
                  </Table.Td>
                  <Table.Td visibleFrom="sm">{formatDate(entry.since)}</Table.Td>
                  <Table.Td visibleFrom="sm">{removeButton(entry)}</Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </QueryState>
      <RemoveAccessModal access={removing} removing={removed.fetching} onCancel={() => setRemoving(null)} onConfirm={(entry) => void remove(entry)} />
    </Stack>
  );
}
