import { mkdir, rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { DomainError } from '../../core/errors/domain-error';
import { JobQueue } from '../../core/jobs/job-queue.service';
import type { Job } from '../../core/jobs/job-queues';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import { DocumentsService } from '../../documents/services/documents.service';
import { isUuid } from '../../core/text/is-uuid';
import { readerIn } from '../../meetings/services/meetings.service';
import { ArchiveExport } from '../entities/archive-export.entity';
import type { RegisterEntry } from '../entities/register-entry.entity';
import { ARCHIVE_QUEUE } from './archive-jobs';
import { ArchiveZip } from './archive-zip';
import type { MinutesFiles } from './minutes-files';
import { MINUTES_FILES } from './minutes-files.token';
import { ARCHIVE_EXPORT } from './minutes-messages';
import { RegisterService } from './register.service';

/** Progress is saved at most this often (a row update per file would be a write per file). */
const PROGRESS_EVERY_MS = 500;

/**
 * The organisation's whole archive as one zip, built by a durable job: the register's
 * PDFs (approved and imported minutes) in register order, the register as CSV (entries
 * and decisions), the chain's verification as JSON, and every document's current version.
 * Progress is kept on the export's row; the zip is kept under DATA_DIR/minutes/archives.
 */
@Injectable()
export class ArchiveService implements OnModuleInit {
  private readonly logger = new Logger(ArchiveService.name);

  constructor(
    @InjectTenantRepository(ArchiveExport) private readonly exports: TenantRepository<ArchiveExport>,
    private readonly register: RegisterService,
    private readonly documents: DocumentsService,
    private readonly jobs: JobQueue,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(MINUTES_FILES) private readonly files: MinutesFiles,
  ) {}

  onModuleInit(): void {
    this.jobs.register(ARCHIVE_QUEUE, (job) => this.build(job), { retryLimit: 2, retryDelaySeconds: 10, expireInSeconds: 3600, batchSize: 1, concurrency: 1 });
  }

  /** A new export, queued with its job in one transaction. */
  async request(actor: Actor): Promise<ArchiveExport> {
    return this.transactions.withTransaction(async () => {
      const scope = this.exports.of(actor.organisationId);
      const created = await scope.save(
        scope.create({
          status: 'queued',
          doneFiles: 0,
          totalFiles: 0,
          sha256: null,
          size: null,
          failure: null,
          requestedByAccountId: actor.accountId,
          finishedAt: null,
        }),
      );
      await this.jobs.send(ARCHIVE_QUEUE, { organisationId: actor.organisationId, exportId: created.id });
      return created;
    });
  }

  async get(actor: Pick<Actor, 'organisationId'>, exportId: string): Promise<ArchiveExport> {
    const found = isUuid(exportId) ? await this.exports.of(actor.organisationId).findOne({ id: exportId }) : null;
    if (!found) throw DomainError.notFound(ARCHIVE_EXPORT);
    return found;
  }

  findAnywhere(exportId: string): Promise<ArchiveExport | null> {
    return isUuid(exportId) ? this.exports.acrossOrganisations().findOne({ where: { id: exportId } }) : Promise.resolve(null);
  }

  path(archive: ArchiveExport): string {
    return this.files.archivePath(archive.id);
  }

  /** The job: builds the zip (again from the start after a crash: it is idempotent). */
  private async build(job: Job<typeof ARCHIVE_QUEUE>): Promise<void> {
    const { organisationId, exportId } = job.payload;
    const scope = this.exports.of(organisationId);
    const archive = await scope.findOne({ id: exportId });
    if (!archive || archive.status === 'done') return;
    const reader = readerIn(organisationId);
    const entries = await this.register.all(organisationId);
    const documents = await this.documents.all(reader);
    const totalFiles = entries.length + documents.length + 3;
    await scope.update({ id: exportId }, { status: 'running', totalFiles, doneFiles: 0, failure: null });
    const path = this.files.archivePath(exportId);
    await mkdir(dirname(path), { recursive: true });
    const zip = new ArchiveZip(path);
    let done = 0;
    let savedAt = Date.now();
    const progressed = async () => {
      done += 1;
      if (Date.now() - savedAt >= PROGRESS_EVERY_MS) {
        savedAt = Date.now();
        await scope.update({ id: exportId }, { doneFiles: done });
      }
    };
    try {
      for (const entry of entries) {
        await zip.addStream(`registre/${entryFileName(entry)}`, this.files.streamPdf(entry.pdfSha256));
        await progressed();
      }
      const decisions = await this.register.decisionsOfEntries(
        organisationId,
        entries.map((e) => e.id),
      );
      zip.addText('registre/registre.csv', registerCsv(entries));
      await progressed();
      zip.addText('registre/decisions.csv', decisionsCsv(entries, decisions));
      await progressed();
      zip.addText('registre/verification.json', `${JSON.stringify(await this.register.verify(organisationId), null, 2)}\n`);
      await progressed();
      const used = new Set<string>();
      for (const document of documents) {
        const { version, content } = await this.documents.open(reader, document);
        await zip.addStream(`documents/${uniqueName(used, version.fileName)}`, content);
        await progressed();
      }
      const { sha256, size } = await zip.close();
      await scope.update({ id: exportId }, { status: 'done', doneFiles: done, sha256, size, finishedAt: this.clock.now() });
    } catch (error) {
      await zip.abort();
      await rm(path, { force: true });
      const message = error instanceof Error ? error.message : String(error);
      this.logger.error(`Archive export ${exportId} failed: ${message}`);
      if (job.retriesLeft === 0) await scope.update({ id: exportId }, { status: 'failed', failure: message.slice(0, 1000), finishedAt: this.clock.now() });
      throw error;
    }
  }
}

/** "0003-2026-06-13-assemblee-generale-ordinaire-2026.pdf" */
function entryFileName(entry: RegisterEntry): string {
  const slug = entry.title
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 80);
  return `${String(entry.sequence).padStart(4, '0')}-${String(entry.meetingDate)}-${slug || 'proces-verbal'}.pdf`;
}

function uniqueName(used: Set<string>, fileName: string): string {
  const safe = fileName.replace(/[/\\]/g, '_') || 'document';
  let name = safe;
  for (let i = 2; used.has(name); i += 1) name = safe.replace(/(\.[^.]*)?$/, (ext) => ` (${i})${ext}`);
  used.add(name);
  return name;
}

function csvCell(value: string | number | Date | null | undefined): string {
  const text = value === null || value === undefined ? '' : value instanceof Date ? value.toISOString() : String(value);
  return /[",;\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function csv(rows: (string | number | Date | null | undefined)[][]): string {
  // A BOM so that a spreadsheet opens the accents as UTF-8.
  return `\uFEFF${rows.map((row) => row.map(csvCell).join(';')).join('\r\n')}\r\n`;
}

function registerCsv(entries: readonly RegisterEntry[]): string {
  return csv([
    ['sequence', 'nature', 'date', 'instance', 'titre', 'page_debut', 'page_fin', 'pdf_sha256', 'sceau', 'empreinte_precedente', 'empreinte', 'inscrit_le'],
    ...entries.map((e) => [
      e.sequence,
      e.kind,
      e.meetingDate,
      e.body?.name ?? '',
      e.title,
      e.firstPage,
      e.lastPage,
      e.pdfSha256,
      e.seal,
      e.previousHash,
      e.hash,
      e.recordedAt,
    ]),
  ]);
}

function decisionsCsv(
  entries: readonly RegisterEntry[],
  decisions: Map<string, { position: number; kind: string; number: string | null; title: string; outcome: string | null; explanation: string }[]>,
): string {
  return csv([
    ['sequence', 'date', 'instance', 'position', 'nature', 'numero', 'titre', 'resultat', 'explication'],
    ...entries.flatMap((e) =>
      (decisions.get(e.id) ?? []).map((d) => [e.sequence, e.meetingDate, e.body?.name ?? '', d.position, d.kind, d.number, d.title, d.outcome, d.explanation]),
    ),
  ]);
}
