import { Button, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MandateRole } from '../gql/graphql';
import { DateField } from '../ui/DateField';
import { today } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { AppointMandateMutation } from './bodies.operations';
import { MANDATE_ROLES } from './mandate-roles';
import { MemberPicker, type MemberChoice } from '../members/MemberPicker';
import { Dialog } from '../ui/Dialog';

/** Appoints a member to a role in the body; the term, left empty, is the governance profile's (the api computes it). */
export function AppointMandateModal({ organisationId, bodyId, onClose }: { organisationId: string; bodyId: string; onClose: () => void }) {
  const { t } = useTranslation('bodies');
  const { t: common } = useTranslation('common');
  const [member, setMember] = useState<MemberChoice | null>(null);
  const [role, setRole] = useState<MandateRole>('director');
  const [startOn, setStartOn] = useState<string | null>(today());
  const [termEndOn, setTermEndOn] = useState<string | null>(null);
  const [appointedBy, setAppointedBy] = useState('');
  const [result, appoint] = useMutation(AppointMandateMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!member || !startOn) return;
    const answer = await appoint({
      organisationId,
      input: { bodyId, memberId: member.id, role, startOn, termEndOn, appointedBy: appointedBy.trim() || null },
    });
    if (answer.data) {
      notifyDone(t('appoint.done', { name: member.name, role: common(`mandateRoles.${role}`) }));
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t('appoint.title')}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <MemberPicker organisationId={organisationId} label={t('appoint.member')} value={member} onChange={setMember} required />
          <Select
            label={t('appoint.role')}
            required
            allowDeselect={false}
            value={role}
            onChange={(value) => value && setRole(value)}
            data={MANDATE_ROLES.map((value) => ({ value, label: common(`mandateRoles.${value}`) }))}
          />
          <DateField label={t('appoint.startOn')} required value={startOn} onChange={setStartOn} />
          <DateField label={t('appoint.termEndOn')} description={t('appoint.termEndHint')} clearable value={termEndOn} onChange={setTermEndOn} />
          <TextInput
            label={t('appoint.appointedBy')}
            description={t('appoint.appointedByHint')}
            value={appointedBy}
            onChange={(e) => setAppointedBy(e.currentTarget.value)}
          />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching} disabled={!member || !startOn}>
            {t('appoint.submit')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
