import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import type { PlainDate } from '@collegial/governance';
import { Body } from '../../bodies/body.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { DECISION_KINDS, DECISION_OUTCOMES, type DecisionKind, type DecisionOutcome } from './minutes-enums';
import { RegisterEntry } from './register-entry.entity';

/**
 * One decision of a register entry (a resolution, an election), a row of its own to be
 * searched (French full text, kept by a trigger) and filtered by body, date and outcome.
 * Covered by its entry's hash; append-only like it.
 */
@Entity('register_decisions')
@Index(['entryId', 'position'], { unique: true })
@Index(['organisationId', 'meetingDate'])
@Index(['organisationId', 'bodyId', 'meetingDate'])
export class RegisterDecision extends TenantEntity {
  @Column({ type: 'uuid' })
  entryId: string;

  @ManyToOne(() => RegisterEntry, { onDelete: 'NO ACTION' })
  @JoinColumn()
  entry?: RegisterEntry;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'enum', enum: DECISION_KINDS, enumName: 'register_decision_kind' })
  kind: DecisionKind;

  /** "1" for Résolution n° 1; null for an election or a record. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  number: string | null;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The resolution's text, the elected, or nothing. */
  @Column({ type: 'text', default: '' })
  text: string;

  @Column({ type: 'enum', enum: DECISION_OUTCOMES, enumName: 'register_decision_outcome', nullable: true })
  outcome: DecisionOutcome | null;

  /** The result explained, in the minutes' language. */
  @Column({ type: 'text', default: '' })
  explanation: string;

  /** The entry's body and date, repeated here so searches filter without a join. */
  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'NO ACTION' })
  @JoinColumn()
  body?: Body;

  @Column({ type: 'date' })
  meetingDate: PlainDate;

  /** Kept by the trigger of the Minutes migration (french_unaccent). */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;
}
