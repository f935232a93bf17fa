import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { ORGANISATION_ROLES, type OrganisationRole } from '../core/actor/organisation-role';
import { TenantEntity } from '../core/tenancy/tenant.entity';

/** An admin's invitation to join an organisation; only a hash of its token is stored. */
@Entity('invitations')
@Index(['organisationId', 'email'])
export class Invitation extends TenantEntity {
  @Column({ type: 'citext' })
  email: string;

  @Column({ type: 'enum', enum: ORGANISATION_ROLES, enumName: 'organisation_role' })
  role: OrganisationRole;

  /** The member record the invited person will be linked to, if any. */
  @Column({ type: 'uuid', nullable: true })
  memberId: string | null;

  @Column({ type: 'char', length: 64, unique: true })
  tokenHash: string;

  @Column({ type: 'uuid' })
  invitedByAccountId: string;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  acceptedByAccountId: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
