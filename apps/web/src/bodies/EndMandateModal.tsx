import { Button, Select, Stack, Text } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MandateEndReason, MandateFieldsFragment } from '../gql/graphql';
import { DateField } from '../ui/DateField';
import { formatDate, today } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { EndMandateMutation } from './bodies.operations';
import { MANDATE_END_REASONS } from './mandate-roles';
import { Dialog } from '../ui/Dialog';

/** Ends a mandate: the date is the first day out of office. */
export function EndMandateModal({ organisationId, mandate, onClose }: { organisationId: string; mandate: MandateFieldsFragment; onClose: () => void }) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const [endedOn, setEndedOn] = useState<string | null>(today());
  const [reason, setReason] = useState<MandateEndReason | null>(null);
  const [result, end] = useMutation(EndMandateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!endedOn || !reason) return;
    const answer = await end({ organisationId, mandateId: mandate.id, endedOn, reason });
    if (answer.data) {
      notifyDone(t('end.done', { name: mandate.member.name, date: formatDate(endedOn) }));
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('end.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <Text fw={500}>
            {t('end.mandate', { name: mandate.member.name, role: common(`mandateRoles.${mandate.role}`), from: formatDate(mandate.startOn) })}
          </Text>
          <DateField label={t('end.endedOn')} description={t('end.endedOnHint')} required value={endedOn} onChange={setEndedOn} />
          <Select
            label={t('end.reason')}
            required
            value={reason}
            onChange={(value) => setReason(value)}
            data={MANDATE_END_REASONS.map((value) => ({ value, label: common(`mandateEndReasons.${value}`) }))}
          />
          <ErrorAlert error={result.error} />
          <Button type="submit" color="red" loading={result.fetching} disabled={!endedOn || !reason}>
            {t('end.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
