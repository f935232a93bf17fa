import { Anchor, Badge, Card, Group, List, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { formatDate } from '../ui/dates';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { MemberManagement } from './MemberManagement';
import { MemberQuery } from './members.operations';

/** One member's record, their representatives over time, and (for those who keep the register) what can change. */
export function MemberPage() {
  const organisation = useOrganisation();
  const { memberId = '' } = useParams();
  const { t } = useTranslation('members');
  const { t: common } = useTranslation('common');
  const [{ data, fetching, error }] = useQuery({ query: MemberQuery, variables: { organisationId: organisation.id, memberId } });
  const member = data?.member;
  const back = (
    <Anchor component={Link} to={`/o/${organisation.id}/members`}>
      {t('detail.backToList')}
    </Anchor>
  );
  if (!member) {
    return (
      <Stack>
        <QueryState fetching={fetching} error={error}>
          {null}
        </QueryState>
        {back}
      </Stack>
    );
  }
  const rows: [string, string][] = [
    [t('fields.kind'), common(`memberKinds.${member.kind}`)],
    [t('fields.college'), member.college?.name ?? t('detail.noCollege')],
    [t('fields.joinedOn'), formatDate(member.joinedOn)],
    ...(member.leftOn ? [[t('fields.leftOn'), formatDate(member.leftOn)] as [string, string]] : []),
    [t('columns.votingRights'), member.hasVotingRights ? t('detail.votes') : t('detail.noVote', { reason: member.votingRightsReason ?? '' })],
    [t('columns.eNoticeConsent'), member.eNoticeConsent ? t('detail.consentSince', { date: formatDate(member.eNoticeConsentAt?.slice(0, 10)) }) : common('no')],
    ...(member.personalDataVisible
      ? ([
          [t('fields.email'), member.email ?? t('detail.noEmail')],
          [t('fields.postalAddress'), member.postalAddress ?? t('detail.noAddress')],
        ] as [string, string][])
      : []),
  ];

  return (
    <>
      <PageTitle
        title={member.name}
        description={member.leftOn ? t('detail.left', { date: formatDate(member.leftOn) }) : t('detail.since', { date: formatDate(member.joinedOn) })}
      />
      <Stack gap="lg">
        {back}
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <Card withBorder>
            <Title order={2} size="h4" mb="sm">
              {t('detail.data')}
            </Title>
            <Table variant="vertical" layout="fixed" withRowBorders>
              <Table.Tbody>
                {rows.map(([label, value]) => (
                  <Table.Tr key={label}>
                    <Table.Th scope="row" w="45%">
                      {label}
                    </Table.Th>
                    <Table.Td>{value}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
            {!member.personalDataVisible && (
              <Text size="sm" c="dimmed" mt="sm">
                {t('detail.personalHidden')}
              </Text>
            )}
          </Card>
          {member.kind === 'legalEntity' && (
            <Card withBorder>
              <Title order={2} size="h4" mb="sm">
                {t('detail.representatives')}
              </Title>
              {member.representatives.length === 0 ? (
                <Text c="dimmed">{t('detail.noRepresentative')}</Text>
              ) : (
                <List spacing="xs">
                  {member.representatives.map((representative) => (
                    <List.Item key={representative.id}>
                      <Group gap="xs">
                        <Text span fw={500}>
                          {representative.name}
                        </Text>
                        {representative.email && (
                          <Text span size="sm" c="dimmed">
                            {representative.email}
                          </Text>
                        )}
                        {!representative.untilOn && (
                          <Badge variant="outline" color="teal">
                            {t('detail.current')}
                          </Badge>
                        )}
                      </Group>
                      <Text size="sm">
                        {representative.untilOn
                          ? t('detail.representativePastPeriod', { since: formatDate(representative.sinceOn), until: formatDate(representative.untilOn) })
                          : t('detail.representativePeriod', { since: formatDate(representative.sinceOn) })}
                      </Text>
                    </List.Item>
                  ))}
                </List>
              )}
            </Card>
          )}
        </SimpleGrid>
        {canManage(organisation) && <MemberManagement member={member} />}
      </Stack>
    </>
  );
}
