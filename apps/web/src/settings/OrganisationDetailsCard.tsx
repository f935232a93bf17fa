import { Button, Card, Select, Stack, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { CurrentOrganisation } from '../organisations/organisation-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { UpdateOrganisationMutation } from './settings.operations';
import { notifyDone } from '../ui/notify';

const TIME_ZONES = Intl.supportedValuesOf('timeZone');

/** The organisation's name, address, registration number and time zone. */
export function OrganisationDetailsCard({ organisation, editable }: { organisation: CurrentOrganisation; editable: boolean }) {
  const { t } = useTranslation('settings');
  const { t: common } = useTranslation('common');
  const [name, setName] = useState(organisation.name);
  const [address, setAddress] = useState(organisation.address ?? '');
  const [registrationNumber, setRegistrationNumber] = useState(organisation.registrationNumber ?? '');
  const [timeZone, setTimeZone] = useState(organisation.timeZone);
  const [result, update] = useMutation(UpdateOrganisationMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await update({
      organisationId: organisation.id,
      input: { name, address: address.trim() || null, registrationNumber: registrationNumber.trim() || null, timeZone },
    });
    if (answer.data) notifyDone(t('organisation.saved'));
  };

  return (
    <Card withBorder component="section" aria-labelledby="settings-organisation">
      <Title order={2} size="h4" mb="sm" id="settings-organisation">
        {t('sections.organisation')}
      </Title>
      <form onSubmit={(e) => void submit(e)}>
        <Stack gap="sm">
          <TextInput label={t('organisation.name')} required readOnly={!editable} value={name} onChange={(e) => setName(e.currentTarget.value)} />
          <TextInput label={t('organisation.address')} readOnly={!editable} value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
          <TextInput
            label={t('organisation.registrationNumber')}
            description={t('organisation.registrationNumberHint')}
            readOnly={!editable}
            value={registrationNumber}
            onChange={(e) => setRegistrationNumber(e.currentTarget.value)}
          />
          <Select
            label={t('organisation.timeZone')}
            searchable
            allowDeselect={false}
            readOnly={!editable}
            value={timeZone}
            onChange={(value) => value && setTimeZone(value)}
            data={TIME_ZONES.includes(organisation.timeZone) ? TIME_ZONES : [organisation.timeZone, ...TIME_ZONES]}
            limit={50}
          />
          <ErrorAlert error={result.error} />
          {editable && (
            <Button type="submit" loading={result.fetching} style={{ alignSelf: 'flex-start' }}>
              {common('save')}
            </Button>
          )}
        </Stack>
      </form>
    </Card>
  );
}
