import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Organisation } from './organisation.entity';
import type { PlainDate } from '@collegial/governance';
import { Member } from './member.entity';

/** The natural person who speaks and votes for a legal-entity member, over a period. */
@Entity('member_representatives')
@Index(['memberId'], { unique: true, where: 'until_on IS NULL' })
@Check('member_representatives_period', 'until_on IS NULL OR until_on >= since_on')
export class MemberRepresentative {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  organisationId: string;

  @ManyToOne(() => Organisation, { onDelete: 'CASCADE' })
  @JoinColumn()
  organisation?: Organisation;

  @Column({ type: 'uuid' })
  memberId: string;

  @ManyToOne(() => Member, { onDelete: 'CASCADE' })
  @JoinColumn()
  member?: Member;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'citext', nullable: true })
  email: string | null;

  @Column({ type: 'date' })
  sinceOn: PlainDate;

  /** Set when another representative takes over. */
  @Column({ type: 'date', nullable: true })
  untilOn: PlainDate | null;
}
