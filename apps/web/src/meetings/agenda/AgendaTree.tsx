import { Box } from '@mantine/core';
import { AgendaItemCard, type AgendaItemActions } from './AgendaItemCard';
import type { AgendaItemView } from './agenda-view';
import { SortableLevel } from './SortableLevel';

/**
 * The agenda, level by level: each level is sortable on its own (drag, or the keyboard), and
 * an item's sub-items follow it, indented. Without actions it is read only.
 */
export function AgendaTree({
  items,
  parentId = null,
  actions,
  onMove,
  resolutionNumbers,
}: {
  items: readonly AgendaItemView[];
  parentId?: string | null;
  actions: AgendaItemActions | null;
  /** The item dropped at `position` among the children of `parentId`. */
  onMove: (id: string, parentId: string | null, position: number) => void;
  resolutionNumbers: ReadonlyMap<string, number>;
}) {
  return (
    <SortableLevel items={items} disabled={!actions} onMove={(id, position) => onMove(id, parentId, position)}>
      {(item, handle) => {
        const index = items.findIndex((sibling) => sibling.id === item.id);
        return (
          <>
            <AgendaItemCard item={item} index={index} siblings={items.length} handle={handle} actions={actions} resolutionNumbers={resolutionNumbers} />
            {item.children.length > 0 && (
              <Box pl={{ base: 'md', sm: 'xl' }} mt="xs">
                <AgendaTree items={item.children} parentId={item.id} actions={actions} onMove={onMove} resolutionNumbers={resolutionNumbers} />
              </Box>
            )}
          </>
        );
      }}
    </SortableLevel>
  );
}
