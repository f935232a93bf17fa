import { Button, Card, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { MemberQuery as MemberQueryResult } from '../gql/graphql';
import { useOrganisation } from '../organisations/organisation-context';
import { today } from '../ui/dates';
import { ErrorAlert } from '../ui/ErrorAlert';
import { DateField } from '../ui/DateField';
import { MemberEditForm } from './MemberEditForm';
import { ChangeRepresentativeMutation, RecordDepartureMutation, SetENoticeConsentMutation, SetVotingRightsMutation } from './members.operations';

type Member = MemberQueryResult['member'];

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Card withBorder>
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** What those who keep the register may change on a member: the record, the vote, the consent, the representative, the departure. */
export function MemberManagement({ member }: { member: Member }) {
  const organisation = useOrganisation();
  const { t } = useTranslation('members');
  const [editing, setEditing] = useState(false);
  const variables = { organisationId: organisation.id, memberId: member.id };

  const [votingResult, setVotingRights] = useMutation(SetVotingRightsMutation);
  const [reason, setReason] = useState('');
  const [consentResult, setConsent] = useMutation(SetENoticeConsentMutation);
  const [representativeResult, changeRepresentative] = useMutation(ChangeRepresentativeMutation);
  const [representativeName, setRepresentativeName] = useState('');
  const [representativeEmail, setRepresentativeEmail] = useState('');
  const [representativeSince, setRepresentativeSince] = useState<string | null>(today());
  const [departureResult, recordDeparture] = useMutation(RecordDepartureMutation);
  const [leftOn, setLeftOn] = useState<string | null>(today());

  const withdrawVote = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await setVotingRights({ ...variables, hasVotingRights: false, reason });
    if (answer.data) setReason('');
  };
  const submitRepresentative = async (event: FormEvent) => {
    event.preventDefault();
    const answer = await changeRepresentative({
      ...variables,
      representative: { name: representativeName, email: representativeEmail.trim() || null },
      sinceOn: representativeSince ?? '',
    });
    if (answer.data) {
      setRepresentativeName('');
      setRepresentativeEmail('');
    }
  };
  const submitDeparture = async (event: FormEvent) => {
    event.preventDefault();
    await recordDeparture({ ...variables, leftOn: leftOn ?? '' });
  };

  return (
    <SimpleGrid cols={{ base: 1, md: 2 }}>
      <Section title={t('detail.editTitle')}>
        {editing ? (
          <MemberEditForm member={member} onDone={() => setEditing(false)} />
        ) : (
          <Button variant="outline" onClick={() => setEditing(true)}>
            {t('detail.edit')}
          </Button>
        )}
      </Section>

      <Section title={t('detail.votingTitle')}>
        {member.hasVotingRights ? (
          <form onSubmit={(e) => void withdrawVote(e)}>
            <Stack>
              <TextInput
                label={t('fields.votingRightsReason')}
                description={t('fields.votingRightsReasonHint')}
                required
                value={reason}
                onChange={(e) => setReason(e.currentTarget.value)}
              />
              <ErrorAlert error={votingResult.error} />
              <Group>
                <Button type="submit" color="red" variant="outline" loading={votingResult.fetching}>
                  {t('detail.withdrawVote')}
                </Button>
              </Group>
            </Stack>
          </form>
        ) : (
          <Stack>
            <Text>{t('detail.noVote', { reason: member.votingRightsReason ?? '' })}</Text>
            <ErrorAlert error={votingResult.error} />
            <Group>
              <Button
                variant="outline"
                loading={votingResult.fetching}
                onClick={() => void setVotingRights({ ...variables, hasVotingRights: true, reason: null })}
              >
                {t('detail.grantVote')}
              </Button>
            </Group>
          </Stack>
        )}
      </Section>

      <Section title={t('detail.consentTitle')}>
        <Stack>
          <ErrorAlert error={consentResult.error} />
          <Group>
            <Button variant="outline" loading={consentResult.fetching} onClick={() => void setConsent({ ...variables, consent: !member.eNoticeConsent })}>
              {member.eNoticeConsent ? t('detail.withdrawConsent') : t('detail.giveConsent')}
            </Button>
          </Group>
        </Stack>
      </Section>

      {member.kind === 'legalEntity' && (
        <Section title={t('detail.changeRepresentative')}>
          <form onSubmit={(e) => void submitRepresentative(e)}>
            <Stack>
              <TextInput
                label={t('fields.representativeName')}
                required
                value={representativeName}
                onChange={(e) => setRepresentativeName(e.currentTarget.value)}
              />
              <TextInput
                label={t('fields.representativeEmail')}
                type="email"
                value={representativeEmail}
                onChange={(e) => setRepresentativeEmail(e.currentTarget.value)}
              />
              <DateField label={t('fields.representativeSince')} required value={representativeSince} onChange={setRepresentativeSince} />
              <ErrorAlert error={representativeResult.error} />
              <Group>
                <Button type="submit" variant="outline" loading={representativeResult.fetching}>
                  {t('detail.changeRepresentative')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Section>
      )}

      {!member.leftOn && (
        <Section title={t('detail.departureTitle')}>
          <form onSubmit={(e) => void submitDeparture(e)}>
            <Stack>
              <DateField label={t('fields.leftOn')} required value={leftOn} onChange={setLeftOn} />
              <ErrorAlert error={departureResult.error} />
              <Group>
                <Button type="submit" color="red" variant="outline" loading={departureResult.fetching}>
                  {t('detail.recordDeparture')}
                </Button>
              </Group>
            </Stack>
          </form>
        </Section>
      )}
    </SimpleGrid>
  );
}
