import { Button, Checkbox, Fieldset, Paper, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import type { MemberKind } from '../gql/graphql';
import { useOrganisation } from '../organisations/organisation-context';
import { today } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { PageTitle } from '../ui/PageTitle';
import { DateField } from '../ui/DateField';
import { AddMemberMutation, CollegesQuery } from './members.operations';

const KINDS: MemberKind[] = ['naturalPerson', 'legalEntity'];

/** A new member: a person, or a legal entity with the person who represents it. */
export function NewMemberPage() {
  const organisation = useOrganisation();
  const { t } = useTranslation('members');
  const { t: common } = useTranslation('common');
  const navigate = useNavigate();
  const [{ data: collegesData }] = useQuery({ query: CollegesQuery, variables: { organisationId: organisation.id } });
  const colleges = collegesData?.colleges ?? [];
  const [kind, setKind] = useState<MemberKind>('naturalPerson');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [postalAddress, setPostalAddress] = useState('');
  const [collegeId, setCollegeId] = useState<string | null>(null);
  const [joinedOn, setJoinedOn] = useState<string | null>(today());
  const [hasVotingRights, setHasVotingRights] = useState(true);
  const [votingRightsReason, setVotingRightsReason] = useState('');
  const [eNoticeConsent, setENoticeConsent] = useState(false);
  const [representativeName, setRepresentativeName] = useState('');
  const [representativeEmail, setRepresentativeEmail] = useState('');
  const [result, add] = useMutation(AddMemberMutation);
  const legalEntity = kind === 'legalEntity';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await add({
      organisationId: organisation.id,
      input: {
        kind,
        name,
        email: email.trim() || null,
        postalAddress: postalAddress.trim() || null,
        joinedOn: joinedOn ?? '',
        collegeId,
        hasVotingRights,
        votingRightsReason: hasVotingRights ? null : votingRightsReason,
        eNoticeConsent,
        representative: legalEntity && representativeName.trim() ? { name: representativeName, email: representativeEmail.trim() || null } : null,
      },
    });
    if (answer.data) void navigate(`/o/${organisation.id}/members/${answer.data.addMember.id}`);
  };

  return (
    <>
      <PageTitle title={t('newTitle')} />
      <Paper withBorder p="lg" maw={620}>
        <form onSubmit={(e) => void submit(e)}>
          <Stack>
            <Stack gap={4}>
              <Text size="sm" fw={500} id="member-kind-label">
                {t('fields.kind')}
              </Text>
              <SegmentedControl
                aria-labelledby="member-kind-label"
                value={kind}
                onChange={setKind}
                data={KINDS.map((value) => ({ value, label: common(`memberKinds.${value}`) }))}
              />
            </Stack>
            <TextInput label={legalEntity ? t('fields.legalName') : t('fields.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
            <TextInput label={t('fields.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <TextInput label={t('fields.postalAddress')} value={postalAddress} onChange={(e) => setPostalAddress(e.currentTarget.value)} />
            {colleges.length > 0 && (
              <Select
                label={t('fields.college')}
                required
                value={collegeId}
                onChange={setCollegeId}
                data={colleges.map((college) => ({ value: college.id, label: college.name }))}
              />
            )}
            <DateField label={t('fields.joinedOn')} required value={joinedOn} onChange={setJoinedOn} />
            <Checkbox label={t('fields.hasVotingRights')} checked={hasVotingRights} onChange={(e) => setHasVotingRights(e.currentTarget.checked)} />
            {!hasVotingRights && (
              <TextInput
                label={t('fields.votingRightsReason')}
                description={t('fields.votingRightsReasonHint')}
                required
                value={votingRightsReason}
                onChange={(e) => setVotingRightsReason(e.currentTarget.value)}
              />
            )}
            <Checkbox label={t('fields.eNoticeConsent')} checked={eNoticeConsent} onChange={(e) => setENoticeConsent(e.currentTarget.checked)} />
            {legalEntity && (
              <Fieldset legend={t('representativeSection')}>
                <Stack>
                  <Text size="sm" c="dimmed">
                    {t('representativeIntro')}
                  </Text>
                  <TextInput label={t('fields.representativeName')} value={representativeName} onChange={(e) => setRepresentativeName(e.currentTarget.value)} />
                  <TextInput
                    label={t('fields.representativeEmail')}
                    type="email"
                    value={representativeEmail}
                    onChange={(e) => setRepresentativeEmail(e.currentTarget.value)}
                  />
                </Stack>
              </Fieldset>
            )}
            <ErrorAlert error={result.error} />
            <Button type="submit" loading={result.fetching}>
              {t('submitAdd')}
            </Button>
          </Stack>
        </form>
      </Paper>
    </>
  );
}
