import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Member } from '../../members/member.entity';
import { Ballot } from './ballot.entity';

/** One option of a ballot: yes/no/abstain for a resolution, a choice, or a candidate. */
@Entity('ballot_options')
@Index(['ballotId', 'position'], { unique: true })
export class BallotOption extends TenantEntity {
  @Column({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn()
  ballot?: Ballot;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  label: string;

  /** yes, no or abstain for a resolution's options; null otherwise. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  code: string | null;

  /** The member standing, for a candidate who is one (their birth date breaks ties by age). */
  @Column({ type: 'uuid', nullable: true })
  candidateMemberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  candidateMember?: Member;
}
