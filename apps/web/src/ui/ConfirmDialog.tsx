import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Dialog } from './Dialog';
import { ErrorAlert } from './ErrorAlert';

/** Asks before an action that cannot be undone in one click (remove, open, close); says why it failed if it did. */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  danger = false,
  loading,
  error,
  onConfirm,
  onClose,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  danger?: boolean;
  loading?: boolean;
  error?: CombinedError | null;
  onConfirm: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('common');
  return (
    <Dialog opened onClose={onClose} title={title} fullScreenOnPhone={false}>
      <Stack>
        <Text>{message}</Text>
        <ErrorAlert error={error} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('cancel')}
          </Button>
          <Button color={danger ? 'red.9' : undefined} loading={loading} onClick={onConfirm} data-autofocus>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
