import { Button, NumberInput, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { SetBodyRhythmMutation } from './rhythm.operations';

/** Sets how often a body sits, in months; empty removes the rhythm. */
export function RhythmModal({
  organisationId,
  body,
  months: current,
  onClose,
}: {
  organisationId: string;
  body: { id: string; name: string };
  months: number | null;
  onClose: () => void;
}) {
  const { t } = useTranslation('meetings');
  const { t: common } = useTranslation('common');
  const [months, setMonths] = useState<number | null>(current);
  const [result, save] = useMutation(SetBodyRhythmMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await save({ organisationId, bodyId: body.id, months });
    if (answer.data) {
      notifyDone(t('rhythm.saved'));
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('rhythm.setTitle', { name: body.name })} fullScreenOnPhone={false}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <NumberInput
            label={t('rhythm.months')}
            description={t('rhythm.monthsHint')}
            min={1}
            max={120}
            value={months ?? ''}
            onChange={(value) => setMonths(typeof value === 'number' ? value : null)}
            data-autofocus
          />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching}>
            {common('save')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
