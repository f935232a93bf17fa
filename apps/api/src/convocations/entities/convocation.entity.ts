import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Member } from '../../members/member.entity';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import {
  CONVOCATION_ANSWERS,
  CONVOCATION_CHANNELS,
  CONVOCATION_STATUSES,
  type ConvocationAnswer,
  type ConvocationChannel,
  type ConvocationStatus,
} from './convocation-enums';

/**
 * One member's convocation to one meeting: its channel, its delivery and the member's
 * reply. One per member and meeting (unique): sending again never convenes twice.
 */
@Entity('convocations')
@Index(['organisationId', 'meetingId', 'memberId'], { unique: true })
@Index(['organisationId', 'meetingId', 'status'])
export class Convocation extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member?: Member;

  @Column({ type: 'enum', enum: CONVOCATION_CHANNELS, enumName: 'convocation_channel' })
  channel: ConvocationChannel;

  @Column({ type: 'enum', enum: CONVOCATION_STATUSES, enumName: 'convocation_status' })
  status: ConvocationStatus;

  /** The address it was sent to (the member's at the time). */
  @Column({ type: 'citext', nullable: true })
  email: string | null;

  /** The SMTP server's answer when it refused the message. */
  @Column({ type: 'text', nullable: true })
  failureReason: string | null;

  @Column({ type: 'integer', default: 0 })
  attempts: number;

  @Column({ type: 'timestamptz', nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  sentAt: Date | null;

  @Column({ type: 'enum', enum: CONVOCATION_ANSWERS, enumName: 'convocation_answer', nullable: true })
  answer: ConvocationAnswer | null;

  @Column({ type: 'timestamptz', nullable: true })
  answeredAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
