import { Button, Checkbox, Stack } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { MemberPicker, type MemberChoice } from '../../members/MemberPicker';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { notifyDone } from '../../ui/notify';
import { RecordProxyMutation } from '../session.operations';

/** Records a proxy handed in on paper: who gives it, to whom (or blank); the api says why the rules refuse one. */
export function RecordProxyModal({ organisationId, meetingId, onClose }: { organisationId: string; meetingId: string; onClose: () => void }) {
  const { t } = useTranslation('meetings');
  const [principal, setPrincipal] = useState<MemberChoice | null>(null);
  const [holder, setHolder] = useState<MemberChoice | null>(null);
  const [blank, setBlank] = useState(false);
  const [result, record] = useMutation(RecordProxyMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!principal || (!blank && !holder)) return;
    const answer = await record({ organisationId, meetingId, principalMemberId: principal.id, holderMemberId: blank ? null : holder!.id });
    if (answer.data) {
      notifyDone(t('proxies.recorded', { name: principal.name }));
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('proxies.record')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <MemberPicker organisationId={organisationId} label={t('proxies.principal')} value={principal} onChange={setPrincipal} required />
          <Checkbox label={t('proxies.blankChoice')} description={t('proxies.blankHint')} checked={blank} onChange={(e) => setBlank(e.currentTarget.checked)} />
          {!blank && <MemberPicker organisationId={organisationId} label={t('proxies.holder')} value={holder} onChange={setHolder} required />}
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching} disabled={!principal || (!blank && !holder)}>
            {t('proxies.recordSubmit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
