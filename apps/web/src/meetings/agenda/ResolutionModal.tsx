import { Button, Checkbox, Stack, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AddResolutionMutation, UpdateResolutionMutation } from '../meetings.operations';
import type { AgendaItemView, ResolutionView } from './agenda-view';

export interface ResolutionEditing {
  item: AgendaItemView;
  resolution: ResolutionView | null;
}

/** Adds or edits a resolution under a deliberation: its title, its text, whether the board proposes it. */
export function ResolutionModal({
  organisationId,
  editing,
  onDone,
  onClose,
}: {
  organisationId: string;
  editing: ResolutionEditing;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('meetings');
  const existing = editing.resolution;
  const [title, setTitle] = useState(existing?.title ?? editing.item.title);
  const [text, setText] = useState(existing?.text ?? '');
  const [proposedByBoard, setProposedByBoard] = useState(existing?.proposedByBoard ?? true);
  const [added, add] = useMutation(AddResolutionMutation);
  const [updated, update] = useMutation(UpdateResolutionMutation);
  const result = existing ? updated : added;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const input = { title, text, proposedByBoard };
    const answer = existing
      ? await update({ organisationId, resolutionId: existing.id, input })
      : await add({ organisationId, itemId: editing.item.id, input });
    if (answer.data) {
      onDone();
      onClose();
    }
  };

  return (
    <Dialog opened onClose={onClose} title={existing ? t('resolutions.editTitle') : t('resolutions.newTitle')} size="lg">
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <TextInput label={t('resolutions.title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} />
          <Textarea label={t('resolutions.text')} required autosize minRows={4} value={text} onChange={(e) => setText(e.currentTarget.value)} data-autofocus />
          <Checkbox
            label={t('resolutions.proposedByBoard')}
            description={t('resolutions.proposedByBoardHint')}
            checked={proposedByBoard}
            onChange={(e) => setProposedByBoard(e.currentTarget.checked)}
          />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching}>
            {t('resolutions.save')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
