import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../../auth/entities/account.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { AGENDA_CHANGES, type AgendaChange } from './meeting-enums';
import { Meeting } from './meeting.entity';

/**
 * A change to the agenda after the convocation was sent: members were convened on the
 * earlier agenda, so the change is kept and shown to them. Append-only; the item it
 * names may since have been removed (no foreign key on it).
 */
@Entity('agenda_amendments')
@Index(['organisationId', 'meetingId', 'recordedAt'])
export class AgendaAmendment extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'enum', enum: AGENDA_CHANGES, enumName: 'agenda_change' })
  change: AgendaChange;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  @Column({ type: 'uuid', nullable: true })
  resolutionId: string | null;

  /** What changed, as a person reads it. */
  @Column({ type: 'text' })
  descriptionFr: string;

  @Column({ type: 'text' })
  descriptionEn: string;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  account?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
