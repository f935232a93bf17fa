export type AgendaItemKind = 'information' | 'deliberation' | 'election';

export interface ResolutionView {
  id: string;
  title: string;
  text: string;
  proposedByBoard: boolean;
}

/** An agenda item in its place, as the editor shows it: numbered, with its resolutions and sub-items in order. */
export interface AgendaItemView {
  id: string;
  number: string;
  depth: number;
  kind: AgendaItemKind;
  title: string;
  description?: string | null;
  presenterName?: string | null;
  plannedMinutes?: number | null;
  resolutions: ResolutionView[];
  children: AgendaItemView[];
}

/** Deepest nesting the api accepts: 1, 1.1, 1.1.1. */
export const MAX_AGENDA_DEPTH = 3;

/** Every item, depth first (the order read on paper). */
export const flattenAgenda = (items: readonly AgendaItemView[]): AgendaItemView[] => items.flatMap((item) => [item, ...flattenAgenda(item.children)]);

/** Planned minutes of the whole agenda: a parent's own duration, else the sum of its sub-items'. */
export const plannedMinutes = (items: readonly AgendaItemView[]): number =>
  items.reduce((total, item) => total + (item.plannedMinutes ?? plannedMinutes(item.children)), 0);

/** "1 h 30", "45 min". */
export function formatMinutes(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  const rest = minutes % 60;
  if (!hours) return `${rest} min`;
  return rest ? `${hours} h ${String(rest).padStart(2, '0')}` : `${hours} h`;
}

/** Resolutions are numbered across the whole meeting, in reading order (« 3e résolution »). */
export function resolutionNumbers(items: readonly AgendaItemView[]): Map<string, number> {
  const numbers = new Map<string, number>();
  for (const item of flattenAgenda(items)) for (const resolution of item.resolutions) numbers.set(resolution.id, numbers.size + 1);
  return numbers;
}

/** The agenda after moving an item to `position` among the children of `parentId` (shown at once, before the api confirms). */
export function movedAgenda(items: readonly AgendaItemView[], id: string, parentId: string | null, position: number): AgendaItemView[] {
  const moving = flattenAgenda(items).find((item) => item.id === id);
  if (!moving) return [...items];
  const without = (level: readonly AgendaItemView[]): AgendaItemView[] =>
    level.filter((item) => item.id !== id).map((item) => ({ ...item, children: without(item.children) }));
  const insert = (level: AgendaItemView[], parent: string | null): AgendaItemView[] => {
    if (parent === null) {
      const copy = [...level];
      copy.splice(position, 0, moving);
      return copy;
    }
    return level.map((item) =>
      item.id === parent ? { ...item, children: insert(item.children, null) } : { ...item, children: insert(item.children, parent) },
    );
  };
  return insert(without(items), parentId);
}

/** The item's parent id and its siblings (itself included). */
export function siblingsOf(items: readonly AgendaItemView[], id: string): { parentId: string | null; siblings: readonly AgendaItemView[] } | null {
  if (items.some((item) => item.id === id)) return { parentId: null, siblings: items };
  for (const item of items) {
    const found = siblingsOf(item.children, id);
    if (found) return found.parentId === null ? { parentId: item.id, siblings: found.siblings } : found;
  }
  return null;
}

/** Numbers the items from their order: 1, 2, 2.1. */
export const renumbered = (items: readonly AgendaItemView[], prefix = ''): AgendaItemView[] =>
  items.map((item, index) => {
    const number = `${prefix}${index + 1}`;
    return { ...item, number, children: renumbered(item.children, `${number}.`) };
  });

type AgendaItemData = Omit<AgendaItemView, 'children'> & { children?: readonly AgendaItemData[] };

/** The api's agenda (three levels of a fragment; the deepest without children) as the editor's tree. */
export const agendaView = (items: readonly AgendaItemData[]): AgendaItemView[] => items.map((item) => ({ ...item, children: agendaView(item.children ?? []) }));
