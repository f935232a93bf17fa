import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import type { Actor } from '../../core/actor/actor';
import { DomainError, ErrorReason, type LocalisedMessage } from '../../core/errors/domain-error';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { optionalText, requireText } from '../../core/text/required-text';
import { Transactions } from '../../core/transactions/transactions';
import { MembersService } from '../../members/members.service';
import { AgendaAmendment } from '../entities/agenda-amendment.entity';
import { AgendaItem } from '../entities/agenda-item.entity';
import { AGENDA_ITEM_KINDS, type AgendaChange, type AgendaItemKind } from '../entities/meeting-enums';
import type { Meeting } from '../entities/meeting.entity';
import { Resolution } from '../entities/resolution.entity';
import { agendaTree, flatten, height, MAX_AGENDA_DEPTH, type AgendaNode } from './agenda-tree';
import { MeetingsService, statusForbids } from './meetings.service';

export interface AgendaItemDraft {
  /** Null or absent: a top-level item. */
  parentId?: string | null;
  /** 0-based rank among the siblings; at the end when absent. */
  position?: number | null;
  kind: AgendaItemKind;
  title: string;
  description?: string | null;
  presenterName?: string | null;
  presenterMemberId?: string | null;
  plannedMinutes?: number | null;
}

export type AgendaItemChanges = Partial<Pick<AgendaItemDraft, 'kind' | 'title' | 'description' | 'presenterName' | 'presenterMemberId' | 'plannedMinutes'>>;

export interface ResolutionDraft {
  title: string;
  text: string;
  proposedByBoard?: boolean | null;
  position?: number | null;
}

export type ResolutionChanges = Partial<Pick<ResolutionDraft, 'title' | 'text' | 'proposedByBoard'>>;

const ITEM = { fr: "Point de l'ordre du jour", en: 'Agenda item' };
const RESOLUTION = { fr: 'Résolution', en: 'Resolution' };
const ITEM_TITLE = { fr: 'Le titre du point', en: "The item's title" };
const RESOLUTION_TITLE = { fr: 'Le titre de la résolution', en: "The resolution's title" };
const RESOLUTION_TEXT = { fr: 'Le texte de la résolution', en: "The resolution's text" };
const MAX_TEXT = 20000;
const MAX_PLANNED_MINUTES = 24 * 60;

/** A change to record, and how it reads, once the meeting has been convened. */
interface Amendment {
  change: AgendaChange;
  agendaItemId?: string | null;
  resolutionId?: string | null;
  description: LocalisedMessage;
}

/**
 * The agenda of a meeting: nested, ordered items and their resolutions. Every change
 * takes the meeting's row lock, so positions stay 0..n-1 among siblings; after the
 * convocation each change is recorded as an amendment; once the meeting is open the
 * agenda no longer changes.
 */
@Injectable()
export class AgendaService {
  constructor(
    @InjectTenantRepository(AgendaItem) private readonly items: TenantRepository<AgendaItem>,
    @InjectTenantRepository(Resolution) private readonly resolutions: TenantRepository<Resolution>,
    @InjectTenantRepository(AgendaAmendment) private readonly amendments: TenantRepository<AgendaAmendment>,
    private readonly meetings: MeetingsService,
    private readonly members: MembersService,
    private readonly transactions: Transactions,
  ) {}

  /** The agendas of many meetings, in two queries (items, resolutions). */
  async trees(actor: Pick<Actor, 'organisationId'>, meetingIds: readonly string[]): Promise<Map<string, AgendaNode[]>> {
    const ids = [...new Set(meetingIds)];
    if (ids.length === 0) return new Map();
    const [items, resolutions] = await Promise.all([
      this.items.of(actor.organisationId).find({ where: { meetingId: In(ids) } }),
      this.resolutions.of(actor.organisationId).find({ where: { meetingId: In(ids) } }),
    ]);
    return new Map(
      ids.map((id) => [
        id,
        agendaTree(
          items.filter((i) => i.meetingId === id),
          resolutions.filter((r) => r.meetingId === id),
        ),
      ]),
    );
  }

  async tree(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<AgendaNode[]> {
    return (await this.trees(actor, [meetingId])).get(meetingId) ?? [];
  }

  /** The amendments of many meetings, oldest first. */
  async amendmentsOf(actor: Pick<Actor, 'organisationId'>, meetingIds: readonly string[]): Promise<Map<string, AgendaAmendment[]>> {
    const ids = [...new Set(meetingIds)];
    const rows =
      ids.length === 0 ? [] : await this.amendments.of(actor.organisationId).find({ where: { meetingId: In(ids) }, order: { recordedAt: 'ASC', id: 'ASC' } });
    const byMeeting = new Map<string, AgendaAmendment[]>(ids.map((id) => [id, []]));
    for (const row of rows) byMeeting.get(row.meetingId)!.push(row);
    return byMeeting;
  }

  async addItem(actor: Actor, meetingId: string, draft: AgendaItemDraft): Promise<AgendaNode> {
    const id = await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const nodes = flatten(await this.tree(actor, meeting.id));
      const parent = draft.parentId ? findNode(nodes, draft.parentId, ITEM) : null;
      if (parent && parent.depth >= MAX_AGENDA_DEPTH) throw tooDeep();
      const fields = await this.checkedFields(actor, { ...draft, kind: draft.kind, title: draft.title });
      const siblings = (parent ? parent.children : nodes.filter((n) => n.depth === 1)).map((n) => n.item);
      const position = checkedPosition(draft.position, siblings.length);
      const scope = this.items.of(actor.organisationId);
      await this.shiftPositions(siblings, position, +1);
      const item = await scope.save(scope.create({ meetingId: meeting.id, parentId: parent?.item.id ?? null, position, ...fields }));
      const number = (parent ? `${parent.number}.` : '') + String(position + 1);
      await this.amend(actor, meeting, {
        change: 'itemAdded',
        agendaItemId: item.id,
        description: { fr: `Point ${number} ajouté : « ${item.title} ».`, en: `Item ${number} added: "${item.title}".` },
      });
      return item.id;
    });
    return this.node(actor, meetingId, id);
  }

  async updateItem(actor: Actor, itemId: string, changes: AgendaItemChanges): Promise<AgendaNode> {
    const { meetingId } = await this.getItem(actor, itemId);
    await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const node = findNode(flatten(await this.tree(actor, meeting.id)), itemId, ITEM);
      const item = node.item;
      const merged = await this.checkedFields(actor, {
        kind: changes.kind ?? item.kind,
        title: changes.title ?? item.title,
        description: changes.description !== undefined ? changes.description : item.description,
        presenterName: changes.presenterName !== undefined ? changes.presenterName : item.presenterName,
        presenterMemberId: changes.presenterMemberId !== undefined ? changes.presenterMemberId : item.presenterMemberId,
        plannedMinutes: changes.plannedMinutes !== undefined ? changes.plannedMinutes : item.plannedMinutes,
      });
      if (merged.kind === 'information' && node.resolutions.length > 0) {
        throw invalid({
          fr: `Le point ${node.number} porte des résolutions : il ne peut pas devenir un point d'information.`,
          en: `Item ${node.number} has resolutions: it cannot become an information item.`,
        });
      }
      const changed = (Object.keys(merged) as (keyof typeof merged)[]).filter((key) => merged[key] !== item[key]);
      if (changed.length === 0) return;
      await this.items.of(actor.organisationId).update({ id: item.id }, merged);
      await this.amend(actor, meeting, {
        change: 'itemUpdated',
        agendaItemId: item.id,
        description: describeItemUpdate(node.number, item.title, merged.title, changed),
      });
    });
    return this.node(actor, meetingId, itemId);
  }

  /** Removes an item with its sub-items and resolutions. */
  async removeItem(actor: Actor, itemId: string): Promise<void> {
    const { meetingId } = await this.getItem(actor, itemId);
    await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const nodes = flatten(await this.tree(actor, meeting.id));
      const node = findNode(nodes, itemId, ITEM);
      const siblings = this.siblingsOf(nodes, node.item.parentId);
      await this.items.of(actor.organisationId).delete({ id: node.item.id });
      await this.repack(siblings.filter((s) => s.id !== node.item.id));
      await this.amend(actor, meeting, {
        change: 'itemRemoved',
        agendaItemId: node.item.id,
        description: { fr: `Point ${node.number} retiré : « ${node.item.title} ».`, en: `Item ${node.number} removed: "${node.item.title}".` },
      });
    });
  }

  /** Moves an item (with its sub-items) to `position` among the children of `parentId` (null: top level). */
  async moveItem(actor: Actor, itemId: string, parentId: string | null, position: number): Promise<AgendaNode> {
    const { meetingId } = await this.getItem(actor, itemId);
    await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const nodes = flatten(await this.tree(actor, meeting.id));
      const node = findNode(nodes, itemId, ITEM);
      const parent = parentId ? findNode(nodes, parentId, ITEM) : null;
      if (parent && flatten([node]).some((n) => n.item.id === parent.item.id)) {
        throw invalid({
          fr: `Le point ${node.number} ne peut pas être placé sous lui-même ni sous l'un de ses sous-points.`,
          en: `Item ${node.number} cannot be placed under itself or one of its sub-items.`,
        });
      }
      if ((parent?.depth ?? 0) + height(node) > MAX_AGENDA_DEPTH) throw tooDeep();
      const from = node.number;
      const oldSiblings = this.siblingsOf(nodes, node.item.parentId).filter((s) => s.id !== node.item.id);
      const sameParent = (parent?.item.id ?? null) === node.item.parentId;
      const newSiblings = sameParent ? oldSiblings : this.siblingsOf(nodes, parent?.item.id ?? null);
      const at = checkedPosition(position, newSiblings.length);
      if (sameParent && at === node.item.position) return;
      const reordered = [...newSiblings.slice(0, at), node.item, ...newSiblings.slice(at)];
      node.item.parentId = parent?.item.id ?? null;
      await this.items.of(actor.organisationId).update({ id: node.item.id }, { parentId: node.item.parentId });
      if (!sameParent) await this.repack(oldSiblings);
      await this.repack(reordered, node.item.id);
      const to = (parent ? `${parent.number}.` : '') + String(at + 1);
      await this.amend(actor, meeting, {
        change: 'itemMoved',
        agendaItemId: node.item.id,
        description: { fr: `Point « ${node.item.title} » déplacé de ${from} à ${to}.`, en: `Item "${node.item.title}" moved from ${from} to ${to}.` },
      });
    });
    return this.node(actor, meetingId, itemId);
  }

  async addResolution(actor: Actor, itemId: string, draft: ResolutionDraft): Promise<Resolution> {
    const { meetingId } = await this.getItem(actor, itemId);
    const id = await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const node = findNode(flatten(await this.tree(actor, meeting.id)), itemId, ITEM);
      if (node.item.kind === 'information') {
        throw invalid({
          fr: `Le point ${node.number} est un point d'information : il ne porte pas de résolution.`,
          en: `Item ${node.number} is an information item: it carries no resolution.`,
        });
      }
      const title = requireText(draft.title, RESOLUTION_TITLE, 300);
      const text = requireText(draft.text, RESOLUTION_TEXT, MAX_TEXT);
      const position = checkedPosition(draft.position, node.resolutions.length);
      await this.shiftPositions(node.resolutions, position, +1, this.resolutions);
      const scope = this.resolutions.of(actor.organisationId);
      const saved = await scope.save(
        scope.create({ meetingId: meeting.id, agendaItemId: node.item.id, position, title, text, proposedByBoard: draft.proposedByBoard ?? true }),
      );
      await this.amend(actor, meeting, {
        change: 'resolutionAdded',
        agendaItemId: node.item.id,
        resolutionId: saved.id,
        description: { fr: `Résolution ajoutée au point ${node.number} : « ${title} ».`, en: `Resolution added to item ${node.number}: "${title}".` },
      });
      return saved.id;
    });
    return this.getResolution(actor, id);
  }

  async updateResolution(actor: Actor, resolutionId: string, changes: ResolutionChanges): Promise<Resolution> {
    const { meetingId } = await this.getResolution(actor, resolutionId);
    await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const resolution = await this.getResolution(actor, resolutionId);
      const patch = {
        title: changes.title != null ? requireText(changes.title, RESOLUTION_TITLE, 300) : resolution.title,
        text: changes.text != null ? requireText(changes.text, RESOLUTION_TEXT, MAX_TEXT) : resolution.text,
        proposedByBoard: changes.proposedByBoard ?? resolution.proposedByBoard,
      };
      if (patch.title === resolution.title && patch.text === resolution.text && patch.proposedByBoard === resolution.proposedByBoard) return;
      await this.resolutions.of(actor.organisationId).update({ id: resolution.id }, patch);
      const what: LocalisedMessage =
        patch.text !== resolution.text
          ? { fr: 'texte modifié', en: 'text changed' }
          : patch.title !== resolution.title
            ? { fr: 'titre modifié', en: 'title changed' }
            : patch.proposedByBoard
              ? { fr: 'désormais proposée par le conseil', en: 'now put forward by the board' }
              : { fr: "n'est plus proposée par le conseil", en: 'no longer put forward by the board' };
      await this.amend(actor, meeting, {
        change: 'resolutionUpdated',
        agendaItemId: resolution.agendaItemId,
        resolutionId: resolution.id,
        description: { fr: `Résolution « ${patch.title} » : ${what.fr}.`, en: `Resolution "${patch.title}": ${what.en}.` },
      });
    });
    return this.getResolution(actor, resolutionId);
  }

  async removeResolution(actor: Actor, resolutionId: string): Promise<void> {
    const { meetingId } = await this.getResolution(actor, resolutionId);
    await this.transactions.withTransaction(async () => {
      const meeting = await this.editable(actor, meetingId);
      const resolution = await this.getResolution(actor, resolutionId);
      const scope = this.resolutions.of(actor.organisationId);
      await scope.delete({ id: resolution.id });
      const rest = await scope.find({ where: { agendaItemId: resolution.agendaItemId }, order: { position: 'ASC', createdAt: 'ASC' } });
      await this.repack(rest, undefined, this.resolutions);
      await this.amend(actor, meeting, {
        change: 'resolutionRemoved',
        agendaItemId: resolution.agendaItemId,
        resolutionId: resolution.id,
        description: { fr: `Résolution retirée : « ${resolution.title} ».`, en: `Resolution removed: "${resolution.title}".` },
      });
    });
  }

  async getItem(actor: Pick<Actor, 'organisationId'>, itemId: string): Promise<AgendaItem> {
    const item = await this.items.of(actor.organisationId).findOne({ id: itemId });
    if (!item) throw DomainError.notFound(ITEM);
    return item;
  }

  async getResolution(actor: Pick<Actor, 'organisationId'>, resolutionId: string): Promise<Resolution> {
    const resolution = await this.resolutions.of(actor.organisationId).findOne({ id: resolutionId });
    if (!resolution) throw DomainError.notFound(RESOLUTION);
    return resolution;
  }

  /** The meeting, locked, if its agenda may still change. */
  private async editable(actor: Actor, meetingId: string): Promise<Meeting> {
    const meeting = await this.meetings.lock(actor, meetingId);
    if (meeting.status === 'open' || meeting.status === 'closed') {
      throw statusForbids(meeting, { fr: 'son ordre du jour ne se modifie plus.', en: 'its agenda can no longer change.' });
    }
    return meeting;
  }

  private async node(actor: Actor, meetingId: string, itemId: string): Promise<AgendaNode> {
    return findNode(flatten(await this.tree(actor, meetingId)), itemId, ITEM);
  }

  private siblingsOf(nodes: readonly AgendaNode[], parentId: string | null): AgendaItem[] {
    return nodes.filter((n) => n.item.parentId === parentId).map((n) => n.item);
  }

  private async checkedFields(actor: Actor, draft: AgendaItemDraft) {
    if (!AGENDA_ITEM_KINDS.includes(draft.kind)) throw invalid({ fr: 'Type de point inconnu.', en: 'Unknown kind of item.' });
    const plannedMinutes = draft.plannedMinutes ?? null;
    if (plannedMinutes !== null && (!Number.isInteger(plannedMinutes) || plannedMinutes < 1 || plannedMinutes > MAX_PLANNED_MINUTES)) {
      throw invalid({
        fr: `La durée prévue d'un point se compte en minutes, de 1 à ${MAX_PLANNED_MINUTES}.`,
        en: `An item's planned duration is in minutes, from 1 to ${MAX_PLANNED_MINUTES}.`,
      });
    }
    const presenter = draft.presenterMemberId ? await this.members.get(actor, draft.presenterMemberId) : null;
    return {
      kind: draft.kind,
      title: requireText(draft.title, ITEM_TITLE, 300),
      description: optionalText(draft.description),
      // The presenter's name as written on the agenda; a member's name when only the member is given.
      presenterName: optionalText(draft.presenterName) ?? presenter?.name ?? null,
      presenterMemberId: presenter?.id ?? null,
      plannedMinutes,
    };
  }

  /** Gives positions 0..n-1 to the rows in this order, writing only those that changed. */
  private async repack<T extends AgendaItem | Resolution>(
    rows: readonly T[],
    forceId?: string,
    repository: TenantRepository<AgendaItem> | TenantRepository<Resolution> = this.items,
  ): Promise<void> {
    for (const [index, row] of rows.entries()) {
      if (row.position === index && row.id !== forceId) continue;
      await (repository as TenantRepository<AgendaItem>).of(row.organisationId).update({ id: row.id }, { position: index });
      row.position = index;
    }
  }

  /** Makes room at `from` among ordered siblings. */
  private async shiftPositions<T extends AgendaItem | Resolution>(
    siblings: readonly T[],
    from: number,
    by: number,
    repository: TenantRepository<AgendaItem> | TenantRepository<Resolution> = this.items,
  ): Promise<void> {
    const ordered = [...siblings].sort((a, b) => a.position - b.position);
    for (const [index, row] of ordered.entries()) {
      const target = index >= from ? index + by : index;
      if (row.position === target) continue;
      await (repository as TenantRepository<AgendaItem>).of(row.organisationId).update({ id: row.id }, { position: target });
    }
  }

  /** Once members were convened, the change is kept as an amendment, with who made it. */
  private async amend(actor: Actor, meeting: Meeting, amendment: Amendment): Promise<void> {
    if (meeting.status !== 'convened') return;
    const scope = this.amendments.of(actor.organisationId);
    await scope.save(
      scope.create({
        meetingId: meeting.id,
        change: amendment.change,
        agendaItemId: amendment.agendaItemId ?? null,
        resolutionId: amendment.resolutionId ?? null,
        descriptionFr: amendment.description.fr,
        descriptionEn: amendment.description.en,
        accountId: actor.accountId,
      }),
    );
  }
}

function invalid(messages: LocalisedMessage): DomainError {
  return new DomainError(ErrorReason.InvalidInput, messages);
}

function tooDeep(): DomainError {
  return invalid({
    fr: `L'ordre du jour compte ${MAX_AGENDA_DEPTH} niveaux au plus (1, 1.1, 1.1.1).`,
    en: `The agenda has at most ${MAX_AGENDA_DEPTH} levels (1, 1.1, 1.1.1).`,
  });
}

function findNode(nodes: readonly AgendaNode[], itemId: string, what: LocalisedMessage): AgendaNode {
  const node = nodes.find((n) => n.item.id === itemId);
  if (!node) throw DomainError.notFound(what);
  return node;
}

function checkedPosition(position: number | null | undefined, count: number): number {
  if (position == null) return count;
  if (!Number.isInteger(position) || position < 0 || position > count) {
    throw invalid({
      fr: `La position doit être comprise entre 0 et ${count}.`,
      en: `The position must be between 0 and ${count}.`,
    });
  }
  return position;
}

function describeItemUpdate(number: string, before: string, after: string, changed: readonly string[]): LocalisedMessage {
  const names: Record<string, LocalisedMessage> = {
    kind: { fr: 'type', en: 'kind' },
    title: { fr: 'titre', en: 'title' },
    description: { fr: 'description', en: 'description' },
    presenterName: { fr: 'présentateur', en: 'presenter' },
    presenterMemberId: { fr: 'présentateur', en: 'presenter' },
    plannedMinutes: { fr: 'durée prévue', en: 'planned duration' },
  };
  const list = (l: 'fr' | 'en') => [...new Set(changed.map((c) => names[c][l]))].join(', ');
  const renamed = before !== after ? { fr: ` (anciennement « ${before} »)`, en: ` (formerly "${before}")` } : { fr: '', en: '' };
  return {
    fr: `Point ${number} « ${after} »${renamed.fr} modifié : ${list('fr')}.`,
    en: `Item ${number} "${after}"${renamed.en} changed: ${list('en')}.`,
  };
}
