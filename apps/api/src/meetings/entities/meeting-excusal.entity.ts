import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Member } from '../../members/member.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Meeting } from './meeting.entity';

/** A member who said they would be absent (excusé): shown as excused rather than absent on the sheet. */
@Entity('meeting_excusals')
@Index(['organisationId', 'meetingId', 'memberId'], { unique: true })
export class MeetingExcusal extends TenantEntity {
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

  @CreateDateColumn({ type: 'timestamptz' })
  recordedAt: Date;
}
