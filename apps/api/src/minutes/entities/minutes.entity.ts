import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { Meeting } from '../../meetings/entities/meeting.entity';
import { Member } from '../../members/member.entity';
import { MINUTES_LOCALES, MINUTES_STATUSES, type MinutesLocale, type MinutesStatus, type RecordedIncident } from './minutes-enums';

/**
 * The minutes (procès-verbal) of a closed meeting: a draft the secretary edits (officers,
 * a summary of the debate per agenda item, incidents), assembled from the meeting each
 * time it is read; once both officers approved, its content is frozen here with its seal,
 * and its PDF stored by SHA-256.
 */
@Entity('minutes')
@Index(['organisationId', 'meetingId'], { unique: true })
@Check('minutes_approved_frozen', `status = 'draft' OR (content IS NOT NULL AND seal IS NOT NULL AND pdf_sha256 IS NOT NULL AND approved_at IS NOT NULL)`)
export class Minutes extends TenantEntity {
  @Column({ type: 'uuid' })
  meetingId: string;

  @ManyToOne(() => Meeting, { onDelete: 'NO ACTION' })
  @JoinColumn()
  meeting?: Meeting;

  @Column({ type: 'enum', enum: MINUTES_STATUSES, enumName: 'minutes_status', default: 'draft' })
  status: MinutesStatus;

  @Column({ type: 'enum', enum: MINUTES_LOCALES, enumName: 'minutes_locale', default: 'fr' })
  locale: MinutesLocale;

  /** Président(e) de séance: the meeting's chair by default. */
  @Column({ type: 'uuid', nullable: true })
  chairMemberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'NO ACTION' })
  @JoinColumn()
  chairMember?: Member;

  /** Secrétaire de séance: the holder of the body's secretary mandate by default. */
  @Column({ type: 'uuid', nullable: true })
  secretaryMemberId: string | null;

  @ManyToOne(() => Member, { onDelete: 'NO ACTION' })
  @JoinColumn()
  secretaryMember?: Member;

  /** Scrutateurs, in order (members' ids). */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  scrutineerMemberIds: string[];

  /** Who convened, as the minutes say it ("le conseil d'administration"); null: the default for the body. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  convenedBy: string | null;

  /** The secretary's summary of the debate, by agenda item id. */
  @Column({ type: 'jsonb', default: () => `'{}'` })
  summaries: Record<string, string>;

  /** Incidents of the remote connection during the sitting. */
  @Column({ type: 'jsonb', default: () => `'[]'` })
  incidents: RecordedIncident[];

  /** The MinutesDocument (libs/minutes-pdf) as approved; null while a draft. */
  @Column({ type: 'jsonb', nullable: true })
  content: Record<string, unknown> | null;

  /** minutesSeal(content): the SHA-256 of its canonical JSON, printed in the PDF's footer. */
  @Column({ type: 'varchar', length: 64, nullable: true })
  seal: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  pdfSha256: string | null;

  @Column({ type: 'integer', nullable: true })
  pdfSize: number | null;

  @Column({ type: 'integer', nullable: true })
  pdfPages: number | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
