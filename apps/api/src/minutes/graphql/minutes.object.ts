import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/graphql/connection';
import { PlainDateScalar } from '../../core/graphql/plain-date.scalar';
import type { Locale } from '../../core/locale/locale';
import type { ArchiveExport } from '../entities/archive-export.entity';
import type { DecisionKind, DecisionOutcome, MinutesLocale, MinutesStatus, OfficerRole, RegisterEntryKind, ArchiveStatus } from '../entities/minutes-enums';
import type { Minutes } from '../entities/minutes.entity';
import type { RegisterDecision } from '../entities/register-decision.entity';
import type { RegisterEntry } from '../entities/register-entry.entity';
import type { ChainVerification } from '../services/register-chain';
import {
  ArchiveStatusEnum,
  DecisionKindEnum,
  DecisionOutcomeEnum,
  MinutesLocaleEnum,
  MinutesStatusEnum,
  OfficerRoleEnum,
  RegisterEntryKindEnum,
} from './minutes-enums.graphql';

/** Where the PDFs are downloaded (a session's Bearer token, role observer or more). */
export const minutesPdfPath = (minutesId: string) => `/api/minutes/${minutesId}/pdf`;
export const registerEntryPdfPath = (entryId: string) => `/api/register/${entryId}/pdf`;
export const archiveDownloadPath = (exportId: string) => `/api/archives/${exportId}/download`;

@ObjectType('MinutesOfficer', { description: 'An officer of the meeting named on the minutes.' })
export class MinutesOfficerObject {
  @Field(() => ID) memberId: string;
  @Field() name: string;
}

@ObjectType('MinutesApproval', { description: "An officer's approval (signature)." })
export class MinutesApprovalObject {
  @Field(() => OfficerRoleEnum) role: OfficerRole;
  @Field(() => ID) memberId: string;
  @Field() memberName: string;
  @Field(() => Date) approvedAt: Date;
}

@ObjectType('MinutesItemSummary', { description: 'An agenda item of the minutes, with the summary of its debate.' })
export class MinutesItemSummaryObject {
  @Field(() => ID) agendaItemId: string;
  @Field({ description: '"2.1"' }) number: string;
  @Field() title: string;
  @Field() kind: string;
  @Field(() => String, { nullable: true }) summary: string | null;
}

@ObjectType('TechnicalIncident')
export class TechnicalIncidentObject {
  @Field({ description: "'HH:MM', local to the meeting." }) time: string;
  @Field() description: string;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
}

@ObjectType('StoredPdf', { description: 'A PDF kept by Collegial: its SHA-256, size, pages and download address.' })
export class StoredPdfObject {
  @Field() sha256: string;
  @Field(() => Int, { description: 'Bytes.' }) size: number;
  @Field(() => Int) pages: number;
  @Field({ description: 'GET with the session (Authorization: Bearer).' }) url: string;
}

@ObjectType('Minutes', { description: 'The minutes (procès-verbal) of a closed meeting: a draft, then approved and frozen.' })
export class MinutesObject {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => MinutesStatusEnum) status: MinutesStatus;
  @Field(() => MinutesLocaleEnum) locale: MinutesLocale;
  @Field(() => MinutesOfficerObject, { nullable: true }) chair: MinutesOfficerObject | null;
  @Field(() => MinutesOfficerObject, { nullable: true }) secretary: MinutesOfficerObject | null;
  @Field(() => [MinutesOfficerObject]) scrutineers: MinutesOfficerObject[];
  @Field(() => String, { nullable: true, description: 'Who convened, as set on the draft (null: the default for the body).' }) convenedBy: string | null;
  @Field(() => [MinutesItemSummaryObject], { description: 'The agenda items in order, with their summaries.' }) items: MinutesItemSummaryObject[];
  @Field(() => [TechnicalIncidentObject]) incidents: TechnicalIncidentObject[];
  @Field(() => [MinutesApprovalObject]) approvals: MinutesApprovalObject[];
  @Field(() => Date, { nullable: true }) approvedAt: Date | null;
  @Field(() => String, { nullable: true, description: "The content's seal (SHA-256 of its canonical JSON), once approved." }) seal: string | null;
  @Field(() => StoredPdfObject, { nullable: true, description: 'The approved PDF; null while a draft.' }) pdf: StoredPdfObject | null;
  @Field({ description: 'The PDF: the approved one, or a preview of the draft rendered on request.' }) pdfUrl: string;
  @Field(() => Int, { nullable: true, description: 'The register entry of approved minutes.' }) registerSequence: number | null;
  @Field(() => Date) updatedAt: Date;

  organisationId: string;
  entity: Minutes;

  static from(minutes: Minutes, parts: Pick<MinutesObject, 'chair' | 'secretary' | 'scrutineers' | 'items' | 'approvals' | 'registerSequence'>): MinutesObject {
    return Object.assign(new MinutesObject(), {
      id: minutes.id,
      meetingId: minutes.meetingId,
      status: minutes.status,
      locale: minutes.locale,
      convenedBy: minutes.convenedBy,
      incidents: minutes.incidents,
      approvedAt: minutes.approvedAt,
      seal: minutes.seal,
      pdf:
        minutes.status === 'approved' && minutes.pdfSha256
          ? { sha256: minutes.pdfSha256, size: minutes.pdfSize ?? 0, pages: minutes.pdfPages ?? 0, url: minutesPdfPath(minutes.id) }
          : null,
      pdfUrl: minutesPdfPath(minutes.id),
      updatedAt: minutes.updatedAt,
      organisationId: minutes.organisationId,
      entity: minutes,
      ...parts,
    });
  }
}

@ObjectType('RegisterEntry', { description: 'One set of minutes in the decision register, chained by hash to the previous one.' })
export class RegisterEntryObject {
  @Field(() => ID) id: string;
  @Field(() => Int) sequence: number;
  @Field(() => RegisterEntryKindEnum) kind: RegisterEntryKind;
  @Field(() => ID, { nullable: true }) minutesId: string | null;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field(() => ID) bodyId: string;
  @Field() bodyName: string;
  @Field(() => PlainDateScalar) meetingDate: string;
  @Field() title: string;
  @Field(() => String, { nullable: true }) seal: string | null;
  @Field(() => StoredPdfObject) pdf: StoredPdfObject;
  @Field(() => Int) firstPage: number;
  @Field(() => Int) lastPage: number;
  @Field() previousHash: string;
  @Field() hash: string;
  @Field(() => Date) recordedAt: Date;

  organisationId: string;

  static from(entry: RegisterEntry, bodyName: string): RegisterEntryObject {
    return Object.assign(new RegisterEntryObject(), {
      id: entry.id,
      sequence: entry.sequence,
      kind: entry.kind,
      minutesId: entry.minutesId,
      meetingId: entry.meetingId,
      bodyId: entry.bodyId,
      bodyName,
      meetingDate: String(entry.meetingDate),
      title: entry.title,
      seal: entry.seal,
      pdf: { sha256: entry.pdfSha256, size: entry.pdfSize, pages: entry.lastPage - entry.firstPage + 1, url: registerEntryPdfPath(entry.id) },
      firstPage: entry.firstPage,
      lastPage: entry.lastPage,
      previousHash: entry.previousHash,
      hash: entry.hash,
      recordedAt: entry.recordedAt,
      organisationId: entry.organisationId,
    });
  }
}

@ObjectType('RegisterDecision', { description: 'A decision of the register (a resolution, an election), linking to its minutes.' })
export class RegisterDecisionObject {
  @Field(() => ID) id: string;
  @Field(() => ID) entryId: string;
  @Field(() => Int, { description: "The entry's sequence in the register." }) sequence: number;
  @Field(() => DecisionKindEnum) kind: DecisionKind;
  @Field(() => String, { nullable: true, description: 'The resolution\'s number ("3").' }) number: string | null;
  @Field() title: string;
  @Field({ description: "The resolution's text, or the elected." }) text: string;
  @Field(() => DecisionOutcomeEnum, { nullable: true }) outcome: DecisionOutcome | null;
  @Field() explanation: string;
  @Field(() => ID) bodyId: string;
  @Field() bodyName: string;
  @Field(() => PlainDateScalar) meetingDate: string;
  @Field(() => ID, { nullable: true }) minutesId: string | null;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field(() => Int) firstPage: number;
  @Field(() => Int) lastPage: number;
  @Field({ description: "The PDF of the decision's minutes." }) pdfUrl: string;
  @Field(() => String, { nullable: true, description: 'With a text search: where the words were found, HTML-escaped, the words in <mark>.' })
  excerpt: string | null;

  static from(decision: RegisterDecision, excerpt: string | null): RegisterDecisionObject {
    const entry = decision.entry!;
    return Object.assign(new RegisterDecisionObject(), {
      id: decision.id,
      entryId: decision.entryId,
      sequence: entry.sequence,
      kind: decision.kind,
      number: decision.number,
      title: decision.title,
      text: decision.text,
      outcome: decision.outcome,
      explanation: decision.explanation,
      bodyId: decision.bodyId,
      bodyName: decision.body?.name ?? '',
      meetingDate: String(decision.meetingDate),
      minutesId: entry.minutesId,
      meetingId: entry.meetingId,
      firstPage: entry.firstPage,
      lastPage: entry.lastPage,
      pdfUrl: entry.minutesId ? minutesPdfPath(entry.minutesId) : registerEntryPdfPath(entry.id),
      excerpt,
    });
  }
}

export const RegisterDecisionConnection = Connection(RegisterDecisionObject, 'RegisterDecision');
export const RegisterEntryConnection = Connection(RegisterEntryObject, 'RegisterEntry');

@ObjectType('RegisterVerification', { description: "The decision register's hash chain, verified now." })
export class RegisterVerificationObject {
  @Field() intact: boolean;
  @Field(() => Int, { description: 'Entries checked.' }) entries: number;
  @Field(() => Int, { nullable: true, description: 'The first entry that does not hold; null when intact.' }) firstBrokenSequence: number | null;
  @Field({ description: "In the request's language." }) explanation: string;
  @Field() explanationFr: string;
  @Field() explanationEn: string;

  static from(verification: ChainVerification, locale: Locale): RegisterVerificationObject {
    return Object.assign(new RegisterVerificationObject(), {
      intact: verification.intact,
      entries: verification.entries,
      firstBrokenSequence: verification.firstBrokenSequence,
      explanation: verification.explanation[locale],
      explanationFr: verification.explanation.fr,
      explanationEn: verification.explanation.en,
    });
  }
}

@ObjectType('ArchiveExport', { description: "An export of the organisation's archive as one zip file." })
export class ArchiveExportObject {
  @Field(() => ID) id: string;
  @Field(() => ArchiveStatusEnum) status: ArchiveStatus;
  @Field(() => Int, { description: '0 to 100.' }) progress: number;
  @Field(() => Int) doneFiles: number;
  @Field(() => Int) totalFiles: number;
  @Field(() => String, { nullable: true }) sha256: string | null;
  @Field(() => Number, { nullable: true, description: 'Bytes.' }) size: number | null;
  @Field(() => String, { nullable: true, description: 'When done: GET with the session.' }) downloadUrl: string | null;
  @Field(() => String, { nullable: true }) failure: string | null;
  @Field(() => Date) createdAt: Date;
  @Field(() => Date, { nullable: true }) finishedAt: Date | null;

  static from(archive: ArchiveExport): ArchiveExportObject {
    const progress = archive.status === 'done' ? 100 : archive.totalFiles > 0 ? Math.floor((archive.doneFiles * 100) / archive.totalFiles) : 0;
    return Object.assign(new ArchiveExportObject(), {
      id: archive.id,
      status: archive.status,
      progress: Math.min(progress, archive.status === 'done' ? 100 : 99),
      doneFiles: archive.doneFiles,
      totalFiles: archive.totalFiles,
      sha256: archive.sha256,
      size: archive.size,
      downloadUrl: archive.status === 'done' ? archiveDownloadPath(archive.id) : null,
      failure: archive.failure,
      createdAt: archive.createdAt,
      finishedAt: archive.finishedAt,
    });
  }
}
