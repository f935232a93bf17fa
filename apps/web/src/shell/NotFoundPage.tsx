import { Alert, Anchor, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

export function NotFoundPage() {
  const { t } = useTranslation('common');
  return (
    <Stack p="md" maw={560}>
      <Alert color="yellow" role="alert">
        {t('errors.notFound')}
      </Alert>
      <Anchor component={Link} to="/">
        {t('myOrganisations')}
      </Anchor>
    </Stack>
  );
}
