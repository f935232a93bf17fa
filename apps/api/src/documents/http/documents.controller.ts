import { mkdir, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, HttpStatus, Inject, Logger, type OnModuleInit, Param, Post, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { AccountRolesService } from '../../access/account-roles.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { Actor } from '../../core/actor/actor';
import { Public } from '../../core/actor/public.decorator';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import type { Document } from '../entities/document.entity';
import type { DocumentVersion } from '../entities/document-version.entity';
import { DOCUMENT, invalidUpload } from '../services/document-messages';
import { DocumentLinkAccess } from '../services/document-link-access';
import { DocumentsService } from '../services/documents.service';
import { isUuid } from '../../core/text/is-uuid';
import { downloadPath } from '../services/download-path';
import { contentDisposition } from './content-disposition';
import { receiveUpload } from './multipart-upload';

const NOT_LOGGED_IN = {
  fr: 'Vous devez être connecté, ou ouvrir le lien personnel reçu par e-mail.',
  en: 'You must be logged in, or open the personal link you received by e-mail.',
};

/**
 * Files in and out, over plain HTTP (GraphQL carries no files):
 * - POST /api/documents: multipart form (organisationId, title, kind, target, meetingId?, agendaItemId?, then the file) → 201 with the document;
 * - POST /api/documents/:documentId/versions: multipart form (organisationId, then the file) → 201 with the document and its new version;
 * - GET /api/documents/:documentId/download[?version=N][&link=token]: the bytes, with a session of the organisation or a meeting's personal link.
 * Refusals are JSON in the shape of GraphQL errors, with their HTTP status.
 */
@Controller('api/documents')
export class DocumentsController implements OnModuleInit {
  private readonly logger = new Logger(DocumentsController.name);
  private readonly stagingDirectory: string;

  constructor(
    private readonly documents: DocumentsService,
    private readonly roles: AccountRolesService,
    private readonly links: DocumentLinkAccess,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.stagingDirectory = join(config.dataDir, 'documents', 'staging');
  }

  /** The staging folder, without what an api stopped in the middle of an upload left there a day ago or more (another replica may be receiving now). */
  async onModuleInit(): Promise<void> {
    await mkdir(this.stagingDirectory, { recursive: true });
    const dayAgo = Date.now() - 24 * 3600 * 1000;
    for (const name of await readdir(this.stagingDirectory)) {
      const path = join(this.stagingDirectory, name);
      const modified = await stat(path).then(
        (s) => s.mtimeMs,
        () => Date.now(),
      );
      if (modified < dayAgo) await rm(path, { force: true });
    }
  }

  @Post()
  async upload(@Req() request: CollegialRequest, @Res() response: Response): Promise<void> {
    const { accepted, file } = await receiveUpload(request, {
      maxBytes: this.config.documents.maxBytes,
      stagingDirectory: this.stagingDirectory,
      accept: async (fields, fileName) => {
        const actor = await this.uploader(request, fields.organisationId);
        const draft = await this.documents.checkDraft(actor, fields);
        return { actor, draft, name: this.documents.checkFileName(fileName) };
      },
    });
    const document = await this.documents.create(accepted.actor, accepted.draft, { ...file, ...accepted.name });
    await this.answer(response, accepted.actor, document);
  }

  @Post(':documentId/versions')
  async addVersion(@Req() request: CollegialRequest, @Res() response: Response, @Param('documentId') documentId: string): Promise<void> {
    const { accepted, file } = await receiveUpload(request, {
      maxBytes: this.config.documents.maxBytes,
      stagingDirectory: this.stagingDirectory,
      accept: async (fields, fileName) => {
        const actor = await this.uploader(request, fields.organisationId);
        await this.documents.get(actor, documentId);
        return { actor, name: this.documents.checkFileName(fileName) };
      },
    });
    const document = await this.documents.addVersion(accepted.actor, documentId, { ...file, ...accepted.name });
    await this.answer(response, accepted.actor, document);
  }

  @Public()
  @Get(':documentId/download')
  async download(
    @Req() request: CollegialRequest,
    @Res() response: Response,
    @Param('documentId') documentId: string,
    @Query('version') versionParameter?: string,
    @Query('link') link?: string,
  ): Promise<void> {
    const number = versionParameter === undefined ? undefined : Number(versionParameter);
    if (number !== undefined && (!Number.isInteger(number) || number < 1 || number > 2 ** 31 - 1)) {
      throw invalidUpload('Le paramètre « version » doit être un numéro de version (1, 2…).', 'The "version" parameter must be a version number (1, 2…).');
    }
    const document = await this.readable(request, documentId, link);
    const { version, content } = await this.documents.open({ organisationId: document.organisationId }, document, number);
    response.status(HttpStatus.OK);
    response.setHeader('Content-Type', version.mediaType);
    response.setHeader('Content-Length', String(version.size));
    response.setHeader('Content-Disposition', contentDisposition(version.fileName));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    // Opened in the browser anyway, a document runs no script of our origin.
    response.setHeader('Content-Security-Policy', "sandbox; default-src 'none'");
    response.setHeader('Cache-Control', 'private, no-cache');
    try {
      await pipeline(content, response);
    } catch (error) {
      this.logger.warn(`Download of ${document.id} v${version.number} cut short: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  /** The logged-in account as a secretary (or admin) of the organisation named by the form. */
  private async uploader(request: CollegialRequest, organisationId: string | undefined): Promise<Actor> {
    if (!request.account) throw new DomainError(ErrorReason.Unauthenticated, NOT_LOGGED_IN);
    if (!isUuid(organisationId)) {
      throw invalidUpload(
        'Le champ « organisationId » (avant le fichier) doit être l’identifiant de votre organisation.',
        'The field "organisationId" (before the file) must be your organisation\'s identifier.',
      );
    }
    return this.roles.actorFor(request.account.accountId, organisationId, 'secretary');
  }

  /**
   * The document if the caller may read it: any role in its organisation with a session,
   * or a personal link to the meeting it belongs to. Anything else is "not found".
   */
  private async readable(request: CollegialRequest, documentId: string, link: string | undefined): Promise<Document> {
    if (!request.account && !link) throw new DomainError(ErrorReason.Unauthenticated, NOT_LOGGED_IN);
    const document = await this.documents.findAnywhere(documentId);
    if (request.account) {
      const role = document ? await this.roles.roleOf(request.account.accountId, document.organisationId) : null;
      if (document && role) return document;
    }
    if (link) {
      const opened = await this.links.meetingOpenedBy(link);
      if (document && opened && opened.organisationId === document.organisationId && document.meetingId === opened.meetingId) return document;
    }
    throw DomainError.notFound(DOCUMENT);
  }

  private async answer(response: Response, actor: Actor, document: Document): Promise<void> {
    const versions = await this.documents.versionsOf(actor, [document.id]);
    const current = versions.get(document.id)?.find((v) => v.id === document.currentVersionId);
    response.status(HttpStatus.CREATED).json({
      id: document.id,
      title: document.title,
      kind: document.kind,
      target: document.target,
      meetingId: document.meetingId,
      agendaItemId: document.agendaItemId,
      downloadPath: downloadPath(document.id),
      version: current ? versionJson(current) : null,
    });
  }
}

function versionJson(version: DocumentVersion) {
  return {
    id: version.id,
    number: version.number,
    sha256: version.sha256,
    size: version.size,
    mediaType: version.mediaType,
    fileName: version.fileName,
    uploadedAt: version.uploadedAt,
    downloadPath: downloadPath(version.documentId, version.number),
  };
}
