import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import type { MemberQuery as MemberQueryResult } from '../gql/graphql';
import { useOrganisation } from '../organisations/organisation-context';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DateField } from '../ui/DateField';
import { CollegesQuery, UpdateMemberMutation } from './members.operations';

type Member = MemberQueryResult['member'];

/** The record's own fields: name, e-mail, address, college, joining date. */
export function MemberEditForm({ member, onDone }: { member: Member; onDone: () => void }) {
  const organisation = useOrganisation();
  const { t } = useTranslation('members');
  const { t: common } = useTranslation('common');
  const [{ data: collegesData }] = useQuery({ query: CollegesQuery, variables: { organisationId: organisation.id } });
  const colleges = collegesData?.colleges ?? [];
  const [name, setName] = useState(member.name);
  const [email, setEmail] = useState(member.email ?? '');
  const [postalAddress, setPostalAddress] = useState(member.postalAddress ?? '');
  const [collegeId, setCollegeId] = useState<string | null>(member.college?.id ?? null);
  const [joinedOn, setJoinedOn] = useState<string | null>(member.joinedOn);
  const [result, update] = useMutation(UpdateMemberMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await update({
      organisationId: organisation.id,
      memberId: member.id,
      input: { name, email: email.trim() || null, postalAddress: postalAddress.trim() || null, collegeId, joinedOn: joinedOn ?? member.joinedOn },
    });
    if (answer.data) onDone();
  };

  return (
    <form onSubmit={(e) => void submit(e)}>
      <Stack>
        <TextInput label={t('fields.name')} required value={name} onChange={(e) => setName(e.currentTarget.value)} />
        <TextInput label={t('fields.email')} type="email" value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
        <TextInput label={t('fields.postalAddress')} value={postalAddress} onChange={(e) => setPostalAddress(e.currentTarget.value)} />
        {colleges.length > 0 && (
          <Select
            label={t('fields.college')}
            required
            allowDeselect={false}
            value={collegeId}
            onChange={setCollegeId}
            data={colleges.map((college) => ({ value: college.id, label: college.name }))}
          />
        )}
        <DateField label={t('fields.joinedOn')} required value={joinedOn} onChange={setJoinedOn} />
        <ErrorAlert error={result.error} />
        <Group>
          <Button type="submit" loading={result.fetching}>
            {common('save')}
          </Button>
          <Button variant="default" onClick={onDone}>
            {common('cancel')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
