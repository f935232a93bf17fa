import { Column, JoinColumn, ManyToOne } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Member } from '../../members/member.entity';
import { Ballot } from './ballot.entity';

/** A row about one member's vote on one ballot: on the roll, a public vote, a participation. */
export abstract class BallotMemberRow extends TenantEntity {
  @Column({ type: 'uuid' })
  ballotId: string;

  @ManyToOne(() => Ballot, { onDelete: 'CASCADE' })
  @JoinColumn()
  ballot?: Ballot;

  /** The member whose vote it is. */
  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  member?: Member;
}

/** A vote cast: by the member, or by the holder of their proxy. */
export abstract class CastRow extends BallotMemberRow {
  @Column({ type: 'uuid' })
  castByMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  castByMember?: Member;
}
