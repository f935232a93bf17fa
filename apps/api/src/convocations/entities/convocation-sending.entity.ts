import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { PlainDate } from '@collegial/governance';
import { Account } from '../../auth/entities/account.entity';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';

/**
 * A secretary sent the convocations of a meeting: when, by whom, against which deadline,
 * and, when it was late, the reason they gave to send anyway. Kept for the minutes.
 */
@Entity('convocation_sendings')
@Index(['organisationId', 'meetingId', 'sentAt'])
export class ConvocationSending extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  account?: Account;

  @Column({ type: 'timestamptz' })
  sentAt: Date;

  /** The sending day where the organisation is. */
  @Column({ type: 'date' })
  sentOn: PlainDate;

  @Column({ type: 'date' })
  latestSendingDate: PlainDate;

  @Column({ type: 'integer' })
  noticeDays: number;

  @Column({ type: 'boolean' })
  inTime: boolean;

  /** Required when late: why the secretary sent anyway. */
  @Column({ type: 'text', nullable: true })
  overrideReason: string | null;

  /** Convocations this sending created (members already convened are not counted again). */
  @Column({ type: 'integer' })
  created: number;

  @Column({ type: 'integer' })
  byEmail: number;

  @Column({ type: 'integer' })
  byPost: number;
}
