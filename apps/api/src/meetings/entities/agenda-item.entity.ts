import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Member } from '../../members/member.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { AGENDA_ITEM_KINDS, type AgendaItemKind } from './meeting-enums';
import { Meeting } from './meeting.entity';

/** A point of the agenda (ordre du jour): ordered among its siblings, nested under a parent. */
@Entity('agenda_items')
@Index(['organisationId', 'meetingId', 'parentId', 'position'])
@Check('agenda_items_position', 'position >= 0')
@Check('agenda_items_planned_minutes', 'planned_minutes IS NULL OR planned_minutes > 0')
export class AgendaItem extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  /** Null for a top-level point. */
  @Column({ type: 'uuid', nullable: true })
  parentId: string | null;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn()
  parent?: AgendaItem;

  /** 0-based rank among the siblings; the numbering (1, 2, 2.1) is computed from it. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'enum', enum: AGENDA_ITEM_KINDS, enumName: 'agenda_item_kind' })
  kind: AgendaItemKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text', nullable: true })
  description: string | null;

  /** Who presents the point, as written on the agenda. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  presenterName: string | null;

  @Column({ type: 'uuid', nullable: true })
  presenterMemberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'SET NULL' })
  @JoinColumn()
  presenterMember?: Member;

  @Column({ type: 'integer', nullable: true })
  plannedMinutes: number | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
