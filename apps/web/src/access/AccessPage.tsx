import { Alert, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isAdmin, useOrganisation } from '../organisations/organisation-context';
import { PageTitle } from '../ui/PageTitle';
import { AccountsSection } from './AccountsSection';
import { InviteForm } from './InviteForm';
import { PendingInvitationsSection } from './PendingInvitationsSection';

/** Who may open the organisation, with which role, and who is invited: the admins' page. */
export function AccessPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('access');
  if (!isAdmin(organisation)) {
    return (
      <>
        <PageTitle title={t('title')} />
        <Alert color="orange" role="alert">
          {t('adminsOnly')}
        </Alert>
      </>
    );
  }
  return (
    <>
      <PageTitle title={t('title')} description={t('description')} />
      <Stack gap="xl">
        <AccountsSection organisationId={organisation.id} />
        <InviteForm organisationId={organisation.id} />
        <PendingInvitationsSection organisationId={organisation.id} />
      </Stack>
    </>
  );
}
