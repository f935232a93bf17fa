import { Alert, SimpleGrid, Stack } from '@mantine/core';
import type { GovernanceProfile } from '@collegial/governance';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { canManage, isAdmin, useOrganisation } from '../organisations/organisation-context';
import { PageTitle } from '../ui/PageTitle';
import { QueryState } from '../ui/QueryState';
import { CollegesCard } from './CollegesCard';
import { OrganisationDetailsCard } from './OrganisationDetailsCard';
import { collegeListFlags, otherFlags, profileRules, type RuleRow } from './profile-rules';
import { RuleEditor } from './RuleEditor';
import { RuleGroupCard } from './RuleGroupCard';
import { SettingsQuery } from './settings.operations';
import { SourcesCard } from './SourcesCard';
import { useDescriber } from './use-describer';

/** The organisation's details and its statutes' rules, read as sentences and edited one by one (admins; secretaries read). */
export function SettingsPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('settings');
  const allowed = canManage(organisation);
  const editable = isAdmin(organisation);
  const [query, refetch] = useQuery({ query: SettingsQuery, variables: { organisationId: organisation.id }, pause: !allowed });
  const [editing, setEditing] = useState<RuleRow | null>(null);
  const describer = useDescriber();
  const profile = query.data?.organisation.governanceProfile as GovernanceProfile | undefined;
  const groups = useMemo(() => (profile ? profileRules(describer, profile) : []), [describer, profile]);

  if (!allowed) {
    return (
      <>
        <PageTitle title={t('title')} />
        <Alert color="orange" role="alert">
          {t('refused')}
        </Alert>
      </>
    );
  }

  return (
    <>
      <PageTitle title={t('title')} description={t('intro')} />
      {!editable && (
        <Alert color="blue" mb="md">
          {t('readOnly')}
        </Alert>
      )}
      <QueryState fetching={query.fetching} error={query.error} empty={!profile}>
        {profile && (
          <Stack>
            <SimpleGrid cols={{ base: 1, md: 2 }}>
              <OrganisationDetailsCard organisation={organisation} editable={editable} />
              <SourcesCard profile={profile} otherFlags={otherFlags(profile, groups)} />
            </SimpleGrid>
            {groups.map((group) => (
              <RuleGroupCard key={group.key} group={group} onEdit={editable ? setEditing : undefined} />
            ))}
            <CollegesCard
              organisationId={organisation.id}
              profile={profile}
              flags={collegeListFlags(profile)}
              editable={editable}
              onSaved={() => refetch({ requestPolicy: 'network-only' })}
            />
          </Stack>
        )}
      </QueryState>
      {editing && profile && <RuleEditor organisationId={organisation.id} profile={profile} row={editing} onClose={() => setEditing(null)} />}
    </>
  );
}
