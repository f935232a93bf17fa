import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from '../organisations/organisation.entity';
import { Account } from './account.entity';

export type OrganisationRole = 'admin' | 'secretary' | 'member' | 'observer';
export const ORGANISATION_ROLES: readonly OrganisationRole[] = ['admin', 'secretary', 'member', 'observer'];

/** What an account may do in one organisation. */
@Entity('account_roles')
@Index(['organisationId', 'accountId'], { unique: true })
@Index(['accountId'])
export class AccountRole {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

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
