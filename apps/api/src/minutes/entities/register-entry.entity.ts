import { Check, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { PlainDate } from '@collegial/governance';
import { Account } from '../../auth/entities/account.entity';
import { Body } from '../../bodies/body.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { REGISTER_ENTRY_KINDS, type RegisterEntryKind } from './minutes-enums';
import { Minutes } from './minutes.entity';

/**
 * One set of minutes in the organisation's decision register (registre des délibérations):
 * append-only (a trigger refuses updates and deletes), numbered by `sequence`, chained by
 * hash (each entry's hash covers its content and the previous entry's hash), its pages
 * numbered on from the previous entry's, as a bound register's are.
 */
@Entity('register_entries')
@Index(['organisationId', 'sequence'], { unique: true })
@Index(['organisationId', 'minutesId'], { unique: true })
@Check('register_entries_pages', 'first_page >= 1 AND last_page >= first_page')
@Check('register_entries_minutes', `(kind = 'minutes') = (minutes_id IS NOT NULL)`)
export class RegisterEntry extends TenantEntity {
  /** 1, 2, 3… in the organisation, without gaps. */
  @Column({ type: 'integer' })
  sequence: number;

  @Column({ type: 'enum', enum: REGISTER_ENTRY_KINDS, enumName: 'register_entry_kind' })
  kind: RegisterEntryKind;

  @Column({ type: 'uuid', nullable: true })
  minutesId: string | null;

  @ManyToOne(() => Minutes, { onDelete: 'NO ACTION' })
  @JoinColumn()
  minutes?: Minutes;

  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'NO ACTION' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'NO ACTION' })
  @JoinColumn()
  body?: Body;

  /** The day of the meeting the minutes record. */
  @Column({ type: 'date' })
  meetingDate: PlainDate;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The minutes' seal (SHA-256 of their content); null for imported minutes. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  seal: string | null;

  @Column({ type: 'varchar', length: 64 })
  pdfSha256: string;

  @Column({ type: 'integer' })
  pdfSize: number;

  @Column({ type: 'integer' })
  firstPage: number;

  @Column({ type: 'integer' })
  lastPage: number;

  /** The previous entry's hash; 64 zeros for the first entry. */
  @Column({ type: 'varchar', length: 64 })
  previousHash: string;

  /** SHA-256 over the entry's content (its decisions included) and previousHash. */
  @Column({ type: 'varchar', length: 64 })
  hash: string;

  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  @Column({ type: 'uuid', nullable: true })
  recordedByAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  recordedByAccount?: Account;
}
