import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../../auth/entities/account.entity';
import { Member } from '../../members/member.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { PROXY_STATUSES, type ProxyStatus } from './meeting-enums';
import { Meeting } from './meeting.entity';

/** A proxy (pouvoir) for one meeting: the principal lets the holder vote for them; no holder = a blank proxy. */
@Entity('meeting_proxies')
@Index(['organisationId', 'meetingId', 'status'])
// One proxy in force per principal and meeting: the database has the last word.
@Index('meeting_proxies_one_per_principal', ['meetingId', 'principalMemberId'], { unique: true, where: `status = 'given'` })
export class MeetingProxy extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  principalMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  principalMember?: Member;

  /** Null for a blank proxy (it goes to the chair or the office the profile names). */
  @Column({ type: 'uuid', nullable: true })
  holderMemberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  holderMember?: Member;

  @Column({ type: 'enum', enum: PROXY_STATUSES, enumName: 'proxy_status', default: 'given' })
  status: ProxyStatus;

  /** The account that recorded it (a secretary with a paper proxy); null through a personal link. */
  @Column({ type: 'uuid', nullable: true })
  recordedByAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedByAccount?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  givenAt: Date;

  /** When it was declined or cancelled. */
  @Column({ type: 'timestamptz', nullable: true })
  endedAt: Date | null;
}
