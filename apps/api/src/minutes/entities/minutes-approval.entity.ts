import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../../auth/entities/account.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Member } from '../../members/member.entity';
import { OFFICER_ROLES, type OfficerRole } from './minutes-enums';
import { Minutes } from './minutes.entity';

/** An officer approved the minutes (their signature): one per role, by the account linked to the officer. */
@Entity('minutes_approvals')
@Index(['minutesId', 'role'], { unique: true })
export class MinutesApproval extends TenantEntity {
  @Column({ type: 'uuid' })
  minutesId: string;

  @ManyToOne(() => Minutes, { onDelete: 'CASCADE' })
  @JoinColumn()
  minutes?: Minutes;

  @Column({ type: 'enum', enum: OFFICER_ROLES, enumName: 'minutes_officer_role' })
  role: OfficerRole;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'NO ACTION' })
  @JoinColumn()
  member?: Member;

  @Column({ type: 'uuid', nullable: true })
  accountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  account?: Account;

  @Column({ type: 'timestamptz' })
  approvedAt: Date;
}
