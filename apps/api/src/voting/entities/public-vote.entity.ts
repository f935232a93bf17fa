import { Column, Entity, Index } from 'typeorm';
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

  @Column({ type: 'timestamptz', default: () => 'now()' })
  castAt: Date;
}
