import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../../auth/entities/account.entity';
import { Body } from '../../bodies/body.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { Resolution } from '../../meetings/entities/resolution.entity';
import {
  BALLOT_KINDS,
  BALLOT_STATUSES,
  RESULTS_VISIBILITIES,
  ROLL_BASES,
  type BallotKind,
  type BallotStatus,
  type ResultsVisibility,
  type RollBasis,
} from './ballot-enums';

/**
 * A vote (scrutin): on a meeting's resolution or election, or a written consultation of a
 * body between meetings. Its roll is frozen when it opens; its result is computed once,
 * at close, from the stored ballots, and kept with its explanation.
 */
@Entity('ballots')
@Index(['organisationId', 'meetingId'])
@Index(['organisationId', 'bodyId', 'status'])
@Check('ballots_choices_range', 'min_choices >= 0 AND max_choices >= GREATEST(min_choices, 1)')
@Check('ballots_seats', `(kind = 'election') = (seats IS NOT NULL) AND (seats IS NULL OR seats >= 1)`)
@Check('ballots_secret_hidden', `NOT secret OR results_visibility = 'atClose'`)
@Check('ballots_schedule', 'closes_at IS NULL OR opens_at IS NULL OR closes_at > opens_at')
export class Ballot extends TenantEntity {
  @Column({ type: 'uuid' })
  bodyId: string;

  @ManyToOne(() => Body, { onDelete: 'RESTRICT' })
  @JoinColumn()
  body?: Body;

  /** Null for a written consultation between meetings. */
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @ManyToOne(() => Meeting, { onDelete: 'CASCADE' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'uuid', nullable: true })
  resolutionId: string | null;

  @ManyToOne(() => Resolution, { onDelete: 'RESTRICT' })
  @JoinColumn()
  resolution?: Resolution;

  @Column({ type: 'enum', enum: BALLOT_KINDS, enumName: 'ballot_kind' })
  kind: BallotKind;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  /** The question put (a resolution's text is read from the resolution). */
  @Column({ type: 'text', nullable: true })
  question: string | null;

  @Column({ type: 'boolean' })
  secret: boolean;

  @Column({ type: 'enum', enum: RESULTS_VISIBILITIES, enumName: 'ballot_results_visibility' })
  resultsVisibility: ResultsVisibility;

  @Column({ type: 'enum', enum: ROLL_BASES, enumName: 'ballot_roll_basis' })
  rollBasis: RollBasis;

  @Column({ type: 'integer' })
  minChoices: number;

  @Column({ type: 'integer' })
  maxChoices: number;

  /** Seats to fill (elections only). */
  @Column({ type: 'integer', nullable: true })
  seats: number | null;

  @Column({ type: 'enum', enum: BALLOT_STATUSES, enumName: 'ballot_status', default: 'draft' })
  status: BallotStatus;

  /** Opening and closing on schedule (a written consultation); null = by a secretary. */
  @Column({ type: 'timestamptz', nullable: true })
  opensAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closesAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  openedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;

  /** The quorum when a vote in the room opened (checked again before each vote), for the minutes. */
  @Column({ type: 'text', nullable: true })
  quorumExplanationFr: string | null;

  @Column({ type: 'text', nullable: true })
  quorumExplanationEn: string | null;

  /** The stored result (governance's figures as exact fraction texts), from the ballots at close. */
  @Column({ type: 'jsonb', nullable: true })
  result: Record<string, unknown> | null;

  /** adopted, rejected (resolutions), decided (choices, elections), noVotes. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  outcome: string | null;

  @Column({ type: 'text', nullable: true })
  explanationFr: string | null;

  @Column({ type: 'text', nullable: true })
  explanationEn: string | null;

  /** SHA-256 of the box's content at close (secret and public ballots alike). */
  @Column({ type: 'varchar', length: 64, nullable: true })
  boxSeal: string | null;

  /** Votes cast, counted at close. */
  @Column({ type: 'integer', nullable: true })
  castCount: number | null;

  /** Seed of a draw by lot that broke a tie, recorded so anyone can redo it. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  drawSeed: string | null;

  @Column({ type: 'uuid', nullable: true })
  createdByAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  createdByAccount?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
