import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../../auth/entities/account.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { ARCHIVE_STATUSES, type ArchiveStatus } from './minutes-enums';

/** An export of the organisation's archive (minutes, register, documents) as one zip, built by a job. */
@Entity('archive_exports')
@Index(['organisationId', 'createdAt'])
export class ArchiveExport extends TenantEntity {
  @Column({ type: 'enum', enum: ARCHIVE_STATUSES, enumName: 'archive_export_status', default: 'queued' })
  status: ArchiveStatus;

  /** Files written so far, of `totalFiles`. */
  @Column({ type: 'integer', default: 0 })
  doneFiles: number;

  @Column({ type: 'integer', default: 0 })
  totalFiles: number;

  @Column({ type: 'varchar', length: 64, nullable: true })
  sha256: string | null;

  @Column({ type: 'bigint', nullable: true, transformer: { to: (v: number | null) => v, from: (v: string | null) => (v === null ? null : Number(v)) } })
  size: number | null;

  @Column({ type: 'text', nullable: true })
  failure: string | null;

  @Column({ type: 'uuid', nullable: true })
  requestedByAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  requestedByAccount?: Account;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt: Date | null;
}
