import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { College } from '../../colleges/college.entity';
import { CastRow } from './ballot-member-row.entity';

/**
 * A vote in a public ballot: who, for whom, what. One per member on the roll (unique), so
 * a vote counts once whatever the concurrency; it can change until close.
 */
@Entity('ballot_votes')
@Index(['ballotId', 'memberId'], { unique: true })
export class PublicVote extends CastRow {
  /** Ids of the options chosen. */
  @Column({ type: 'uuid', array: true })
  choices: string[];

  /** Hash of the client's key for the last cast: a retry with that key answers without voting again. */
  @Column({ type: 'bytea' })
  keyHash: Buffer;

  @Column({ type: 'varchar', length: 32 })
  receipt: string;

  /**
   * The member's college and weight on the roll, copied when the vote is cast (the roll is
   * frozen at opening), so that counting reads the votes alone, as it reads a secret box.
   */
  @Column({ type: 'uuid', nullable: true })
  collegeId: string | null;

  @ManyToOne(() => College, { onDelete: 'RESTRICT' })
  @JoinColumn()
  college?: College;

  @Column({ type: 'integer' })
  weight: number;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  castAt: Date;
}
