import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../auth/entities/account.entity';
import { ORGANISATION_ROLES, type OrganisationRole } from '../core/actor/organisation-role';
import { TenantEntity } from '../core/tenancy/tenant.entity';

/** What an account may do in one organisation. */
@Entity('account_roles')
@Index(['organisationId', 'accountId'], { unique: true })
@Index(['accountId'])
export class AccountRole extends TenantEntity {
  @Column({ type: 'uuid' })
  accountId: string;

  @ManyToOne(() => Account, { onDelete: 'CASCADE' })
  @JoinColumn()
  account?: Account;

  @Column({ type: 'enum', enum: ORGANISATION_ROLES, enumName: 'organisation_role' })
  role: OrganisationRole;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
