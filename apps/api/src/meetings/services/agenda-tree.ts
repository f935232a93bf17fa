import type { AgendaItem } from '../entities/agenda-item.entity';
import type { Resolution } from '../entities/resolution.entity';

/** Deepest nesting of the agenda: 1, 1.1, 1.1.1. */
export const MAX_AGENDA_DEPTH = 3;

/** An agenda item in its place: numbered (« 2.1 »), with its resolutions and sub-items in order. */
export interface AgendaNode {
  item: AgendaItem;
  number: string;
  depth: number;
  resolutions: Resolution[];
  children: AgendaNode[];
}

/** Builds the ordered tree of one meeting's items; the numbering follows the positions. */
export function agendaTree(items: readonly AgendaItem[], resolutions: readonly Resolution[]): AgendaNode[] {
  const childrenOf = new Map<string | null, AgendaItem[]>();
  for (const item of items) childrenOf.set(item.parentId, [...(childrenOf.get(item.parentId) ?? []), item]);
  const resolutionsOf = new Map<string, Resolution[]>();
  for (const r of resolutions) resolutionsOf.set(r.agendaItemId, [...(resolutionsOf.get(r.agendaItemId) ?? []), r]);
  const byPosition = <T extends { position: number; createdAt: Date }>(a: T, b: T) => a.position - b.position || a.createdAt.getTime() - b.createdAt.getTime();
  const build = (parentId: string | null, prefix: string, depth: number): AgendaNode[] =>
    [...(childrenOf.get(parentId) ?? [])].sort(byPosition).map((item, index) => {
      const number = prefix ? `${prefix}.${index + 1}` : `${index + 1}`;
      return {
        item,
        number,
        depth,
        resolutions: [...(resolutionsOf.get(item.id) ?? [])].sort(byPosition),
        children: build(item.id, number, depth + 1),
      };
    });
  return build(null, '', 1);
}

/** Every node of the tree, depth first (the order a person reads the agenda in). */
export function flatten(nodes: readonly AgendaNode[]): AgendaNode[] {
  return nodes.flatMap((node) => [node, ...flatten(node.children)]);
}

/** Levels below a node, itself included: 1 for a leaf. */
export function height(node: AgendaNode): number {
  return 1 + Math.max(0, ...node.children.map(height));
}
