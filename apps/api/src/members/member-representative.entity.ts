import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { PlainDate } from '@collegial/governance';
import { Member } from './member.entity';
import { TenantEntity } from '../core/tenancy/tenant.entity';

/** The natural person who speaks and votes for a legal-entity member, over a period. */
@Entity('member_representatives')
@Index(['memberId'], { unique: true, where: 'until_on IS NULL' })
@Check('member_representatives_period', 'until_on IS NULL OR until_on >= since_on')
export class MemberRepresentative extends TenantEntity {
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
