import { Button, NumberInput, SegmentedControl, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Dialog } from '../../ui/Dialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { AddAgendaItemMutation, UpdateAgendaItemMutation } from '../meetings.operations';
import type { AgendaItemKind, AgendaItemView } from './agenda-view';

const KINDS: AgendaItemKind[] = ['information', 'deliberation', 'election'];

/** What the dialog edits: a new item (at the top level or under a parent), or an existing one. */
export type AgendaItemEditing = { mode: 'add'; parent: AgendaItemView | null } | { mode: 'edit'; item: AgendaItemView };

/** Adds or edits an agenda item: title, kind, presenter, planned duration, description. */
export function AgendaItemModal({
  organisationId,
  meetingId,
  editing,
  onDone,
  onClose,
}: {
  organisationId: string;
  meetingId: string;
  editing: AgendaItemEditing;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('meetings');
  const item = editing.mode === 'edit' ? editing.item : null;
  const [title, setTitle] = useState(item?.title ?? '');
  const [kind, setKind] = useState<AgendaItemKind>(item?.kind ?? 'information');
  const [presenterName, setPresenterName] = useState(item?.presenterName ?? '');
  const [plannedMinutes, setPlannedMinutes] = useState<number | null>(item?.plannedMinutes ?? null);
  const [description, setDescription] = useState(item?.description ?? '');
  const [added, add] = useMutation(AddAgendaItemMutation);
  const [updated, update] = useMutation(UpdateAgendaItemMutation);
  const result = item ? updated : added;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const fields = { title, kind, presenterName: presenterName.trim() || null, plannedMinutes, description: description.trim() || null };
    const answer = item
      ? await update({ organisationId, itemId: item.id, input: fields })
      : await add({ organisationId, meetingId, input: { ...fields, parentId: editing.mode === 'add' ? (editing.parent?.id ?? null) : null } });
    if (answer.data) {
      onDone();
      onClose();
    }
  };

  const heading = item
    ? t('agenda.editTitle')
    : editing.mode === 'add' && editing.parent
      ? t('agenda.newSubTitle', { title: editing.parent.title })
      : t('agenda.newTitle');
  return (
    <Dialog opened onClose={onClose} title={heading}>
      <form onSubmit={(e) => void submit(e)}>
        <Stack>
          <TextInput label={t('agenda.title')} required value={title} onChange={(e) => setTitle(e.currentTarget.value)} data-autofocus />
          <Stack gap={4}>
            <Text size="sm" fw={500} id="agenda-kind-label">
              {t('agenda.kind')}
            </Text>
            <SegmentedControl
              aria-labelledby="agenda-kind-label"
              fullWidth
              value={kind}
              onChange={(value) => setKind(value)}
              data={KINDS.map((value) => ({ value, label: t(`agenda.kinds.${value}`) }))}
            />
          </Stack>
          <TextInput
            label={t('agenda.presenter')}
            description={t('agenda.presenterHint')}
            value={presenterName}
            onChange={(e) => setPresenterName(e.currentTarget.value)}
          />
          <NumberInput
            label={t('agenda.duration')}
            min={1}
            max={1440}
            step={5}
            value={plannedMinutes ?? ''}
            onChange={(minutes) => setPlannedMinutes(typeof minutes === 'number' ? minutes : null)}
          />
          <Textarea label={t('agenda.description')} autosize minRows={2} value={description} onChange={(e) => setDescription(e.currentTarget.value)} />
          <ErrorAlert error={result.error} />
          <Button type="submit" loading={result.fetching}>
            {t('agenda.save')}
          </Button>
        </Stack>
      </form>
    </Dialog>
  );
}
