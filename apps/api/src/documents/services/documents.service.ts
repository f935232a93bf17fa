import { isUuid } from '../../core/text/is-uuid';
import { rm } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { Transactional } from '@nestjs-cls/transactional';
import { In } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { DocumentTypeName } from '../../config/document-types';
import type { Actor } from '../../core/actor/actor';
import { DomainError } from '../../core/errors/domain-error';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { normaliseText } from '../../core/text/text-rules';
import { requireText } from '../../core/text/required-text';
import { contentTypeOf } from '../content/content-type';
import { FILE_TYPES, typeNamed } from '../content/file-types';
import { extractText } from '../content/text-extraction';
import { DOCUMENT_KINDS, DOCUMENT_TARGETS, type DocumentKind, type DocumentTarget } from '../entities/document-kind';
import { Document } from '../entities/document.entity';
import { DocumentVersion } from '../entities/document-version.entity';
import { DOCUMENT_STORAGE, type DocumentStorage, type StagedFile } from '../storage/document-storage';
import { AttachmentTargets, type CheckedTarget } from './attachment-targets';
import { DOCUMENT, TITLE, contentMismatch, invalidUpload, unsupportedType } from './document-messages';

export interface DocumentDraft extends CheckedTarget {
  title: string;
  kind: DocumentKind;
}

/** A file received for a document, its type claimed by its name (checked against the content before anything is kept). */
export interface UploadedFile extends StagedFile {
  fileName: string;
  type: DocumentTypeName;
}

/** A version's columns but its text, which lists never need. */
const WITHOUT_TEXT = {
  id: true,
  organisationId: true,
  documentId: true,
  number: true,
  sha256: true,
  size: true,
  mediaType: true,
  fileName: true,
  uploadedByAccountId: true,
  uploadedAt: true,
} as const;

/** Whether a text is a UUID (identifiers in form fields and paths, which no GraphQL scalar checks). */

/**
 * Preparatory documents and the governance library: uploads checked by their content,
 * kept in the storage by content, with their versions and their text for search.
 */
@Injectable()
export class DocumentsService {
  constructor(
    @InjectTenantRepository(Document) private readonly documents: TenantRepository<Document>,
    @InjectTenantRepository(DocumentVersion) private readonly versions: TenantRepository<DocumentVersion>,
    @Inject(DOCUMENT_STORAGE) private readonly storage: DocumentStorage,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly targets: AttachmentTargets,
  ) {}

  /** The fields of an upload form, checked before the file is received. */
  async checkDraft(actor: Actor, fields: Readonly<Record<string, string>>): Promise<DocumentDraft> {
    const title = requireText(fields.title, TITLE, 300);
    const kind = fields.kind as DocumentKind;
    if (!DOCUMENT_KINDS.includes(kind)) {
      throw invalidUpload(
        `Le champ « kind » doit valoir l'un de : ${DOCUMENT_KINDS.join(', ')}.`,
        `The field "kind" must be one of: ${DOCUMENT_KINDS.join(', ')}.`,
      );
    }
    const target = (fields.target || 'library') as DocumentTarget;
    if (!DOCUMENT_TARGETS.includes(target)) {
      throw invalidUpload(
        `Le champ « target » doit valoir l'un de : ${DOCUMENT_TARGETS.join(', ')}.`,
        `The field "target" must be one of: ${DOCUMENT_TARGETS.join(', ')}.`,
      );
    }
    const meetingId = this.optionalId(fields.meetingId, 'meetingId');
    const agendaItemId = this.optionalId(fields.agendaItemId, 'agendaItemId');
    if (target === 'meeting' && !meetingId)
      throw invalidUpload('Le champ « meetingId » est obligatoire pour un document de réunion.', 'The field "meetingId" is required for a meeting document.');
    if (target === 'agendaItem' && !agendaItemId) {
      throw invalidUpload(
        "Le champ « agendaItemId » est obligatoire pour un document d'un point de l'ordre du jour.",
        'The field "agendaItemId" is required for an agenda item document.',
      );
    }
    return { title, kind, ...(await this.targets.check(actor, target, meetingId, agendaItemId)) };
  }

  /** The type a file name claims, if the configuration accepts it; its name as kept (no path, at most 255 characters). */
  checkFileName(fileName: string): { fileName: string; type: DocumentTypeName } {
    const name = normaliseText(basename(fileName.replace(/\\/g, '/'))).slice(-255);
    const type = typeNamed(name);
    if (!type || !this.config.documents.types.includes(type)) throw unsupportedType(name || '?', this.config.documents.types);
    return { fileName: name, type };
  }

  /** A new document with its first version. */
  async create(actor: Actor, draft: DocumentDraft, file: UploadedFile): Promise<Document> {
    const stored = await this.keep(file);
    return this.insertDocument(actor, draft, file, stored);
  }

  /** A new version of a document: it becomes the current one. */
  async addVersion(actor: Actor, documentId: string, file: UploadedFile): Promise<Document> {
    await this.get(actor, documentId);
    const stored = await this.keep(file);
    return this.insertVersion(actor, documentId, file, stored);
  }

  async get(actor: Pick<Actor, 'organisationId'>, documentId: string): Promise<Document> {
    const document = isUuid(documentId) ? await this.documents.of(actor.organisationId).findOne({ id: documentId }) : null;
    if (!document) throw DomainError.notFound(DOCUMENT);
    return document;
  }

  /** The library's documents (optionally of one kind), by kind then title. */
  library(actor: Actor, kind?: DocumentKind | null): Promise<Document[]> {
    return this.documents.of(actor.organisationId).find({ where: { target: 'library', ...(kind ? { kind } : {}) }, order: { kind: 'ASC', title: 'ASC' } });
  }

  /** Every document of the organisation, by title (the archive export). */
  all(actor: Pick<Actor, 'organisationId'>): Promise<Document[]> {
    return this.documents.of(actor.organisationId).find({ order: { title: 'ASC' } });
  }

  /** Documents attached to these meetings (target meeting), by meeting. */
  async ofMeetings(actor: Pick<Actor, 'organisationId'>, meetingIds: readonly string[]): Promise<Map<string, Document[]>> {
    const rows = await this.documents.of(actor.organisationId).find({ where: { target: 'meeting', meetingId: In([...meetingIds]) }, order: { title: 'ASC' } });
    return groupBy(rows, (d) => d.meetingId!);
  }

  /** Documents attached to these agenda items, by item. */
  async ofAgendaItems(actor: Pick<Actor, 'organisationId'>, itemIds: readonly string[]): Promise<Map<string, Document[]>> {
    const rows = await this.documents
      .of(actor.organisationId)
      .find({ where: { target: 'agendaItem', agendaItemId: In([...itemIds]) }, order: { title: 'ASC' } });
    return groupBy(rows, (d) => d.agendaItemId!);
  }

  /** Versions of these documents, latest first, by document. */
  async versionsOf(actor: Pick<Actor, 'organisationId'>, documentIds: readonly string[]): Promise<Map<string, DocumentVersion[]>> {
    const rows = await this.versions
      .of(actor.organisationId)
      .find({ where: { documentId: In([...documentIds]) }, order: { number: 'DESC' }, select: WITHOUT_TEXT });
    return groupBy(rows, (v) => v.documentId);
  }

  @Transactional()
  async update(actor: Actor, documentId: string, changes: { title?: string | null; kind?: DocumentKind | null }): Promise<Document> {
    const document = await this.get(actor, documentId);
    if (changes.title !== undefined) document.title = requireText(changes.title, TITLE, 300);
    if (changes.kind !== undefined && changes.kind !== null) document.kind = changes.kind;
    return this.documents.of(actor.organisationId).save(document);
  }

  /**
   * Removes a document and its versions. Their bytes stay in the storage: another
   * document, of this or another organisation, may have the same content.
   */
  @Transactional()
  async remove(actor: Actor, documentId: string): Promise<void> {
    await this.get(actor, documentId);
    await this.documents.of(actor.organisationId).delete({ id: documentId });
  }

  /** A version to download (the current one unless `number` is given) and its bytes. */
  async open(actor: Pick<Actor, 'organisationId'>, document: Document, number?: number): Promise<{ version: DocumentVersion; content: Readable }> {
    const versions = this.versions.of(actor.organisationId);
    const version =
      number !== undefined
        ? await versions.findOne({ documentId: document.id, number }, { select: WITHOUT_TEXT })
        : document.currentVersionId
          ? await versions.findOne({ id: document.currentVersionId }, { select: WITHOUT_TEXT })
          : null;
    if (!version) throw DomainError.notFound({ fr: 'Version du document', en: 'Document version' });
    return { version, content: await this.storage.get(version.sha256) };
  }

  /**
   * A document by its identifier alone, for a download whose caller names no organisation
   * (a link in an e-mail): the caller's right to it is checked next, in its organisation.
   */
  async findAnywhere(documentId: string): Promise<Document | null> {
    return isUuid(documentId) ? this.documents.acrossOrganisations().findOne({ where: { id: documentId } }) : null;
  }

  /** Checks the content against the name, reads its text, and keeps the bytes; the staged file is gone afterwards. */
  private async keep(file: UploadedFile): Promise<{ mediaType: string; text: string }> {
    try {
      const content = await contentTypeOf(file.path, file.type);
      if (content !== file.type) throw contentMismatch(file.fileName);
      const text = await extractText(file.path, file.type);
      await this.storage.put(file);
      return { mediaType: FILE_TYPES[file.type].mediaType, text };
    } finally {
      await rm(file.path, { force: true });
    }
  }

  @Transactional()
  private async insertDocument(actor: Actor, draft: DocumentDraft, file: UploadedFile, stored: { mediaType: string; text: string }): Promise<Document> {
    const documents = this.documents.of(actor.organisationId);
    const document = await documents.save(
      documents.create({
        title: draft.title,
        kind: draft.kind,
        target: draft.target,
        meetingId: draft.meetingId,
        agendaItemId: draft.agendaItemId,
        currentVersionId: null,
      }),
    );
    return this.insertVersion(actor, document.id, file, stored);
  }

  @Transactional()
  private async insertVersion(actor: Actor, documentId: string, file: UploadedFile, stored: { mediaType: string; text: string }): Promise<Document> {
    const documents = this.documents.of(actor.organisationId);
    // Locked: two versions uploaded at once get numbers one after the other.
    const document = await documents.findOne({ id: documentId }, { lock: { mode: 'pessimistic_write' } });
    if (!document) throw DomainError.notFound(DOCUMENT);
    const versions = this.versions.of(actor.organisationId);
    const last = await versions.findOne({ documentId }, { order: { number: 'DESC' } });
    const version = await versions.save(
      versions.create({
        documentId,
        number: (last?.number ?? 0) + 1,
        sha256: file.sha256,
        size: file.size,
        mediaType: stored.mediaType,
        fileName: file.fileName,
        uploadedByAccountId: actor.accountId,
        extractedText: stored.text,
      }),
    );
    document.currentVersionId = version.id;
    return documents.save(document);
  }

  private optionalId(value: string | undefined, field: string): string | null {
    if (value === undefined || value === '') return null;
    if (!isUuid(value)) throw invalidUpload(`Le champ « ${field} » doit être un identifiant (UUID).`, `The field "${field}" must be an identifier (UUID).`);
    return value;
  }
}

function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}
