import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { College } from '../../colleges/college.entity';
import { Member } from '../../members/member.entity';
import { ROLL_VIAS, type RollVia } from './ballot-enums';
import { BallotMemberRow } from './ballot-member-row.entity';

/**
 * One vote on a ballot's roll, frozen at opening: whose vote it is, who casts it (the
 * member, or the holder of their proxy), in which college and with which weight.
 */
@Entity('ballot_roll')
@Index(['ballotId', 'memberId'], { unique: true })
@Index(['ballotId', 'casterMemberId'])
export class RollEntry extends BallotMemberRow {
  @Column({ type: 'uuid' })
  casterMemberId: string;

  @ManyToOne(() => Member, { onDelete: 'RESTRICT' })
  @JoinColumn()
  casterMember?: Member;

  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  @ManyToOne(() => College, { onDelete: 'RESTRICT' })
  @JoinColumn()
  college?: College;

  @Column({ type: 'integer', default: 1 })
  weight: number;

  @Column({ type: 'enum', enum: ROLL_VIAS, enumName: 'ballot_roll_via' })
  via: RollVia;
}
