import { Check, Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { DOCUMENT_KINDS, DOCUMENT_TARGETS, type DocumentKind, type DocumentTarget } from './document-kind';

/**
 * A preparatory document or a library document, with its versions. Its search vector
 * (title weighted A, the current version's text weighted B, French, accents aside) is kept
 * by a trigger written in the DocumentSearch migration.
 */
@Entity('documents')
@Check(
  'documents_target_consistent',
  `(target = 'library' AND meeting_id IS NULL AND agenda_item_id IS NULL) OR (target = 'meeting' AND meeting_id IS NOT NULL AND agenda_item_id IS NULL) OR (target = 'agendaItem' AND meeting_id IS NOT NULL AND agenda_item_id IS NOT NULL)`,
)
@Index(['organisationId', 'target', 'kind'])
@Index(['organisationId', 'meetingId'])
@Index(['organisationId', 'agendaItemId'])
@Index('documents_search_vector', { synchronize: false })
export class Document extends TenantEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'enum', enum: DOCUMENT_KINDS, enumName: 'document_kind' })
  kind: DocumentKind;

  @Column({ type: 'enum', enum: DOCUMENT_TARGETS, enumName: 'document_target' })
  target: DocumentTarget;

  /** Set for a meeting's document and for an agenda item's (its meeting), so a meeting's personal link opens both. */
  @Column({ type: 'uuid', nullable: true })
  meetingId: string | null;

  @Column({ type: 'uuid', nullable: true })
  agendaItemId: string | null;

  /**
   * The latest version (a composite foreign key with the organisation); null only inside the
   * upload transaction, between the document's row and its first version's.
   */
  @Column({ type: 'uuid', nullable: true })
  currentVersionId: string | null;

  /** Kept by the trigger of the DocumentSearch migration; never read nor written by the code. */
  @Column({ type: 'tsvector', nullable: true, select: false, insert: false, update: false })
  searchVector?: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
