import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { Member } from '../../members/member.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';

/**
 * A member's way into one meeting without an account: the link in their convocation (or in
 * a proxy notice). Only the SHA-256 of its token is kept, so the table leaks no usable
 * link; it expires after the meeting and can be revoked. A member may hold several (a
 * convocation sent again, a proxy notice): each one is revoked on its own.
 */
@Entity('personal_links')
@Index(['organisationId', 'meetingId', 'memberId'])
export class PersonalLink extends TenantEntity {
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

  /** Hex SHA-256 of the token: the token itself is only in the member's mail. */
  @Index({ unique: true })
  @Column({ type: 'char', length: 64 })
  tokenHash: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
