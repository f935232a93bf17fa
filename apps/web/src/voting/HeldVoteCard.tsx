import { Alert, Badge, Button, Card, Checkbox, CopyButton, Group, Radio, Stack, Text, Title } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotFieldsFragment, HeldVoteFieldsFragment } from '../gql/graphql';
import type { CastOutcome, CastVote } from './cast-vote';

type Step = 'choose' | 'confirm' | 'done';

/**
 * One vote I hold on an open ballot (mine, or one held by proxy): the options (a radio for
 * one choice, boxes for several), a confirmation, then the receipt to keep. The key of an
 * attempt is made when its choices are confirmed and kept for its retries, so an answer
 * lost on the way does not vote twice; changing the choices starts a new attempt.
 */
export function HeldVoteCard({
  ballot,
  vote,
  cast,
  onCast,
  headingLevel = 3,
}: {
  ballot: BallotFieldsFragment;
  vote: HeldVoteFieldsFragment;
  cast: CastVote;
  onCast: (receipt: string) => void;
  headingLevel?: 3 | 4;
}) {
  const { t } = useTranslation('voting');
  const [step, setStep] = useState<Step>(vote.cast ? 'done' : 'choose');
  const [choices, setChoices] = useState<string[]>([]);
  const [attemptKey, setAttemptKey] = useState<string | null>(null);
  const [outcome, setOutcome] = useState<CastOutcome | null>(null);
  const [sending, setSending] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstRender = useRef(true);
  const single = ballot.maxChoices === 1 && ballot.minChoices >= 1;
  const valid = choices.length >= ballot.minChoices && choices.length <= ballot.maxChoices;
  const labelOf = (id: string) => ballot.options.find((option) => option.id === id)?.label ?? id;
  const whose = vote.via === 'own' ? t('vote.own') : t(vote.via === 'proxy' ? 'vote.proxy' : 'vote.blankProxy', { name: vote.memberName });
  const headingId = `vote-${ballot.id}-${vote.memberId}`;
  const receipt = outcome?.receipt ?? null;

  // Each step moves the keyboard's focus to its heading, so the next action is one Tab away.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    headingRef.current?.focus();
  }, [step]);

  const confirm = async () => {
    const key = attemptKey ?? crypto.randomUUID();
    setAttemptKey(key);
    setSending(true);
    const answer = await cast({ ballotId: ballot.id, choices, forMemberId: vote.via === 'own' ? null : vote.memberId, key });
    setSending(false);
    setOutcome(answer);
    if (answer.receipt) {
      setStep('done');
      onCast(answer.receipt);
    }
  };

  const restart = () => {
    setChoices([]);
    setAttemptKey(null);
    setOutcome(null);
    setStep('choose');
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId} padding="md">
      <Group justify="space-between" mb="sm" wrap="nowrap">
        <Title order={headingLevel} size="h5" id={headingId} ref={headingRef} tabIndex={-1}>
          {whose}
        </Title>
        {(vote.cast || receipt) && (
          <Badge color="teal.9" variant="outline" radius="sm" miw="max-content">
            {t('vote.done')}
          </Badge>
        )}
      </Group>

      {step === 'choose' && (
        <Stack gap="md">
          {single ? (
            <Radio.Group
              value={choices[0] ?? ''}
              onChange={(value) => setChoices([value])}
              label={ballot.question || ballot.title}
              description={t('vote.oneChoice')}
            >
              <Stack gap="sm" mt="xs">
                {ballot.options.map((option) => (
                  <Radio key={option.id} value={option.id} label={option.label} size="md" />
                ))}
              </Stack>
            </Radio.Group>
          ) : (
            <Checkbox.Group
              value={choices}
              onChange={setChoices}
              label={ballot.question || ballot.title}
              description={choiceRule(t, ballot.minChoices, ballot.maxChoices)}
            >
              <Stack gap="sm" mt="xs">
                {ballot.options.map((option) => (
                  <Checkbox
                    key={option.id}
                    value={option.id}
                    label={option.label}
                    size="md"
                    disabled={!choices.includes(option.id) && choices.length >= ballot.maxChoices}
                  />
                ))}
              </Stack>
            </Checkbox.Group>
          )}
          {!single && (
            <Text size="sm" aria-live="polite">
              {t('vote.chosenCount', { count: choices.length })}
            </Text>
          )}
          <Button onClick={() => setStep('confirm')} disabled={!valid} size="md" fullWidth>
            {t('vote.next')}
          </Button>
        </Stack>
      )}

      {step === 'confirm' && (
        <Stack gap="md">
          <Text fw={700}>{t('vote.confirmHeading')}</Text>
          <Text>{t('vote.confirmText', { choices: choices.length ? choices.map(labelOf).join(', ') : t('vote.blank') })}</Text>
          <Alert color={ballot.secret ? 'orange' : 'blue'} variant="light">
            <Text c="dark.9" size="sm">
              {ballot.secret ? t('vote.secretFinal') : t('vote.publicChangeable')}
            </Text>
          </Alert>
          {outcome?.error && (
            <Alert color="red" role="alert">
              {outcome.error}
            </Alert>
          )}
          <Button onClick={() => void confirm()} loading={sending} size="md" fullWidth>
            {t('vote.confirm')}
          </Button>
          <Button variant="default" onClick={restart} disabled={sending} size="md" fullWidth>
            {t('vote.edit')}
          </Button>
        </Stack>
      )}

      {step === 'done' && (
        <Stack gap="sm">
          {receipt ? (
            <>
              <Text fw={700}>{t('vote.receiptHeading')}</Text>
              <Text>{t('vote.receiptText')}</Text>
              <Text ff="monospace" fz="xl" fw={700} data-testid="receipt" style={{ letterSpacing: '0.05em' }}>
                {receipt}
              </Text>
              <CopyButton value={receipt}>
                {({ copied, copy }) => (
                  <Button variant="outline" onClick={copy} size="md">
                    {copied ? t('vote.copied') : t('vote.copy')}
                  </Button>
                )}
              </CopyButton>
              <Text size="sm">{t('vote.receiptAdvice')}</Text>
            </>
          ) : (
            <Text>{ballot.secret ? t('vote.alreadyCastSecret') : t('vote.alreadyCast')}</Text>
          )}
          {!ballot.secret && ballot.status === 'open' && (
            <Button variant="default" onClick={restart} size="md">
              {t('vote.change')}
            </Button>
          )}
        </Stack>
      )}
    </Card>
  );
}

function choiceRule(t: (key: string, values?: Record<string, unknown>) => string, min: number, max: number): string {
  if (min === max) return t('vote.exactChoices', { max });
  if (min === 0) return `${t('vote.upToChoices', { max })} ${t('vote.blankAllowed')}`;
  return t('vote.severalChoices', { min, max });
}
