import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Member } from '../../members/member.entity';
import { Ballot } from './ballot.entity';

/**
 * Who voted in a secret ballot (la liste d'émargement): one row per member on the roll
 * (unique), and nothing of what was voted. The ballot box holds that, unlinked.
 */
@Entity('ballot_participations')
@Index(['ballotId', 'memberId'], { unique: true })
export class Participation extends TenantEntity {
  @Column({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn()
  ballot?: Ballot;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  member?: Member;

  @Column({ type: 'uuid' })
  castByMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  castByMember?: Member;

  /** Hash of the client's key (not the key): a retry answers with the same receipt, recomputed from the key. */
  @Column({ type: 'bytea', nullable: true })
  keyHash: Buffer | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  castAt: Date;
}
