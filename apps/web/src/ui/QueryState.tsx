import { Alert, Center, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { errorMessage } from '../api/error-message';

/** Loading, failed or empty: what a list shows before (or instead of) its content. */
export function QueryState({
  fetching,
  error,
  empty,
  emptyText,
  children,
}: {
  fetching: boolean;
  error?: CombinedError;
  empty?: boolean;
  emptyText?: string;
  children: ReactNode;
}) {
  const { t } = useTranslation('common');
  if (error)
    return (
      <Alert color="red" role="alert">
        {errorMessage(error)}
      </Alert>
    );
  if (fetching && empty !== false)
    return (
      <Center p="lg">
        <Loader role="status" aria-label={t('loading')} />
      </Center>
    );
  if (empty && emptyText)
    return (
      <Text c="dimmed" p="md">
        {emptyText}
      </Text>
    );
  return <>{children}</>;
}
