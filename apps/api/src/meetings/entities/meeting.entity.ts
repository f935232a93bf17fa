import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { MEETING_KINDS, type Convocation, type MeetingKind } from '@collegial/governance';
import { Body } from '../../bodies/body.entity';
import { Member } from '../../members/member.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { CONVOCATIONS, MEETING_STATUSES, type MeetingStatus } from './meeting-enums';

/** A sitting (séance) of a body: a general assembly, a board meeting, a steering committee. */
@Entity('meetings')
@Index(['organisationId', 'bodyId', 'startsAt'])
@Index(['organisationId', 'startsAt'])
@Check('meetings_duration_positive', 'duration_minutes IS NULL OR duration_minutes > 0')
@Check('meetings_second_links_first', `(convocation = 'second') = (first_meeting_id IS NOT NULL)`)
export class Meeting extends TenantEntity {
  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn()
  body?: Body;

  @Column({ type: 'enum', enum: MEETING_KINDS, enumName: 'meeting_kind' })
  kind: MeetingKind;

  @Column({ type: 'enum', enum: CONVOCATIONS, enumName: 'meeting_convocation', default: 'first' })
  convocation: Convocation;

  /** For a second convocation: the first meeting, of the same body, that lacked quorum. */
  @Column({ type: 'uuid', nullable: true })
  firstMeetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'RESTRICT' })
  @JoinColumn()
  firstMeeting?: Meeting;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  /** IANA time zone the meeting is announced in (the organisation's by default). */
  @Column({ type: 'varchar', length: 64 })
  timeZone: string;

  /** Planned duration; the planned end is startsAt + duration. */
  @Column({ type: 'integer', nullable: true })
  durationMinutes: number | null;

  @Column({ type: 'text', nullable: true })
  place: string | null;

  /** Address of the video room (a Jitsi Meet room unless the secretary gave another). */
  @Column({ type: 'text', nullable: true })
  remoteLink: string | null;

  @Column({ type: 'enum', enum: MEETING_STATUSES, enumName: 'meeting_status', default: 'draft' })
  status: MeetingStatus;

  /** Who chairs the sitting: receives blank proxies when the profile sends them to the chair. */
  @Column({ type: 'uuid', nullable: true })
  chairMemberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  chairMember?: Member;

  @Column({ type: 'timestamptz', nullable: true })
  convenedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
