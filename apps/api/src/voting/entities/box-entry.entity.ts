import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { College } from '../../colleges/college.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Ballot } from './ballot.entity';

/**
 * A ballot in a secret ballot's box: what was voted, and nothing of who voted. No voter,
 * no timestamp, a random id; the box is rewritten in random order at close, so neither
 * the rows' order nor their transaction links them to the participation list. The
 * college and weight are what the weighted count needs (the result is published per
 * college anyway). The receipt lets its voter find it once the box is published.
 */
@Entity('ballot_box')
@Index(['ballotId', 'receipt'], { unique: true })
export class BoxEntry extends TenantEntity {
  @Column({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn()
  ballot?: Ballot;

  @Column({ type: 'uuid', array: true })
  choices: string[];

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  @ManyToOne(() => College, { onDelete: 'RESTRICT' })
  @JoinColumn()
  college?: College;

  @Column({ type: 'integer' })
  weight: number;

  @Column({ type: 'varchar', length: 32 })
  receipt: string;
}
