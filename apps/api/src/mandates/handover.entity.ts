import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { MANDATE_ROLES, type MandateRole, type PlainDate } from '@collegial/governance';
import { Body } from '../bodies/body.entity';
import { Mandate } from './mandate.entity';
import { TenantEntity } from '../core/tenancy/tenant.entity';

/** A passation de pouvoir: a role passing from one holder to the next. */
@Entity('handovers')
@Index(['organisationId', 'bodyId', 'role'])
export class Handover extends TenantEntity {
  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn()
  body?: Body;

  @Column({ type: 'enum', enum: MANDATE_ROLES, enumName: 'mandate_role' })
  role: MandateRole;

  /** Null when the role had no holder before. */
  @Column({ type: 'uuid', nullable: true })
  outgoingMandateId: string | null;

  @ManyToOne(() => Mandate, { onDelete: 'RESTRICT' })
  @JoinColumn()
  outgoingMandate?: Mandate;

  @Column({ type: 'uuid', unique: true })
  incomingMandateId: string;

  @ManyToOne(() => Mandate, { onDelete: 'RESTRICT' })
  @JoinColumn()
  incomingMandate?: Mandate;

  @Column({ type: 'date' })
  handedOverOn: PlainDate;

  /** The decision behind it, e.g. "Conseil d'administration du 3 mars 2026". */
  @Column({ type: 'text' })
  decision: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
