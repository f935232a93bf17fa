import { Button, Card, List, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MinutesFieldsFragment, OfficerRole } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { formatDate } from '../ui/dates';
import { notifyDone } from '../ui/notify';
import { useOrganisation } from '../organisations/organisation-context';
import { ApproveMinutesMutation } from './minutes.operations';

const ROLES: OfficerRole[] = ['chair', 'secretary'];

/**
 * Both officers' approvals and, while a draft, the button to approve for the officer whose
 * approval is awaited, when the signed-in account is linked to that member (the api checks
 * again and refuses anyone else with its own message).
 */
export function MinutesApprovals({ organisationId, minutes }: { organisationId: string; minutes: MinutesFieldsFragment }) {
  const { t } = useTranslation('minutes');
  const [approving, approve] = useMutation(ApproveMinutesMutation);
  const { myMemberId } = useOrganisation();
  const officerOf = (role: OfficerRole) => (role === 'chair' ? minutes.chair : minutes.secretary);
  const mine = ROLES.some((role) => officerOf(role)?.memberId === myMemberId && !minutes.approvals.some((approval) => approval.role === role));

  return (
    <Card withBorder component="section" aria-labelledby="minutes-approvals">
      <Stack gap="sm">
        <Title order={3} size="h4" id="minutes-approvals">
          {t('approvals.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('approvals.hint')}
        </Text>
        <List spacing="xs">
          {ROLES.map((role) => {
            const approval = minutes.approvals.find((candidate) => candidate.role === role);
            const officer = officerOf(role);
            return (
              <List.Item key={role}>
                {t('approvals.line', {
                  role: t(`approvals.role.${role}`),
                  status: approval
                    ? t('approvals.approvedBy', { name: approval.memberName, date: formatDate(approval.approvedAt) })
                    : officer
                      ? t('approvals.waiting', { name: officer.name })
                      : t('approvals.waitingNobody'),
                })}
              </List.Item>
            );
          })}
        </List>
        {minutes.status === 'draft' && myMemberId && mine && (
          <>
            <ErrorAlert error={approving.error} />
            <Button
              style={{ alignSelf: 'flex-start' }}
              loading={approving.fetching}
              onClick={() => {
                void (async () => {
                  const outcome = await approve({ organisationId, minutesId: minutes.id });
                  if (outcome.data) notifyDone(t('approvals.approved'));
                })();
              }}
            >
              {t('approvals.approve')}
            </Button>
            <Text size="xs" c="dimmed">
              {t('approvals.approveHint')}
            </Text>
          </>
        )}
      </Stack>
    </Card>
  );
}
