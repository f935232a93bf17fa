import {
  closestCenter,
  DndContext,
  KeyboardSensor,
  PointerSensor,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import { Stack } from '@mantine/core';
import { useMemo, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

/** What a sortable row gets to make its drag handle: the props to spread on it. */
export interface DragHandle {
  attributes: Record<string, unknown>;
  listeners: Record<string, unknown> | undefined;
  setActivatorNodeRef: (element: HTMLElement | null) => void;
}

/**
 * One level of a list reordered by dragging, with the mouse, a finger or the keyboard (Space to
 * pick up, arrows, Space to drop), announced in the person's language. Each level has its own
 * drag context, so an item moves among its siblings only.
 */
export function SortableLevel<T extends { id: string; title: string }>({
  items,
  disabled,
  onMove,
  children,
}: {
  items: readonly T[];
  disabled?: boolean;
  /** The item `id` dropped at `index` among its siblings. */
  onMove: (id: string, index: number) => void;
  children: (item: T, handle: DragHandle | null) => ReactNode;
}) {
  const { t } = useTranslation('meetings');
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const announcements: Announcements = useMemo(() => {
    const titleOf = (id: UniqueIdentifier | undefined) => items.find((item) => item.id === id)?.title ?? '';
    return {
      onDragStart: ({ active }) => t('agenda.dragStart', { title: titleOf(active.id) }),
      onDragOver: ({ active, over }) =>
        over && over.id !== active.id ? t('agenda.dragOver', { title: titleOf(active.id), over: titleOf(over.id) }) : undefined,
      onDragEnd: ({ active }) => t('agenda.dragEnd', { title: titleOf(active.id) }),
      onDragCancel: ({ active }) => t('agenda.dragCancel', { title: titleOf(active.id) }),
    };
  }, [items, t]);
  const dropped = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const index = items.findIndex((item) => item.id === over.id);
    if (index >= 0) onMove(String(active.id), index);
  };

  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={dropped}
      accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.dragInstructions') } }}
    >
      <SortableContext items={items.map((item) => item.id)} strategy={verticalListSortingStrategy} disabled={disabled}>
        <Stack gap="xs" component="ol" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {items.map((item) => (
            <SortableRow key={item.id} id={item.id} disabled={disabled}>
              {(handle) => children(item, handle)}
            </SortableRow>
          ))}
        </Stack>
      </SortableContext>
    </DndContext>
  );
}

function SortableRow({ id, disabled, children }: { id: string; disabled?: boolean; children: (handle: DragHandle | null) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id, disabled });
  return (
    <li
      ref={setNodeRef}
      style={{
        transform: CSS.Translate.toString(transform),
        transition,
        position: 'relative',
        zIndex: isDragging ? 2 : undefined,
        opacity: isDragging ? 0.85 : 1,
      }}
    >
      {children(disabled ? null : { attributes: attributes as unknown as Record<string, unknown>, listeners, setActivatorNodeRef })}
    </li>
  );
}
