import { Check, Column, CreateDateColumn, Entity, Exclusion, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MANDATE_ROLES, type MandateRole, type PlainDate } from '@collegial/governance';
import { Body } from '../bodies/body.entity';
import { Member } from '../members/member.entity';
import { TenantEntity } from '../core/tenancy/tenant.entity';

export type MandateEndReason = 'expiry' | 'resignation' | 'revocation' | 'death';
export const MANDATE_END_REASONS: readonly MandateEndReason[] = ['expiry', 'resignation', 'revocation', 'death'];

/**
 * A member holding a role in a body over [startOn, end), the end being exclusive: the
 * day a mandate ends is the first day its holder no longer sits, so a handover on a date
 * ends one mandate and starts the next on that same date. The end is the actual end when
 * there was one, otherwise the planned end of the term.
 */
@Entity('mandates')
@Index(['organisationId', 'bodyId', 'role'])
@Index(['organisationId', 'memberId'])
@Check('mandates_term_after_start', 'term_end_on IS NULL OR term_end_on > start_on')
@Check('mandates_ended_after_start', 'ended_on IS NULL OR ended_on > start_on')
@Check('mandates_end_has_reason', '(ended_on IS NULL) = (end_reason IS NULL)')
@Exclusion(
  'mandates_one_holder_per_role',
  `USING gist (body_id WITH =, role WITH =, daterange(start_on, COALESCE(ended_on, term_end_on), '[)') WITH &&) WHERE (role IN ('president', 'treasurer', 'secretary'))`,
)
@Exclusion('mandates_one_seat_per_member', `USING gist (body_id WITH =, member_id WITH =, daterange(start_on, COALESCE(ended_on, term_end_on), '[)') WITH &&)`)
export class Mandate extends TenantEntity {
  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn()
  body?: Body;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  member?: Member;

  @Column({ type: 'enum', enum: MANDATE_ROLES, enumName: 'mandate_role' })
  role: MandateRole;

  @Column({ type: 'date' })
  startOn: PlainDate;

  /** Planned end of the term (exclusive); null when the profile sets no term. */
  @Column({ type: 'date', nullable: true })
  termEndOn: PlainDate | null;

  /** Actual end (exclusive) when the mandate ended, early or at its term. */
  @Column({ type: 'date', nullable: true })
  endedOn: PlainDate | null;

  @Column({ type: 'enum', enum: MANDATE_END_REASONS, enumName: 'mandate_end_reason', nullable: true })
  endReason: MandateEndReason | null;

  /** The decision that appointed the holder, e.g. "AG du 14 juin 2025, 4e résolution". */
  @Column({ type: 'text', nullable: true })
  appointedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
