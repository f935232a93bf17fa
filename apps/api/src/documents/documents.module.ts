import { join } from 'node:path';
import { Module } from '@nestjs/common';
import { AccessModule } from '../access/access.module';
import { APP_CONFIG, type AppConfig } from '../config/app-config';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { Document } from './entities/document.entity';
import { DocumentVersion } from './entities/document-version.entity';
import { AgendaItemDocumentsResolver } from './graphql/agenda-item-documents.resolver';
import { DocumentsResolver } from './graphql/documents.resolver';
import { MeetingDocumentsResolver } from './graphql/meeting-documents.resolver';
import { DocumentsController } from './http/documents.controller';
import { AttachmentTargets } from './services/attachment-targets';
import { DocumentLinkAccess } from './services/document-link-access';
import { DocumentSearchService } from './services/document-search.service';
import { DocumentsService } from './services/documents.service';
import { DOCUMENT_STORAGE, type DocumentStorage } from './storage/document-storage';
import { LocalDocumentStorage } from './storage/local-document-storage';

/** The storage the configuration names (DOCUMENT_STORAGE): the local disk under DATA_DIR/documents for now. */
function documentStorage(config: AppConfig): DocumentStorage {
  switch (config.documents.storage) {
    case 'local':
      return new LocalDocumentStorage(join(config.dataDir, 'documents', 'content'));
  }
}

/**
 * Preparatory documents of meetings and agenda items, and the governance library: upload
 * and download over HTTP, storage by content, versions, French full-text search.
 */
@Module({
  imports: [TenancyModule.forFeature([Document, DocumentVersion]), AccessModule, MeetingsModule],
  controllers: [DocumentsController],
  providers: [
    { provide: DOCUMENT_STORAGE, inject: [APP_CONFIG], useFactory: documentStorage },
    DocumentsService,
    DocumentSearchService,
    AttachmentTargets,
    DocumentLinkAccess,
    DocumentsResolver,
    MeetingDocumentsResolver,
    AgendaItemDocumentsResolver,
  ],
  exports: [DocumentsService, DocumentLinkAccess],
})
export class DocumentsModule {}
