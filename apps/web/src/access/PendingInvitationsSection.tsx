import { Alert, Box, Button, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { formatDate } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { QueryState } from '../ui/QueryState';
import { PendingInvitationsQuery, RevokeInvitationMutation } from './access.operations';

/** An empty list holds no Invitation to watch: naming the type refreshes it after an invitation. */
const INVITATION_TYPES = { additionalTypenames: ['Invitation'] };

/** The invitations not yet accepted, each revocable (its link then stops working). */
export function PendingInvitationsSection({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('access');
  const { t: common } = useTranslation('common');
  const [pending] = useQuery({ query: PendingInvitationsQuery, variables: { organisationId }, context: INVITATION_TYPES });
  const [revoked, revoke] = useMutation(RevokeInvitationMutation);
  const [done, setDone] = useState<string | null>(null);
  const invitations = pending.data?.pendingInvitations.nodes ?? [];

  const revokeOne = async (invitation: { id: string; email: string }) => {
    setDone(null);
    const answer = await revoke({ organisationId, invitationId: invitation.id }, INVITATION_TYPES);
    if (!answer.error) setDone(t('pending.revoked', { email: invitation.email }));
  };

  const revokeButton = (invitation: { id: string; email: string }) => (
    <Button
      variant="subtle"
      color="red"
      size="compact-sm"
      aria-label={t('pending.revokeOf', { email: invitation.email })}
      loading={revoked.fetching}
      onClick={() => void revokeOne(invitation)}
    >
      {t('pending.revoke')}
    </Button>
  );

  return (
    <Stack component="section" aria-labelledby="access-pending" gap="sm">
      <Title order={2} size="h3" id="access-pending">
        {t('pending.title')}
      </Title>
      <ErrorAlert error={revoked.error} />
      {done && (
        <Alert color="teal" role="status">
          {done}
        </Alert>
      )}
      <QueryState fetching={pending.fetching} error={pending.error} empty={invitations.length === 0} emptyText={t('pending.none')}>
        <Table verticalSpacing="sm" aria-label={t('pending.caption')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('pending.email')}</Table.Th>
              <Table.Th>{t('pending.role')}</Table.Th>
              <Table.Th visibleFrom="sm">{t('pending.expires')}</Table.Th>
              <Table.Th visibleFrom="sm">
                <VisuallyHidden>{t('pending.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {invitations.map((invitation) => (
              <Table.Tr key={invitation.id}>
                <Table.Td style={{ wordBreak: 'break-word' }}>
                  {invitation.email}
                  <Text size="sm" c="dimmed" hiddenFrom="sm">
                    {t('pending.expires')} {formatDate(invitation.expiresAt)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {common(`roles.${invitation.role}`)}
                  {/* On a phone, the action goes under the role: three columns do not fit. */}
                  <Box hiddenFrom="sm" mt="xs">
                    {revokeButton(invitation)}
                  </Box>
                </Table.Td>
                <Table.Td visibleFrom="sm">{formatDate(invitation.expiresAt)}</Table.Td>
                <Table.Td visibleFrom="sm">{revokeButton(invitation)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </QueryState>
    </Stack>
  );
}
