import { ActionIcon, Button, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../ui/Dialog';
import { ErrorAlert } from '../ui/ErrorAlert';
import { notifyDone } from '../ui/notify';
import type { BallotSettings } from './ballot-settings';
import { BallotSettingsFields } from './BallotSettingsFields';
import { CreateBallotMutation } from './voting.operations';

/** A new choice among options, or an election of N seats among candidates, in a meeting. */
export function BallotFormDialog({
  organisationId,
  meetingId,
  kind,
  rollBasis,
  onClose,
}: {
  organisationId: string;
  meetingId: string;
  kind: 'choice' | 'election';
  rollBasis: BallotSettings['rollBasis'];
  onClose: () => void;
}) {
  const { t } = useTranslation('voting');
  const election = kind === 'election';
  const [title, setTitle] = useState('');
  const [question, setQuestion] = useState('');
  const [options, setOptions] = useState(['', '']);
  const [seats, setSeats] = useState<number>(1);
  const [minChoices, setMinChoices] = useState<number>(1);
  const [maxChoices, setMaxChoices] = useState<number>(1);
  const [settings, setSettings] = useState<BallotSettings>({ secret: election, resultsVisibility: election ? 'atClose' : 'live', rollBasis });
  const [tooFew, setTooFew] = useState(false);
  const [result, create] = useMutation(CreateBallotMutation);
  const optionKey = election ? 'form.candidate' : 'form.option';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const labels = options.map((option) => option.trim()).filter(Boolean);
    setTooFew(labels.length < 2);
    if (labels.length < 2) return;
    const outcome = await create({
      organisationId,
      input: {
        kind,
        meetingId,
        title: title.trim(),
        question: question.trim() || null,
        options: labels.map((label) => ({ label })),
        ...(election ? { seats, maxChoices: seats } : { minChoices, maxChoices }),
        ...settings,
      },
    });
    if (outcome.data) {
      notifyDone(t('console.prepared'));
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={t(election ? 'form.electionTitle' : 'form.choiceTitle')} size="lg">
      <form onSubmit={(event) => void submit(event)}>
        <Stack gap="md">
          <TextInput label={t('form.title')} required value={title} onChange={(event) => setTitle(event.currentTarget.value)} />
          <Textarea label={t('form.question')} value={question} onChange={(event) => setQuestion(event.currentTarget.value)} autosize minRows={2} />
          <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
            <Text component="legend" fw={500} size="sm">
              {t(election ? 'form.candidates' : 'form.options')}
            </Text>
            {options.map((option, index) => (
              <Group key={index} gap="xs" wrap="nowrap" align="flex-end">
                <TextInput
                  label={t(optionKey, { number: index + 1 })}
                  value={option}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    setOptions((current) => current.map((item, i) => (i === index ? value : item)));
                  }}
                  style={{ flex: 1 }}
                />
                {options.length > 2 && (
                  <ActionIcon
                    variant="subtle"
                    color="red.8"
                    size="lg"
                    aria-label={t('form.removeOption', { number: index + 1 })}
                    onClick={() => setOptions((current) => current.filter((_, i) => i !== index))}
                  >
                    ×
                  </ActionIcon>
                )}
              </Group>
            ))}
            <Button variant="subtle" onClick={() => setOptions((current) => [...current, ''])} style={{ alignSelf: 'flex-start' }}>
              {t(election ? 'form.addCandidate' : 'form.addOption')}
            </Button>
            {tooFew && (
              <Text c="red.8" size="sm" role="alert">
                {t('form.atLeastTwo')}
              </Text>
            )}
          </Stack>
          {election ? (
            <NumberInput label={t('form.seats')} min={1} value={seats} onChange={(value) => setSeats(Number(value) || 1)} />
          ) : (
            <Group grow>
              <NumberInput label={t('form.minChoices')} min={0} value={minChoices} onChange={(value) => setMinChoices(Number(value) || 0)} />
              <NumberInput label={t('form.maxChoices')} min={1} value={maxChoices} onChange={(value) => setMaxChoices(Number(value) || 1)} />
            </Group>
          )}
          <BallotSettingsFields value={settings} onChange={setSettings} />
          <ErrorAlert error={result.error} />
          <Group justify="flex-end">
            <Button type="submit" loading={result.fetching}>
              {t('form.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
