import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { AgendaItem } from './agenda-item.entity';
import { Meeting } from './meeting.entity';

/** The text put to the vote under an agenda item. */
@Entity('resolutions')
@Index(['organisationId', 'meetingId'])
@Index(['organisationId', 'agendaItemId', 'position'])
@Check('resolutions_position', 'position >= 0')
export class Resolution extends TenantEntity {
  /** The item's meeting, kept here so a meeting's resolutions load in one query. */
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  agendaItemId: string;

  @ManyToOne(() => AgendaItem, { onDelete: 'CASCADE' })
  @JoinColumn()
  agendaItem?: AgendaItem;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'text' })
  text: string;

  /** Put forward by the board (or manager): a blank proxy votes for it, against the others. */
  @Column({ type: 'boolean', default: true })
  proposedByBoard: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
