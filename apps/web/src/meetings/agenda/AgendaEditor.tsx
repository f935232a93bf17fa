import { Alert, Button, Card, Group, List, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ErrorAlert } from '../../ui/ErrorAlert';
import { QueryState } from '../../ui/QueryState';
import { formatDateTime } from '../../ui/dates';
import { AgendaQuery, MoveAgendaItemMutation, RemoveAgendaItemMutation, RemoveResolutionMutation } from '../meetings.operations';
import { AgendaItemModal, type AgendaItemEditing } from './AgendaItemModal';
import type { AgendaItemActions } from './AgendaItemCard';
import { AgendaTree } from './AgendaTree';
import {
  agendaView,
  formatMinutes,
  movedAgenda,
  plannedMinutes,
  renumbered,
  resolutionNumbers,
  siblingsOf,
  type AgendaItemView,
  type ResolutionView,
} from './agenda-view';
import { ResolutionModal, type ResolutionEditing } from './ResolutionModal';

type Removing = { item: AgendaItemView } | { resolution: ResolutionView; number: number };

/**
 * The agenda of a meeting, and for those who prepare it, its editor: add, edit, nest, remove
 * items; move them by dragging or with the keyboard (the move buttons, or the drag handle with
 * Space and the arrows); resolutions under deliberations. Once convened, the amendments show.
 */
export function AgendaEditor({ organisationId, meetingId, manages }: { organisationId: string; meetingId: string; manages: boolean }) {
  const { t, i18n } = useTranslation('meetings');
  const context = useMemo(() => ({ additionalTypenames: ['AgendaItem', 'Resolution', 'AgendaAmendment'] }), []);
  const [{ data, fetching, error }, refetch] = useQuery({ query: AgendaQuery, variables: { organisationId, meetingId }, context });
  const reload = () => refetch({ requestPolicy: 'network-only' });
  const [moved, move] = useMutation(MoveAgendaItemMutation);
  const [removedItem, removeItem] = useMutation(RemoveAgendaItemMutation);
  const [removedResolution, removeResolution] = useMutation(RemoveResolutionMutation);
  const [editingItem, setEditingItem] = useState<AgendaItemEditing | null>(null);
  const [editingResolution, setEditingResolution] = useState<ResolutionEditing | null>(null);
  const [removing, setRemoving] = useState<Removing | null>(null);
  // The order shown while a move is on its way to the api: until the agenda is read again.
  const [pending, setPending] = useState<{ items: AgendaItemView[]; over: AgendaItemView[] } | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [focusAfterMove, setFocusAfterMove] = useState<{ id: string; direction: 'up' | 'down' } | null>(null);
  const meeting = data?.meeting;
  const loaded = useMemo(() => agendaView(meeting?.agenda ?? []), [meeting]);
  const items = pending?.over === loaded ? pending.items : loaded;
  const numbers = useMemo(() => resolutionNumbers(items), [items]);
  const editable = manages && !!meeting && (meeting.status === 'draft' || meeting.status === 'convened');
  const total = plannedMinutes(items);

  // After a move by its buttons, the focus stays on the moved item (its button may have gone
  // disabled at the top or bottom), through the agenda's reloads, until the person goes elsewhere.
  useEffect(() => {
    if (!focusAfterMove) return;
    const active = document.activeElement;
    const stillOnMoved = active instanceof HTMLElement && active.id.endsWith(`-${focusAfterMove.id}`);
    if (active && active !== document.body && !stillOnMoved) {
      setFocusAfterMove(null);
      return;
    }
    const preferred = document.getElementById(`move-${focusAfterMove.direction}-${focusAfterMove.id}`) as HTMLButtonElement | null;
    const other = document.getElementById(`move-${focusAfterMove.direction === 'up' ? 'down' : 'up'}-${focusAfterMove.id}`) as HTMLButtonElement | null;
    (preferred && !preferred.disabled ? preferred : other)?.focus();
  }, [focusAfterMove, items]);

  const moveTo = async (id: string, parentId: string | null, position: number) => {
    const next = renumbered(movedAgenda(items, id, parentId, position));
    setPending({ items: next, over: loaded });
    const placed = siblingsOf(next, id);
    const item = placed?.siblings.find((sibling) => sibling.id === id);
    if (item) setAnnouncement(t('agenda.moved', { title: item.title, position: item.number }));
    const answer = await move({ organisationId, itemId: id, parentId, position });
    if (answer.error) setPending(null);
    reload();
  };

  const actions: AgendaItemActions | null = editable
    ? {
        moveBy: (item, offset) => {
          const place = siblingsOf(items, item.id);
          if (!place) return;
          const index = place.siblings.findIndex((sibling) => sibling.id === item.id) + offset;
          if (index < 0 || index >= place.siblings.length) return;
          setFocusAfterMove({ id: item.id, direction: offset < 0 ? 'up' : 'down' });
          void moveTo(item.id, place.parentId, index);
        },
        edit: (item) => setEditingItem({ mode: 'edit', item }),
        addChild: (item) => setEditingItem({ mode: 'add', parent: item }),
        remove: (item) => setRemoving({ item }),
        addResolution: (item) => setEditingResolution({ item, resolution: null }),
        editResolution: (item, resolution) => setEditingResolution({ item, resolution }),
        removeResolution: (resolution) => setRemoving({ resolution, number: numbers.get(resolution.id) ?? 0 }),
      }
    : null;

  const confirmRemove = async () => {
    if (!removing) return;
    const answer =
      'item' in removing
        ? await removeItem({ organisationId, itemId: removing.item.id })
        : await removeResolution({ organisationId, resolutionId: removing.resolution.id });
    if (answer.data) {
      setRemoving(null);
      reload();
    }
  };

  return (
    <Card withBorder component="section" aria-labelledby="agenda-heading">
      <Group justify="space-between" mb="sm">
        <Stack gap={2}>
          <Title order={2} size="h4" id="agenda-heading">
            {t('agenda.heading')}
          </Title>
          {total > 0 && (
            <Text size="sm" c="dimmed">
              {t('agenda.totalDuration', { duration: formatMinutes(total) })}
            </Text>
          )}
        </Stack>
        {editable && <Button onClick={() => setEditingItem({ mode: 'add', parent: null })}>{t('agenda.add')}</Button>}
      </Group>
      <Stack gap="sm">
        {meeting?.amendedSinceConvocation && (
          <Alert color="orange" role="status">
            <Text fw={700}>{t('agenda.amended')}</Text>
            <Text size="sm">{t('agenda.amendedHint')}</Text>
            <List size="sm" mt={4}>
              {meeting.amendments.map((amendment) => (
                <List.Item key={amendment.id}>
                  {formatDateTime(amendment.recordedAt, '·')} — {i18n.language === 'en' ? amendment.descriptionEn : amendment.descriptionFr}
                </List.Item>
              ))}
            </List>
          </Alert>
        )}
        {manages && meeting && !editable && <Text c="dimmed">{t('agenda.frozen')}</Text>}
        <ErrorAlert error={moved.error} />
        <QueryState fetching={fetching} error={error} empty={meeting ? items.length === 0 : undefined} emptyText={t('agenda.empty')}>
          <AgendaTree items={items} actions={actions} onMove={(id, parentId, position) => void moveTo(id, parentId, position)} resolutionNumbers={numbers} />
        </QueryState>
        <VisuallyHidden role="status" aria-live="polite">
          {announcement}
        </VisuallyHidden>
      </Stack>

      {editingItem && (
        <AgendaItemModal
          organisationId={organisationId}
          meetingId={meetingId}
          editing={editingItem}
          onDone={() => void reload()}
          onClose={() => setEditingItem(null)}
        />
      )}
      {editingResolution && (
        <ResolutionModal organisationId={organisationId} editing={editingResolution} onDone={() => void reload()} onClose={() => setEditingResolution(null)} />
      )}
      {removing && (
        <ConfirmDialog
          title={'item' in removing ? t('agenda.removeNamed', { title: removing.item.title }) : t('resolutions.removeNamed', { number: removing.number })}
          message={'item' in removing ? t('agenda.removeConfirm', { title: removing.item.title }) : t('resolutions.removeConfirm', { number: removing.number })}
          confirmLabel={t('agenda.remove')}
          danger
          loading={removedItem.fetching || removedResolution.fetching}
          error={removedItem.error ?? removedResolution.error}
          onConfirm={() => void confirmRemove()}
          onClose={() => setRemoving(null)}
        />
      )}
    </Card>
  );
}
