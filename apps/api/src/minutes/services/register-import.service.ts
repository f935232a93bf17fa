import { readFile, rm } from 'node:fs/promises';
import { Inject, Injectable } from '@nestjs/common';
import type { Actor } from '../../core/actor/actor';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { requireText } from '../../core/text/required-text';
import { BodiesService } from '../../bodies/bodies.service';
import { contentTypeOf } from '../../documents/content/content-type';
import { isUuid } from '../../core/text/is-uuid';
import type { RegisterEntry } from '../entities/register-entry.entity';
import type { MinutesFiles } from './minutes-files';
import { pdfPageCount } from './minutes-files';
import { MINUTES_FILES } from './minutes-files.token';
import { invalid } from './minutes-messages';
import { RegisterService } from './register.service';

/** The fields of an import form, checked before the file is received. */
export interface ImportDraft {
  bodyId: string;
  meetingDate: string;
  title: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const TITLE = { fr: 'Le titre', en: 'The title' };

function notAPdf(fileName: string): DomainError {
  return new DomainError(
    ErrorReason.UnsupportedType,
    {
      fr: `« ${fileName} » n'est pas un PDF : seuls des procès-verbaux en PDF (scannés ou non) s'importent dans le registre.`,
      en: `"${fileName}" is not a PDF: only minutes as PDF (scanned or not) are imported into the register.`,
    },
    { accepted: ['pdf'] },
  );
}

/**
 * Minutes of past meetings, scanned as PDF, imported into the decision register: checked
 * by their content (a PDF signature, whatever the name says), kept by SHA-256, registered
 * as an entry of their own (one record to find them by title), paged on like the others.
 */
@Injectable()
export class RegisterImportService {
  constructor(
    private readonly bodies: BodiesService,
    private readonly register: RegisterService,
    @Inject(MINUTES_FILES) private readonly files: MinutesFiles,
  ) {}

  async checkDraft(actor: Actor, fields: Readonly<Record<string, string>>): Promise<ImportDraft> {
    const title = requireText(fields.title, TITLE, 300);
    const meetingDate = (fields.meetingDate ?? '').trim();
    const parsed = new Date(`${meetingDate}T00:00:00Z`);
    if (
      !DATE.test(meetingDate) ||
      Number.isNaN(parsed.getTime()) ||
      parsed.toISOString().slice(0, 10) !== meetingDate ||
      meetingDate < '1900-01-01' ||
      meetingDate > '2200-12-31'
    ) {
      throw invalid(
        'Le champ « meetingDate » doit être la date de la réunion (AAAA-MM-JJ).',
        'The field "meetingDate" must be the date of the meeting (YYYY-MM-DD).',
      );
    }
    if (!isUuid(fields.bodyId))
      throw invalid('Le champ « bodyId » doit être l’identifiant d’une instance.', 'The field "bodyId" must be a body\'s identifier.');
    const body = await this.bodies.get(actor, fields.bodyId);
    return { bodyId: body.id, meetingDate, title };
  }

  /** The name must say PDF before the file is received. */
  checkFileName(fileName: string): void {
    if (!/\.pdf$/i.test(fileName)) throw notAPdf(fileName || '?');
  }

  /** Registers the staged upload; refused (and removed) when its content is not a PDF. */
  async import(actor: Actor, draft: ImportDraft, file: { path: string; sha256: string; size: number; fileName: string }): Promise<RegisterEntry> {
    try {
      if ((await contentTypeOf(file.path, 'pdf')) !== 'pdf') throw notAPdf(file.fileName);
      const pages = pdfPageCount(await readFile(file.path));
      await this.files.adoptPdf(file.path, file.sha256);
      return await this.register.append(actor.organisationId, {
        kind: 'imported',
        minutesId: null,
        meetingId: null,
        bodyId: draft.bodyId,
        meetingDate: draft.meetingDate,
        title: draft.title,
        seal: null,
        pdf: { sha256: file.sha256, size: file.size, pages },
        decisions: [{ kind: 'record', number: null, title: draft.title, text: '', outcome: null, explanation: '' }],
        accountId: actor.accountId,
      });
    } finally {
      await rm(file.path, { force: true });
    }
  }
}
