import { Field, Int, ObjectType } from '@nestjs/graphql';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import type { MemberKind } from './member.entity';
import { MemberKindEnum } from './member-kind.enum';
import type { AcceptedImportLine, MemberImportReport } from './member-import.service';

@ObjectType('AcceptedImportLine', { description: 'A line of the file that makes a member, as it would be added.' })
export class AcceptedImportLineObject {
  @Field(() => Int, { description: 'Line number in the file; the header is line 1.' }) line: number;
  @Field(() => MemberKindEnum) kind: MemberKind;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) collegeName: string | null;
  @Field(() => PlainDateScalar) joinedOn: string;
  @Field() hasVotingRights: boolean;
  @Field() eNoticeConsent: boolean;
  @Field(() => String, { nullable: true }) representativeName: string | null;

  static from({ line, draft, collegeName }: AcceptedImportLine): AcceptedImportLineObject {
    return Object.assign(new AcceptedImportLineObject(), {
      line,
      kind: draft.kind,
      name: draft.name,
      email: draft.email ?? null,
      collegeName,
      joinedOn: draft.joinedOn,
      hasVotingRights: draft.hasVotingRights ?? true,
      eNoticeConsent: draft.eNoticeConsent ?? false,
      representativeName: draft.representative?.name ?? null,
    });
  }
}

@ObjectType('RefusedImportLine', { description: 'A line of the file the import leaves out, with why.' })
export class RefusedImportLineObject {
  @Field(() => Int, { description: 'Line number in the file; the header is line 1.' }) line: number;
  @Field({ description: 'The line as written in the file.' }) raw: string;
  @Field(() => [String], { description: "Why it is refused, in the request's language." }) reasons: string[];
}

@ObjectType('MemberImportReport', { description: 'What an import of a members file does (or would do), line by line.' })
export class MemberImportReportObject {
  @Field(() => Int, { description: 'Lines after the header.' }) totalLines: number;
  @Field(() => Int) acceptedCount: number;
  @Field(() => Int) refusedCount: number;
  @Field(() => [AcceptedImportLineObject]) accepted: AcceptedImportLineObject[];
  @Field(() => [RefusedImportLineObject]) refused: RefusedImportLineObject[];
  @Field(() => Int, { description: 'Members added: 0 for a preview.' }) importedCount: number;

  static from(report: MemberImportReport): MemberImportReportObject {
    return Object.assign(new MemberImportReportObject(), {
      totalLines: report.totalLines,
      acceptedCount: report.accepted.length,
      refusedCount: report.refused.length,
      accepted: report.accepted.map((line) => AcceptedImportLineObject.from(line)),
      refused: report.refused.map((line) => Object.assign(new RefusedImportLineObject(), line)),
      importedCount: report.importedCount,
    });
  }
}
