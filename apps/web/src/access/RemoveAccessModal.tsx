import { Button, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Dialog } from '../ui/Dialog';

interface RemovedAccess {
  account: { displayName: string; email: string };
}

/** Asks before an account loses its access: the modal is open while `access` is set. */
export function RemoveAccessModal<T extends RemovedAccess>({
  access,
  removing,
  onCancel,
  onConfirm,
}: {
  access: T | null;
  removing: boolean;
  onCancel: () => void;
  onConfirm: (access: T) => void;
}) {
  const { t } = useTranslation('access');
  const { t: common } = useTranslation('common');
  return (
    <Dialog opened={access !== null} onClose={onCancel} title={t('remove.title')} fullScreenOnPhone={false}>
      {access && (
        <>
          <Text mb="lg">{t('remove.body', { name: access.account.displayName, email: access.account.email })}</Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onCancel}>
              {common('cancel')}
            </Button>
            <Button color="red" loading={removing} onClick={() => onConfirm(access)}>
              {t('remove.confirm')}
            </Button>
          </Group>
        </>
      )}
    </Dialog>
  );
}
