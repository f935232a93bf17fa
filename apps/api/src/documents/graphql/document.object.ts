import { Field, Float, ID, Int, ObjectType } from '@nestjs/graphql';
import type { DocumentKind, DocumentTarget } from '../entities/document-kind';
import type { Document } from '../entities/document.entity';
import type { DocumentVersion } from '../entities/document-version.entity';
import { downloadPath } from '../services/download-path';
import { DocumentKindEnum, DocumentTargetEnum } from './document-enums';

@ObjectType('DocumentVersion', { description: 'One upload of a document; its type is read from the content.' })
export class DocumentVersionObject {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '1 for the first upload, then 2, 3…' }) number: number;
  @Field({ description: 'Hex SHA-256 of the content.' }) sha256: string;
  @Field(() => Int, { description: 'In bytes.' }) size: number;
  @Field() mediaType: string;
  @Field({ description: 'The file name as uploaded.' }) fileName: string;
  @Field(() => ID, { nullable: true }) uploadedByAccountId: string | null;
  @Field(() => Date) uploadedAt: Date;
  @Field({ description: 'GET this address (with the session, or ?link= for a personal link) to download this version.' }) downloadPath: string;

  static from(version: DocumentVersion): DocumentVersionObject {
    return Object.assign(new DocumentVersionObject(), {
      id: version.id,
      number: version.number,
      sha256: version.sha256,
      size: version.size,
      mediaType: version.mediaType,
      fileName: version.fileName,
      uploadedByAccountId: version.uploadedByAccountId,
      uploadedAt: version.uploadedAt,
      downloadPath: downloadPath(version.documentId, version.number),
    });
  }
}

@ObjectType('Document', { description: 'A preparatory document of a meeting or an agenda item, or a document of the governance library.' })
export class DocumentObject {
  @Field(() => ID) id: string;
  @Field() title: string;
  @Field(() => DocumentKindEnum) kind: DocumentKind;
  @Field(() => DocumentTargetEnum) target: DocumentTarget;
  @Field(() => ID, { nullable: true, description: "The meeting (also an agenda item's document's meeting)." }) meetingId: string | null;
  @Field(() => ID, { nullable: true }) agendaItemId: string | null;
  @Field({ description: 'GET this address to download the current version.' }) downloadPath: string;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date) updatedAt: Date;
  /** For the versions' batched resolution: not fields of the object. */
  organisationId: string;
  currentVersionId: string | null;

  static from(document: Document): DocumentObject {
    return Object.assign(new DocumentObject(), {
      id: document.id,
      title: document.title,
      kind: document.kind,
      target: document.target,
      meetingId: document.meetingId,
      agendaItemId: document.agendaItemId,
      downloadPath: downloadPath(document.id),
      createdAt: document.createdAt,
      updatedAt: document.updatedAt,
      organisationId: document.organisationId,
      currentVersionId: document.currentVersionId,
    });
  }
}

@ObjectType('DocumentSearchHit', { description: 'A document found by a search, with where the words were found.' })
export class DocumentSearchHitObject {
  @Field(() => DocumentObject) document: DocumentObject;
  @Field(() => Float, { description: 'Higher is closer; words in the title weigh more than in the text.' }) rank: number;
  @Field({ description: 'Excerpts, HTML-escaped, the words found in <mark>…</mark>: safe to render as HTML.' }) excerpt: string;
}
