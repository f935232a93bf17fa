import { Alert, Button, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';

/** Sending after the notice deadline: the secretary gives the reason, which the api records with the sending. */
export function OverrideDialog({
  refusal,
  loading,
  error,
  onSend,
  onClose,
}: {
  /** The api's refusal, saying which deadline was missed. */
  refusal: string | null;
  loading: boolean;
  error?: CombinedError | null;
  onSend: (reason: string) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('convocations');
  const { t: common } = useTranslation('common');
  const [reason, setReason] = useState('');
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim()) onSend(reason.trim());
  };
  return (
    <Dialog opened onClose={onClose} title={t('override.title')}>
      <form onSubmit={submit}>
        <Stack>
          {refusal && (
            <Alert color="orange" role="alert">
              {refusal}
            </Alert>
          )}
          <Text>{t('override.intro')}</Text>
          <Textarea
            label={t('override.reason')}
            description={t('override.reasonHelp')}
            value={reason}
            onChange={(event) => setReason(event.currentTarget.value)}
            required
            autosize
            minRows={3}
            maxLength={1000}
            data-autofocus
          />
          <ErrorAlert error={error} />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {common('cancel')}
            </Button>
            <Button type="submit" color="orange.9" loading={loading} disabled={!reason.trim()}>
              {t('override.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
