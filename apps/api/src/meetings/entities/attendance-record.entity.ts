import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Member } from '../../members/member.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { ATTENDANCE_MODES, type AttendanceMode } from './meeting-enums';
import { Meeting } from './meeting.entity';

/**
 * One stay of a member at the meeting (émargement): an arrival, in person or remote, and
 * the departure if they left. A member who comes back gets a new stay.
 */
@Entity('attendance_records')
@Index(['organisationId', 'meetingId'])
// At most one stay in progress per member: a second arrival while present is refused.
@Index('attendance_records_one_open_stay', ['meetingId', 'memberId'], { unique: true, where: 'departed_at IS NULL' })
@Check('attendance_records_departure_after_arrival', 'departed_at IS NULL OR departed_at >= arrived_at')
export class AttendanceRecord extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  member?: Member;

  @Column({ type: 'enum', enum: ATTENDANCE_MODES, enumName: 'attendance_mode' })
  mode: AttendanceMode;

  @Column({ type: 'timestamptz' })
  arrivedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  departedAt: Date | null;
}
