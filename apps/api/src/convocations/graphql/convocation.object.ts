import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';
import { Connection } from '../../core/graphql/connection';
import { PlainDateScalar } from '../../core/graphql/plain-date.scalar';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { ConvocationAnswer, ConvocationChannel, ConvocationStatus } from '../entities/convocation-enums';
import type { Convocation } from '../entities/convocation.entity';
import type { ConvocationSending } from '../entities/convocation-sending.entity';
import type { ConvocationProgress } from '../services/convocations.service';
import { ConvocationAnswerEnum, ConvocationChannelEnum, ConvocationStatusEnum } from './convocation-enums.graphql';

@ObjectType('MemberConvocation', { description: "One member's convocation to a meeting: its channel, delivery and the member's reply." })
export class ConvocationObject {
  @Field(() => UUIDScalar) id: string;
  @Field(() => UUIDScalar) meetingId: string;
  @Field(() => UUIDScalar) memberId: string;
  @Field() memberName: string;
  @Field(() => ConvocationChannelEnum) channel: ConvocationChannel;
  @Field(() => ConvocationStatusEnum) status: ConvocationStatus;
  @Field(() => String, { nullable: true, description: 'The address it was sent to.' }) email: string | null;
  @Field(() => String, { nullable: true, description: "The mail server's refusal." }) failureReason: string | null;
  @Field(() => Int) attempts: number;
  @Field(() => GraphQLISODateTime, { nullable: true }) sentAt: Date | null;
  @Field(() => ConvocationAnswerEnum, { nullable: true, description: "The member's reply, if any." }) reply: ConvocationAnswer | null;
  @Field(() => GraphQLISODateTime, { nullable: true }) repliedAt: Date | null;

  static from(convocation: Convocation): ConvocationObject {
    return Object.assign(new ConvocationObject(), {
      id: convocation.id,
      meetingId: convocation.meetingId,
      memberId: convocation.memberId,
      memberName: convocation.member?.name ?? '',
      channel: convocation.channel,
      status: convocation.status,
      email: convocation.email,
      failureReason: convocation.failureReason,
      attempts: convocation.attempts,
      sentAt: convocation.sentAt,
      reply: convocation.answer,
      repliedAt: convocation.answeredAt,
    });
  }
}

export const ConvocationConnection = Connection(ConvocationObject, 'MemberConvocation');

@ObjectType('ConvocationProgress', { description: "Where a meeting's convocations are: e-mails queued, sent, failed; letters to post." })
export class ConvocationProgressObject implements ConvocationProgress {
  @Field(() => Int) total: number;
  @Field(() => Int) queued: number;
  @Field(() => Int) sent: number;
  @Field(() => Int) failed: number;
  @Field(() => Int) byPost: number;
}

@ObjectType('PostalConvocation', { description: 'A member to convene by post, with their postal address.' })
export class PostalConvocationObject {
  @Field(() => UUIDScalar) convocationId: string;
  @Field(() => UUIDScalar) memberId: string;
  @Field() memberName: string;
  @Field(() => String, { nullable: true, description: 'Null: the address is missing from the member record.' }) postalAddress: string | null;

  static from(convocation: Convocation): PostalConvocationObject {
    return Object.assign(new PostalConvocationObject(), {
      convocationId: convocation.id,
      memberId: convocation.memberId,
      memberName: convocation.member?.name ?? '',
      postalAddress: convocation.member?.postalAddress ?? null,
    });
  }
}

@ObjectType('ConvocationSending', { description: 'A sending of the convocations: when, against which deadline, and the reason given when late.' })
export class ConvocationSendingObject {
  @Field(() => UUIDScalar) id: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'The account of the secretary who sent them.' }) accountId: string | null;
  @Field(() => GraphQLISODateTime) sentAt: Date;
  @Field(() => PlainDateScalar) sentOn: string;
  @Field(() => PlainDateScalar) latestSendingDate: string;
  @Field(() => Int) noticeDays: number;
  @Field() inTime: boolean;
  @Field(() => String, { nullable: true }) overrideReason: string | null;
  @Field(() => Int, { description: 'Convocations created by this sending.' }) created: number;
  @Field(() => Int) byEmail: number;
  @Field(() => Int) byPost: number;
  @Field({ description: 'The notice check, in the caller’s language.' }) explanation: string;

  static from(sending: ConvocationSending, explanation: string): ConvocationSendingObject {
    return Object.assign(new ConvocationSendingObject(), {
      id: sending.id,
      accountId: sending.accountId,
      sentAt: sending.sentAt,
      sentOn: sending.sentOn,
      latestSendingDate: sending.latestSendingDate,
      noticeDays: sending.noticeDays,
      inTime: sending.inTime,
      overrideReason: sending.overrideReason,
      created: sending.created,
      byEmail: sending.byEmail,
      byPost: sending.byPost,
      explanation,
    });
  }
}
