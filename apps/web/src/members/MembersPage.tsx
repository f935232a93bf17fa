import { Anchor, Button, Checkbox, Group, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { canManage, useOrganisation } from '../organisations/organisation-context';
import { formatDate } from '../ui/dates';
import { formatNumber } from '../ui/numbers';
import { CursorPager, useCursorPages } from '../ui/CursorPager';
import { PageTitle } from '../ui/PageTitle';
import { ScrollRegion } from './ScrollRegion';
import { QueryState } from '../ui/QueryState';
import { MembersQuery } from './members.operations';
import { MEMBERS_PAGE_SIZE, isFirstPage, membersPageVariables } from './members-page-query';

/** The register of members: searchable by name, 50 a page, former members on request. */
export function MembersPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('members');
  const { t: common } = useTranslation('common');
  const [search, setSearch] = useState('');
  const [debouncedSearch] = useDebouncedValue(search.trim(), 300);
  const [includeLeft, setIncludeLeft] = useState(false);
  // A new search, or the members who left shown or not: from the first page.
  const pages = useCursorPages(JSON.stringify([debouncedSearch, includeLeft]));
  const page = { after: pages.after, search: debouncedSearch, includeLeft };
  const [{ data, fetching, error }] = useQuery({
    query: MembersQuery,
    variables: membersPageVariables(organisation.id, page),
    // The first page has just been asked for by the route's loader (members-page-query.ts): read that answer.
    requestPolicy: isFirstPage(page) ? 'cache-first' : 'cache-and-network',
  });
  const members = data?.members;
  const manages = canManage(organisation);
  const base = `/o/${organisation.id}/members`;
  const yesNo = (value: boolean) => common(value ? 'yes' : 'no');

  return (
    <>
      <PageTitle
        title={t('title')}
        actions={
          manages && (
            <>
              <Button component={Link} to={`${base}/new`}>
                {t('add')}
              </Button>
              <Button component={Link} to={`${base}/import`} variant="outline">
                {t('import')}
              </Button>
            </>
          )
        }
      />
      <Stack gap="md">
        <Group align="flex-end" gap="md">
          <TextInput
            label={t('searchLabel')}
            placeholder={t('searchPlaceholder')}
            type="search"
            value={search}
            onChange={(event) => setSearch(event.currentTarget.value)}
            w={{ base: '100%', sm: 320 }}
          />
          <Checkbox label={t('includeLeft')} checked={includeLeft} onChange={(event) => setIncludeLeft(event.currentTarget.checked)} mb={8} />
        </Group>
        {members && (
          <Text fw={500} aria-live="polite">
            {t(includeLeft ? 'countWithLeft' : 'count', { count: members.totalCount, formatted: formatNumber(members.totalCount) })}
          </Text>
        )}
        <QueryState
          fetching={fetching}
          error={error}
          empty={members ? members.nodes.length === 0 : undefined}
          emptyText={debouncedSearch ? t('noMatch') : t('empty')}
        >
          <ScrollRegion label={t('tableLabel')} minWidth={860}>
            <Table aria-label={t('tableLabel')} striped highlightOnHover verticalSpacing="xs">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('columns.name')}</Table.Th>
                  <Table.Th scope="col">{t('columns.kind')}</Table.Th>
                  <Table.Th scope="col">{t('columns.college')}</Table.Th>
                  <Table.Th scope="col">{t('columns.votingRights')}</Table.Th>
                  <Table.Th scope="col">{t('columns.eNoticeConsent')}</Table.Th>
                  <Table.Th scope="col">{t('columns.joinedOn')}</Table.Th>
                  <Table.Th scope="col">{t('columns.leftOn')}</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {members?.nodes.map((member) => (
                  <Table.Tr key={member.id}>
                    <Table.Th scope="row" fw={500}>
                      <Anchor component={Link} to={`${base}/${member.id}`}>
                        {member.name}
                      </Anchor>
                      {member.email && (
                        <Text size="xs" c="dimmed">
                          {member.email}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>{common(`memberKinds.${member.kind}`)}</Table.Td>
                    <Table.Td>{member.college?.name ?? '—'}</Table.Td>
                    <Table.Td>{yesNo(member.hasVotingRights)}</Table.Td>
                    <Table.Td>{yesNo(member.eNoticeConsent)}</Table.Td>
                    <Table.Td>{formatDate(member.joinedOn)}</Table.Td>
                    <Table.Td>{member.leftOn ? formatDate(member.leftOn) : '—'}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollRegion>
          {members && (
            <CursorPager pages={pages} totalCount={members.totalCount} pageSize={MEMBERS_PAGE_SIZE} pageInfo={members.pageInfo} label={t('pagination')} />
          )}
        </QueryState>
      </Stack>
    </>
  );
}
