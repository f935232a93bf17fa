import { Button, Paper, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import type { GovernancePresetKind, LegalForm } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageTitle } from '../ui/PageTitle';
import { CreateOrganisationMutation } from './organisations.operations';

const LEGAL_FORMS: LegalForm[] = ['association', 'scop', 'scic', 'other'];
/** The presets a legal form may start from; the first is its default. */
const PRESETS: Record<LegalForm, GovernancePresetKind[]> = {
  association: ['association', 'steeringCommittee'],
  scop: ['scop', 'scopSarl'],
  scic: ['scic'],
  other: ['steeringCommittee', 'other'],
};

export function CreateOrganisationPage() {
  const { t } = useTranslation('organisations');
  const { t: common } = useTranslation('common');
  const navigate = useNavigate();
  const [name, setName] = useState('');
  const [legalForm, setLegalForm] = useState<LegalForm>('association');
  const [preset, setPreset] = useState<GovernancePresetKind>('association');
  const [registrationNumber, setRegistrationNumber] = useState('');
  const [address, setAddress] = useState('');
  const [result, create] = useMutation(CreateOrganisationMutation);

  const chooseLegalForm = (form: LegalForm) => {
    setLegalForm(form);
    setPreset(PRESETS[form][0]);
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await create({
      input: { name, legalForm, preset, registrationNumber: registrationNumber.trim() || null, address: address.trim() || null },
    });
    if (answer.data) void navigate(`/o/${answer.data.createOrganisation.id}`);
  };

  return (
    <>
      <PageTitle title={t('create.title')} description={t('create.intro')} />
      <Paper withBorder p="lg" maw={560}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <TextInput label={t('fields.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <Select
              label={t('fields.legalForm')}
              required
              allowDeselect={false}
              value={legalForm}
              onChange={(value) => value && chooseLegalForm(value)}
              data={LEGAL_FORMS.map((form) => ({ value: form, label: common(`legalForms.${form}`) }))}
            />
            <Select
              label={t('fields.preset')}
              description={t('fields.presetHint')}
              allowDeselect={false}
              value={preset}
              onChange={(value) => value && setPreset(value)}
              data={PRESETS[legalForm].map((kind) => ({ value: kind, label: t(`presets.${kind}`) }))}
            />
            <TextInput
              label={t('fields.registrationNumber')}
              description={t('fields.registrationNumberHint')}
              value={registrationNumber}
              onChange={(e) => setRegistrationNumber(e.currentTarget.value)}
            />
            <TextInput label={t('fields.address')} value={address} onChange={(e) => setAddress(e.currentTarget.value)} />
            <ErrorAlert error={result.error} />
            <Button type="submit" loading={result.fetching}>
              {t('create.submit')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
