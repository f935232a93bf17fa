import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { PlainDate } from '@collegial/governance';
import { Account } from '../auth/entities/account.entity';
import { College } from '../colleges/college.entity';
import { TenantEntity } from '../core/tenancy/tenant.entity';

export const MEMBER_KINDS = ['naturalPerson', 'legalEntity'] as const;
export type MemberKind = (typeof MEMBER_KINDS)[number];

@Entity('members')
@Index(['organisationId', 'email'], { unique: true, where: 'email IS NOT NULL' })
@Index(['organisationId', 'accountId'], { unique: true, where: 'account_id IS NOT NULL' })
@Check('members_left_after_joined', 'left_on IS NULL OR left_on >= joined_on')
export class Member extends TenantEntity {
  @Column({ type: 'enum', enum: ['naturalPerson', 'legalEntity'], enumName: 'member_kind' })
  kind: MemberKind;

  /** Full name of a person, or legal name of an entity. */
  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'text', nullable: true })
  postalAddress: string | null;

  /** Used for minimum-age rules and the "oldest candidate" tie rule. */
  @Column({ type: 'date', nullable: true })
  birthDate: PlainDate | null;

  @Column({ type: 'date' })
  joinedOn: PlainDate;

  @Column({ type: 'date', nullable: true })
  leftOn: PlainDate | null;

  @Column({ type: 'boolean', default: true })
  hasVotingRights: boolean;

  /** Why the member has no vote (unpaid dues, suspended), or why it was restored. */
  @Column({ type: 'text', nullable: true })
  votingRightsReason: string | null;

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  @ManyToOne(() => College, { onDelete: 'RESTRICT' })
  @JoinColumn()
  college?: College;

  @Column({ type: 'boolean', default: false })
  eNoticeConsent: boolean;

  /** When consent to electronic convocation was given (or withdrawn). */
  @Column({ type: 'timestamptz', nullable: true })
  eNoticeConsentAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  account?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
