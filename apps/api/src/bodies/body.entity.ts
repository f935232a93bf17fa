import { Column, CreateDateColumn, Entity, Index } from 'typeorm';
import { BODY_KINDS, type BodyKind } from '@collegial/governance';
import { TenantEntity } from '../core/tenancy/tenant.entity';

/** An instance of the organisation: its general assembly, its board, a steering committee... */
@Entity('bodies')
@Index(['organisationId', 'name'], { unique: true })
export class Body extends TenantEntity {
  @Column({ type: 'enum', enum: BODY_KINDS, enumName: 'body_kind' })
  kind: BodyKind;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
