import { Alert, Button, Card, Group, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { BallotFieldsFragment } from '../gql/graphql';

export interface ReceiptAnswer {
  found: boolean;
  choices: string[];
  error: string | null;
}

/** After close: a voter types their receipt and sees whether their ballot is in the sealed box, and the seal. */
export function ReceiptCheck({
  ballot,
  check,
  headingLevel = 3,
}: {
  ballot: BallotFieldsFragment;
  check: (receipt: string) => Promise<ReceiptAnswer>;
  headingLevel?: 2 | 3 | 4;
}) {
  const { t } = useTranslation('voting');
  const [receipt, setReceipt] = useState('');
  const [answer, setAnswer] = useState<ReceiptAnswer | null>(null);
  const [checking, setChecking] = useState(false);
  const headingId = `receipt-${ballot.id}`;
  const labelOf = (id: string) => ballot.options.find((option) => option.id === id)?.label ?? id;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!receipt.trim()) return;
    setChecking(true);
    setAnswer(await check(receipt.trim().toUpperCase()));
    setChecking(false);
  };

  return (
    <Card withBorder component="section" aria-labelledby={headingId}>
      <Title order={headingLevel} size="h5" id={headingId} mb="xs">
        {t('receipt.heading')}
      </Title>
      <Stack gap="sm">
        <Text size="sm">{t('receipt.intro')}</Text>
        <form onSubmit={(event) => void submit(event)}>
          <Group align="flex-end" gap="sm">
            <TextInput
              label={t('receipt.field')}
              value={receipt}
              onChange={(event) => setReceipt(event.currentTarget.value)}
              ff="monospace"
              placeholder="XXXX-XXXX-XXXX-XXXX"
              autoComplete="off"
              style={{ flex: 1, minWidth: 200 }}
            />
            <Button type="submit" loading={checking}>
              {t('receipt.check')}
            </Button>
          </Group>
        </form>
        <div aria-live="polite">
          {answer?.error && (
            <Alert color="red" role="alert">
              {answer.error}
            </Alert>
          )}
          {answer && !answer.error && (
            <Alert color={answer.found ? 'green' : 'orange'} variant="light">
              <Text c="dark.9">
                {answer.found
                  ? t('receipt.found', { choices: answer.choices.length ? answer.choices.map(labelOf).join(', ') : t('vote.blank') })
                  : t('receipt.notFound')}
              </Text>
            </Alert>
          )}
        </div>
        {ballot.boxSeal && (
          <Text size="xs" ff="monospace" style={{ wordBreak: 'break-all' }}>
            {t('receipt.seal', { seal: ballot.boxSeal })}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
