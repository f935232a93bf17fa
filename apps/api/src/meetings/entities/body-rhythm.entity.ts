import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Body } from '../../bodies/body.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';

/**
 * How often a body sits, in months (a yearly steering committee: 12). Kept in the
 * meetings feature's own table rather than a column of bodies: the rhythm only matters to
 * scheduling meetings, and the bodies feature stays unaware of meetings. No row = no rhythm.
 */
@Entity('body_rhythms')
@Index(['organisationId', 'bodyId'], { unique: true })
@Check('body_rhythms_months', 'months BETWEEN 1 AND 120')
export class BodyRhythm extends TenantEntity {
  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'CASCADE' })
  @JoinColumn()
  body?: Body;

  @Column({ type: 'integer' })
  months: number;
}
