import { ActionIcon, Badge, Button, Card, Group, Stack, Text, Tooltip } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { DragHandle } from './SortableLevel';
import { formatMinutes, MAX_AGENDA_DEPTH, type AgendaItemView, type ResolutionView } from './agenda-view';
import { ResolutionList } from './ResolutionList';

const KIND_COLOURS = { information: 'gray.8', deliberation: 'teal.9', election: 'grape.9' } as const;

/** What one may do to an item of the agenda (the editor's container performs it). */
export interface AgendaItemActions {
  moveBy(item: AgendaItemView, offset: -1 | 1): void;
  edit(item: AgendaItemView): void;
  addChild(item: AgendaItemView): void;
  remove(item: AgendaItemView): void;
  addResolution(item: AgendaItemView): void;
  editResolution(item: AgendaItemView, resolution: ResolutionView): void;
  removeResolution(resolution: ResolutionView): void;
}

/**
 * One item: its number, title, kind, presenter and duration, its resolutions under a
 * deliberation, and, for those who prepare the meeting, a drag handle and buttons (move up and
 * down for the keyboard, edit, add a sub-item or a resolution, remove).
 */
export function AgendaItemCard({
  item,
  index,
  siblings,
  handle,
  actions,
  resolutionNumbers,
}: {
  resolutionNumbers: ReadonlyMap<string, number>;
  item: AgendaItemView;
  index: number;
  siblings: number;
  handle: DragHandle | null;
  actions: AgendaItemActions | null;
}) {
  const { t } = useTranslation('meetings');
  const title = item.title;
  return (
    <Card withBorder padding="sm" radius="sm" aria-label={`${item.number}. ${title}`} component="article">
      <Group wrap="nowrap" align="flex-start" gap="xs">
        {handle && (
          <Tooltip label={t('agenda.dragNamed', { title })} openDelay={500}>
            <ActionIcon
              variant="subtle"
              color="gray.7"
              size="lg"
              ref={handle.setActivatorNodeRef}
              {...handle.attributes}
              {...handle.listeners}
              aria-label={t('agenda.dragNamed', { title })}
              style={{ cursor: 'grab', touchAction: 'none' }}
              data-drag-handle={item.id}
            >
              <span aria-hidden>⠿</span>
            </ActionIcon>
          </Tooltip>
        )}
        <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
          <Group gap="xs" wrap="wrap">
            <Text fw={600}>
              {item.number}. {title}
            </Text>
            <Badge variant="outline" color={KIND_COLOURS[item.kind]} radius="sm" miw="max-content">
              {t(`agenda.kinds.${item.kind}`)}
            </Badge>
          </Group>
          {(item.presenterName || item.plannedMinutes) && (
            <Text size="sm" c="dimmed">
              {[item.presenterName && `${t('agenda.presenter')} ${item.presenterName}`, item.plannedMinutes && formatMinutes(item.plannedMinutes)]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          )}
          {item.description && (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.description}
            </Text>
          )}
          {(item.kind !== 'information' || item.resolutions.length > 0) && (
            <ResolutionList
              item={item}
              numbers={resolutionNumbers}
              onEdit={actions ? (resolution) => actions.editResolution(item, resolution) : undefined}
              onRemove={actions ? (resolution) => actions.removeResolution(resolution) : undefined}
            />
          )}
          {actions && (
            <Group gap={6} wrap="wrap" mt={4}>
              <Button size="compact-sm" variant="default" onClick={() => actions.edit(item)} aria-label={t('agenda.editNamed', { title })}>
                {t('agenda.edit')}
              </Button>
              {item.depth < MAX_AGENDA_DEPTH && (
                <Button size="compact-sm" variant="default" onClick={() => actions.addChild(item)} aria-label={t('agenda.addSubNamed', { title })}>
                  {t('agenda.addSub')}
                </Button>
              )}
              {item.kind !== 'information' && (
                <Button size="compact-sm" variant="default" onClick={() => actions.addResolution(item)} aria-label={t('resolutions.addNamed', { title })}>
                  {t('resolutions.add')}
                </Button>
              )}
              <Button size="compact-sm" variant="subtle" color="red" onClick={() => actions.remove(item)} aria-label={t('agenda.removeNamed', { title })}>
                {t('agenda.remove')}
              </Button>
            </Group>
          )}
        </Stack>
        {actions && (
          <Stack gap={4}>
            <ActionIcon
              variant="default"
              size="lg"
              id={`move-up-${item.id}`}
              disabled={index === 0}
              onClick={() => actions.moveBy(item, -1)}
              aria-label={t('agenda.moveUpNamed', { title })}
            >
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon
              variant="default"
              size="lg"
              id={`move-down-${item.id}`}
              disabled={index === siblings - 1}
              onClick={() => actions.moveBy(item, 1)}
              aria-label={t('agenda.moveDownNamed', { title })}
            >
              <span aria-hidden>↓</span>
            </ActionIcon>
          </Stack>
        )}
      </Group>
    </Card>
  );
}
