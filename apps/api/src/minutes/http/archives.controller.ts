import { createReadStream } from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { Controller, Get, Logger, Param, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/actor/public.decorator';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { contentDisposition } from '../../documents/http/content-disposition';
import { ArchiveService } from '../services/archive.service';
import { ARCHIVE_EXPORT } from '../services/minutes-messages';
import { OrganisationReader } from './organisation-reader';

/** GET /api/archives/:exportId/download: a finished archive export (zip), for a secretary of its organisation. */
@Controller('api/archives')
export class ArchivesController {
  private readonly logger = new Logger(ArchivesController.name);

  constructor(
    private readonly archives: ArchiveService,
    private readonly reader: OrganisationReader,
  ) {}

  @Public()
  @Get(':exportId/download')
  async download(@Req() request: CollegialRequest, @Res() response: Response, @Param('exportId') exportId: string): Promise<void> {
    const archive = await this.archives.findAnywhere(exportId);
    await this.reader.actorFor(request, archive?.organisationId, ARCHIVE_EXPORT, 'secretary');
    if (archive!.status !== 'done') {
      throw new DomainError(ErrorReason.MinutesStatusForbids, {
        fr: "L'archive n'est pas encore prête : suivez sa progression, puis téléchargez-la.",
        en: 'The archive is not ready yet: follow its progress, then download it.',
      });
    }
    response.status(200);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Length', String(archive!.size));
    response.setHeader('Content-Disposition', contentDisposition(`archive-${archive!.createdAt.toISOString().slice(0, 10)}.zip`));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Cache-Control', 'private, no-cache');
    try {
      await pipeline(createReadStream(this.archives.path(archive!)), response);
    } catch (error) {
      this.logger.warn(`Archive download ${exportId} cut short: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
