import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Member } from '../../members/member.entity';
import { Ballot } from './ballot.entity';

/**
 * A vote in a public ballot: who, for whom, what. One per member on the roll (unique), so
 * a vote counts once whatever the concurrency; it can change until close.
 */
@Entity('ballot_votes')
@Index(['ballotId', 'memberId'], { unique: true })
export class PublicVote extends TenantEntity {
  @Column({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn()
  ballot?: Ballot;

  /** The member whose vote this is. */
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  member?: Member;

  /** Who cast it: the member, or the holder of their proxy. */
  @Column({ type: 'uuid' })
  castByMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  castByMember?: Member;

  /** Ids of the options chosen. */
  @Column({ type: 'uuid', array: true })
  choices: string[];

  /** Hash of the client's key for the last cast: a retry with that key answers without voting again. */
  @Column({ type: 'bytea' })
  keyHash: Buffer;

  @Column({ type: 'varchar', length: 32 })
  receipt: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  castAt: Date;
}
