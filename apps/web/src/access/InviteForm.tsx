import { Alert, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { OrganisationRole } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { InviteMutation } from './access.operations';
import { MemberPicker, type MemberChoice } from '../members/MemberPicker';
import { roleOptions } from './role-options';

/** A member who already has an account cannot be invited again. */
const hasAccount = (member: { hasAccount: boolean }) => member.hasAccount;

/** Invites a person by e-mail with a role, optionally as one of the members. */
export function InviteForm({ organisationId }: { organisationId: string }) {
  const { t } = useTranslation('access');
  const { t: common } = useTranslation('common');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<OrganisationRole>('member');
  const [member, setMember] = useState<MemberChoice | null>(null);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const [result, invite] = useMutation(InviteMutation);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const answer = await invite({ organisationId, input: { email: email.trim(), role, memberId: member?.id ?? null } });
    if (answer.data) {
      setSentTo(answer.data.invite.email);
      setEmail('');
      setMember(null);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="access-invite">
      <Title order={2} size="h3" id="access-invite" mb={4}>
        {t('invite.title')}
      </Title>
      <Text c="dimmed" size="sm" mb="md">
        {t('invite.intro')}
      </Text>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label={t('invite.email')} type="email" autoComplete="off" required value={email} onChange={(e) => setEmail(e.currentTarget.value)} />
            <Select
              label={t('invite.role')}
              required
              data={roleOptions(common)}
              value={role}
              allowDeselect={false}
              onChange={(value) => value && setRole(value)}
            />
          </SimpleGrid>
          <MemberPicker
            key={sentTo ?? ''}
            organisationId={organisationId}
            label={t('invite.member')}
            description={t('invite.memberHint')}
            value={member}
            onChange={setMember}
            unavailable={hasAccount}
          />
          <ErrorAlert error={result.error} />
          {sentTo && (
            <Alert color="teal" role="status">
              {t('invite.sent', { email: sentTo })}
            </Alert>
          )}
          <Group>
            <Button type="submit" loading={result.fetching}>
              {t('invite.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Card>
  );
}
