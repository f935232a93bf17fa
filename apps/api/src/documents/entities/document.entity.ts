import { Column, CreateDateColumn, Entity, Index, UpdateDateColumn } from 'typeorm';
import { TenantEntity } from '../../core/tenancy/tenant.entity';
import { DOCUMENT_KINDS, DOCUMENT_TARGETS, type DocumentKind, type DocumentTarget } from './document-kind';

/**
 * A preparatory document or a library document, with its versions. Its search vector
 * (title weighted A, the current version's text weighted B, French, accents aside) is kept
 * by a trigger written in the DocumentSearch migration.
 */
@Entity('documents')
@Index(['organisationId', 'target', 'kind'])
@Index(['organisationId', 'meetingId'])
@Index(['organisationId', 'agendaItemId'])
export class Document extends TenantEntity {
  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'enum', enum: DOCUMENT_KINDS, enumName: 'document_kind' })
  kind: DocumentKind;

  @Column({ type: 'enum', enum: DOCUMENT_TARGETS, enumName: 'document_target' })
  target: DocumentTarget;

  /** Composite foreign keys to meetings and agenda_items are added once those tables exist. Set for a meeting's document and for an agenda item's (its meeting), so a meeting's personal link opens both. */
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

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
