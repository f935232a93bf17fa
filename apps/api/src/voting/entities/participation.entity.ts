import { Column, Entity, Index } from 'typeorm';
import { CastRow } from './ballot-member-row.entity';

/**
 * Who voted in a secret ballot (la liste d'émargement): one row per member on the roll
 * (unique), and nothing of what was voted. The ballot box holds that, unlinked.
 */
@Entity('ballot_participations')
@Index(['ballotId', 'memberId'], { unique: true })
export class Participation extends CastRow {
  /** Hash of the client's key (not the key): a retry answers with the same receipt, recomputed from the key. Null for a bound blank proxy. */
  @Column({ type: 'bytea', nullable: true })
  keyHash: Buffer | null;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  castAt: Date;
}
