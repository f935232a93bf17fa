import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Convocation, Locale, MandateRole, QuorumResult } from '@collegial/governance';
import { MandateRoleEnum } from '../../mandates/mandate-enums';
import { MemberSummaryObject } from '../../members/member-summary.object';
import type { AttendanceMode, ProxyStatus } from '../entities/meeting-enums';
import type { MeetingProxy } from '../entities/meeting-proxy.entity';
import type { AttendanceLine } from '../services/attendance.service';
import { AttendanceModeEnum, AttendanceStatusEnum, ConvocationEnum, ProxyStatusEnum, type AttendanceStatus } from './meeting-enums.graphql';

@ObjectType('MeetingProxy', { description: 'A proxy (pouvoir) for one meeting; no holder = a blank proxy, which goes to the chair.' })
export class MeetingProxyObject {
  @Field(() => ID) id: string;
  @Field(() => ID) meetingId: string;
  @Field(() => MemberSummaryObject) principal: MemberSummaryObject;
  @Field(() => MemberSummaryObject, { nullable: true }) holder: MemberSummaryObject | null;
  @Field() blank: boolean;
  @Field(() => ProxyStatusEnum) status: ProxyStatus;
  @Field(() => Date) givenAt: Date;
  @Field(() => Date, { nullable: true }) endedAt: Date | null;
  @Field(() => ID, { nullable: true, description: 'The account that recorded it (a paper proxy); null through a personal link.' })
  recordedByAccountId: string | null;

  static from(proxy: MeetingProxy): MeetingProxyObject {
    return Object.assign(new MeetingProxyObject(), {
      id: proxy.id,
      meetingId: proxy.meetingId,
      principal: MemberSummaryObject.from(proxy.principalMember!),
      holder: proxy.holderMember ? MemberSummaryObject.from(proxy.holderMember) : null,
      blank: proxy.holderMemberId === null,
      status: proxy.status,
      givenAt: proxy.givenAt,
      endedAt: proxy.endedAt,
      recordedByAccountId: proxy.recordedByAccountId,
    });
  }
}

@ObjectType('AttendanceLine', { description: 'A convened member on the attendance sheet.' })
export class AttendanceLineObject {
  @Field(() => MemberSummaryObject) member: MemberSummaryObject;
  @Field(() => MandateRoleEnum, { description: "The member's role in the body ('member' in a general assembly without a mandate)." }) role: MandateRole;
  @Field({ description: 'Has a vote at this meeting (the voting roll).' }) hasVote: boolean;
  @Field(() => AttendanceStatusEnum) status: AttendanceStatus;
  @Field(() => AttendanceModeEnum, { nullable: true }) mode: AttendanceMode | null;
  @Field(() => Date, { nullable: true, description: 'First arrival.' }) arrivedAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'Last departure; null while present.' }) departedAt: Date | null;
  @Field(() => MemberSummaryObject, { nullable: true, description: 'For a represented member: who holds their vote.' })
  representedBy: MemberSummaryObject | null;
  @Field(() => Int, { description: 'Votes cast by this member: their own plus the proxies they hold (0 when not attending).' }) votes: number;

  static from(line: AttendanceLine): AttendanceLineObject {
    return Object.assign(new AttendanceLineObject(), {
      member: MemberSummaryObject.from(line.convened.member),
      role: line.convened.role,
      hasVote: line.convened.hasVote,
      status: line.status,
      mode: line.mode,
      arrivedAt: line.arrivedAt,
      departedAt: line.departedAt,
      representedBy: line.representedBy ? MemberSummaryObject.from(line.representedBy) : null,
      votes: line.votes,
    });
  }
}

@ObjectType('MeetingQuorum', { description: 'The live quorum, computed by libs/governance from the profile.' })
export class MeetingQuorumObject {
  @Field({ description: 'The meeting may decide (always true when no quorum applies).' }) reached: boolean;
  @Field({ description: 'A quorum applies to this meeting.' }) required: boolean;
  @Field(() => ConvocationEnum) convocation: Convocation;
  @Field(() => Int, { description: 'Members counted toward the quorum.' }) counted: number;
  @Field(() => Int, { description: 'Members with a vote (the base).' }) base: number;
  @Field(() => Int) present: number;
  @Field(() => Int) remote: number;
  @Field(() => Int) represented: number;
  @Field(() => Int, { nullable: true, description: 'Members needed to reach the quorum; null when none applies.' }) needed: number | null;
  @Field({ description: 'The threshold as a fraction of the base, e.g. "1/4".' }) threshold: string;
  @Field({ description: 'In the language of the request (Accept-Language).' }) explanation: string;
  @Field() explanationFr: string;
  @Field() explanationEn: string;

  static from(result: QuorumResult, locale: Locale): MeetingQuorumObject {
    return Object.assign(new MeetingQuorumObject(), {
      reached: result.reached,
      required: result.required,
      convocation: result.convocation,
      counted: result.counted,
      base: result.base,
      present: result.present,
      remote: result.remote,
      represented: result.represented,
      needed: result.needed,
      threshold: result.threshold.toString(),
      explanation: result.explanation[locale],
      explanationFr: result.explanation.fr,
      explanationEn: result.explanation.en,
    });
  }
}
