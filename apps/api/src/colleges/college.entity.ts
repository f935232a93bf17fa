import { Column, Entity, Index } from 'typeorm';
import { TenantEntity } from '../core/tenancy/tenant.entity';

@Entity('colleges')
@Index(['organisationId', 'name'], { unique: true })
export class College extends TenantEntity {
  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Share of the total voting power, an exact fraction such as "2/5". */
  @Column({ type: 'varchar', length: 40 })
  weight: string;

  @Column({ type: 'integer' })
  position: number;
}
