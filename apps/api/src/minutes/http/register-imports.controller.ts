import { mkdir } from 'node:fs/promises';
import { Controller, HttpStatus, Inject, type OnModuleInit, Post, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Public } from '../../core/actor/public.decorator';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { receiveUpload } from '../../documents/http/multipart-upload';
import { isUuid } from '../../core/text/is-uuid';
import { BodiesService } from '../../bodies/bodies.service';
import { RegisterEntryObject } from '../graphql/minutes.object';
import type { MinutesFiles } from '../services/minutes-files';
import { MINUTES_FILES } from '../services/minutes-files.token';
import { RegisterImportService } from '../services/register-import.service';
import { OrganisationReader } from './organisation-reader';

const ORGANISATION = { fr: 'Organisation', en: 'Organisation' };

/**
 * POST /api/register/imports: minutes of a past meeting (a scanned PDF) into the register.
 * multipart/form-data, the fields first (organisationId, bodyId, meetingDate YYYY-MM-DD,
 * title), then the file; a secretary's session. 201 with the register entry; a file that
 * is not a PDF: 415 UNSUPPORTED_MEDIA_TYPE, nothing kept.
 */
@Controller('api/register/imports')
export class RegisterImportsController implements OnModuleInit {
  constructor(
    private readonly imports: RegisterImportService,
    private readonly reader: OrganisationReader,
    private readonly bodies: BodiesService,
    @Inject(MINUTES_FILES) private readonly files: MinutesFiles,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await mkdir(this.files.stagingDirectory(), { recursive: true });
  }

  @Public()
  @Post()
  async import(@Req() request: CollegialRequest, @Res() response: Response): Promise<void> {
    const { accepted, file } = await receiveUpload(request, {
      maxBytes: this.config.documents.maxBytes,
      stagingDirectory: this.files.stagingDirectory(),
      accept: async (fields, fileName) => {
        const actor = await this.reader.actorFor(request, isUuid(fields.organisationId) ? fields.organisationId : null, ORGANISATION, 'secretary');
        const draft = await this.imports.checkDraft(actor, fields);
        this.imports.checkFileName(fileName);
        return { actor, draft };
      },
    });
    const entry = await this.imports.import(accepted.actor, accepted.draft, file);
    const body = await this.bodies.get(accepted.actor, entry.bodyId);
    response.status(HttpStatus.CREATED).json(RegisterEntryObject.from(entry, body.name));
  }
}
