import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { AgendaAmendment } from '../entities/agenda-amendment.entity';
import type { AgendaChange, AgendaItemKind } from '../entities/meeting-enums';
import type { Resolution } from '../entities/resolution.entity';
import type { AgendaNode } from '../services/agenda-tree';
import { AgendaChangeEnum, AgendaItemKindEnum } from './meeting-enums.graphql';

@ObjectType('Resolution', { description: 'The text put to the vote under an agenda item.' })
export class ResolutionObject {
  @Field(() => ID) id: string;
  @Field(() => ID) agendaItemId: string;
  @Field(() => Int, { description: '0-based rank under its item.' }) position: number;
  @Field() title: string;
  @Field() text: string;
  @Field({ description: 'Put forward by the board (or manager): a blank proxy votes for it.' }) proposedByBoard: boolean;

  static from(resolution: Resolution): ResolutionObject {
    return Object.assign(new ResolutionObject(), {
      id: resolution.id,
      agendaItemId: resolution.agendaItemId,
      position: resolution.position,
      title: resolution.title,
      text: resolution.text,
      proposedByBoard: resolution.proposedByBoard,
    });
  }
}

@ObjectType('AgendaItem', { description: 'A point of the agenda, numbered in its place (1, 2, 2.1), with its resolutions and sub-items.' })
export class AgendaItemObject {
  @Field(() => ID) id: string;
  /** For the nested fields' loaders (its documents); not exposed. */
  organisationId: string;
  @Field(() => ID) meetingId: string;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field(() => Int, { description: '0-based rank among its siblings.' }) position: number;
  @Field({ description: 'Its number on the agenda: "2.1".' }) number: string;
  @Field(() => Int, { description: '1 for a top-level item, at most 3.' }) depth: number;
  @Field(() => AgendaItemKindEnum) kind: AgendaItemKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) description: string | null;
  @Field(() => String, { nullable: true }) presenterName: string | null;
  @Field(() => ID, { nullable: true }) presenterMemberId: string | null;
  @Field(() => Int, { nullable: true }) plannedMinutes: number | null;
  @Field(() => [ResolutionObject]) resolutions: ResolutionObject[];
  @Field(() => [AgendaItemObject]) children: AgendaItemObject[];

  static from(node: AgendaNode): AgendaItemObject {
    const item = node.item;
    return Object.assign(new AgendaItemObject(), {
      id: item.id,
      organisationId: item.organisationId,
      meetingId: item.meetingId,
      parentId: item.parentId,
      position: item.position,
      number: node.number,
      depth: node.depth,
      kind: item.kind,
      title: item.title,
      description: item.description,
      presenterName: item.presenterName,
      presenterMemberId: item.presenterMemberId,
      plannedMinutes: item.plannedMinutes,
      resolutions: node.resolutions.map((r) => ResolutionObject.from(r)),
      children: node.children.map((c) => AgendaItemObject.from(c)),
    });
  }
}

@ObjectType('AgendaAmendment', { description: 'A change to the agenda after the convocation was sent.' })
export class AgendaAmendmentObject {
  @Field(() => ID) id: string;
  @Field(() => AgendaChangeEnum) change: AgendaChange;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
  @Field(() => ID, { nullable: true }) resolutionId: string | null;
  @Field({ description: 'What changed, in French.' }) descriptionFr: string;
  @Field({ description: 'What changed, in English.' }) descriptionEn: string;
  @Field(() => ID, { nullable: true, description: 'The account that made the change.' }) accountId: string | null;
  @Field(() => Date) recordedAt: Date;

  static from(amendment: AgendaAmendment): AgendaAmendmentObject {
    return Object.assign(new AgendaAmendmentObject(), {
      id: amendment.id,
      change: amendment.change,
      agendaItemId: amendment.agendaItemId,
      resolutionId: amendment.resolutionId,
      descriptionFr: amendment.descriptionFr,
      descriptionEn: amendment.descriptionEn,
      accountId: amendment.accountId,
      recordedAt: amendment.recordedAt,
    });
  }
}
