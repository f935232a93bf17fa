import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { Account } from '../../auth/entities/account.entity';
import { TenantEntity } from '../../core/tenancy/tenant.entity';

/** One upload of a document: its bytes are in the storage under their SHA-256, shared by every version with the same content. */
@Entity('document_versions')
@Index(['documentId', 'number'], { unique: true })
@Index(['sha256'])
export class DocumentVersion extends TenantEntity {
  /** Its document (composite foreign key with the organisation, deleted with it: see the DocumentSearch migration). */
  @Column({ type: 'uuid' })
  documentId: string;

  /** 1 for the first upload, then 2, 3… */
  @Column({ type: 'integer' })
  number: number;

  /** Hex SHA-256 of the content: its key in the storage. */
  @Column({ type: 'char', length: 64 })
  sha256: string;

  @Column({ type: 'integer' })
  size: number;

  /** Read from the content at upload, never taken from the client. */
  @Column({ type: 'varchar', length: 120 })
  mediaType: string;

  @Column({ type: 'varchar', length: 255 })
  fileName: string;

  @Column({ type: 'uuid', nullable: true })
  uploadedByAccountId: string | null;

  @ManyToOne(() => Account, { onDelete: 'SET NULL' })
  @JoinColumn()
  uploadedByAccount?: Account;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  uploadedAt: Date;

  /** The text found in the file, for search (empty when there is none or extraction failed). */
  @Column({ type: 'text', default: '' })
  extractedText: string;
}
