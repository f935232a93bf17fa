import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from './organisation.entity';

@Entity('colleges')
@Index(['organisationId', 'name'], { unique: true })
export class College {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  /** Share of the total voting power, an exact fraction such as "2/5". */
  @Column({ type: 'varchar', length: 40 })
  weight: string;

  @Column({ type: 'integer' })
  position: number;
}
