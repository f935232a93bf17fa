import { Alert, Button, Card, Radio, Select, Stack, Text, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import type { ConvocationAnswer, PersonalMeetingFieldsFragment } from '../gql/graphql';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import { ReplyToConvocationMutation } from './personal.operations';

const ANSWERS: ConvocationAnswer[] = ['attendingInPerson', 'attendingRemotely', 'absent', 'proxy', 'blankProxy'];

/** My reply: present (in person or remotely), excused, or represented by a proxy; it can change until the meeting opens. */
export function ReplyCard({ link, meeting }: { link: string; meeting: PersonalMeetingFieldsFragment }) {
  const { t } = useTranslation('personal');
  const [answer, setAnswer] = useState<ConvocationAnswer | null>(meeting.reply ?? null);
  const [holder, setHolder] = useState<string | null>(meeting.proxyGiven?.holderMemberId ?? null);
  const [missingHolder, setMissingHolder] = useState(false);
  const [editing, setEditing] = useState(!meeting.reply);
  const [result, reply] = useMutation(ReplyToConvocationMutation);

  const current = meeting.reply
    ? t('reply.current', {
        answer:
          meeting.reply === 'proxy' && meeting.proxyGiven?.holderName
            ? `${t('reply.answers.proxy')} (${t('reply.proxyTo', { name: meeting.proxyGiven.holderName })})`
            : t(`reply.answers.${meeting.reply}`),
      })
    : t('reply.none');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!answer) return;
    if (answer === 'proxy' && !holder) {
      setMissingHolder(true);
      return;
    }
    const outcome = await reply({ link, input: { answer, holderMemberId: answer === 'proxy' ? holder : null } });
    if (outcome.data) {
      notifyDone(t('reply.saved'));
      setEditing(false);
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="personal-reply">
      <Title order={2} size="h4" id="personal-reply" mb="sm">
        {t('reply.heading')}
      </Title>
      <Stack gap="sm">
        <Text aria-live="polite">{current}</Text>
        {!meeting.canReply ? (
          meeting.status === 'open' && <Alert color="gray">{t('reply.closed')}</Alert>
        ) : editing ? (
          <form onSubmit={(event) => void submit(event)}>
            <Stack gap="sm">
              <Radio.Group label={t('reply.choose')} value={answer ?? ''} onChange={(value) => setAnswer(value as ConvocationAnswer)} required>
                <Stack gap="xs" mt="xs">
                  {ANSWERS.map((candidate) => (
                    <Radio key={candidate} value={candidate} label={t(`reply.answers.${candidate}`)} />
                  ))}
                </Stack>
              </Radio.Group>
              {answer === 'proxy' && (
                <Select
                  label={t('reply.holder')}
                  placeholder={t('reply.holderPlaceholder')}
                  data={meeting.proxyCandidates.map((candidate) => ({ value: candidate.memberId, label: candidate.name }))}
                  value={holder}
                  onChange={(value) => {
                    setHolder(value);
                    setMissingHolder(false);
                  }}
                  searchable
                  required
                  error={missingHolder ? t('reply.holderRequired') : undefined}
                  comboboxProps={{ withinPortal: true }}
                />
              )}
              {answer === 'blankProxy' && <Text size="sm">{t('reply.blankHelp')}</Text>}
              <ErrorAlert error={result.error} />
              <Button type="submit" loading={result.fetching} disabled={!answer} style={{ alignSelf: 'flex-start' }}>
                {t('reply.send')}
              </Button>
            </Stack>
          </form>
        ) : (
          <Button variant="outline" onClick={() => setEditing(true)} style={{ alignSelf: 'flex-start' }}>
            {t('reply.change')}
          </Button>
        )}
      </Stack>
    </Card>
  );
}
