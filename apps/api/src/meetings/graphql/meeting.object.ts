import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Convocation, MeetingKind } from '@collegial/governance';
import { BodySummaryObject } from '../../bodies/body.object';
import type { MeetingStatus } from '../entities/meeting-enums';
import type { Meeting } from '../entities/meeting.entity';
import { ConvocationEnum, MeetingKindEnum, MeetingStatusEnum } from './meeting-enums.graphql';

@ObjectType('Meeting', { description: 'A sitting of a body: a general assembly, a board meeting, a steering committee.' })
export class MeetingObject {
  @Field(() => ID) id: string;
  /** For the nested fields' loaders; not exposed. */
  organisationId: string;
  @Field(() => BodySummaryObject) body: BodySummaryObject;
  @Field(() => MeetingKindEnum) kind: MeetingKind;
  @Field(() => ConvocationEnum) convocation: Convocation;
  @Field(() => ID, { nullable: true, description: 'For a second convocation: the first meeting, which lacked quorum.' }) firstMeetingId: string | null;
  @Field() title: string;
  @Field(() => Date) startsAt: Date;
  @Field({ description: 'IANA time zone the meeting is announced in, e.g. Europe/Paris.' }) timeZone: string;
  @Field(() => Int, { nullable: true }) durationMinutes: number | null;
  @Field(() => Date, { nullable: true, description: 'startsAt + durationMinutes.' }) endsAt: Date | null;
  @Field(() => String, { nullable: true }) place: string | null;
  @Field(() => String, { nullable: true, description: 'The video room (a Jitsi Meet room unless another was given).' }) remoteLink: string | null;
  @Field(() => MeetingStatusEnum) status: MeetingStatus;
  @Field(() => ID, { nullable: true, description: 'Who chairs the sitting (receives blank proxies when the profile says the chair).' })
  chairMemberId: string | null;
  @Field(() => Date, { nullable: true }) convenedAt: Date | null;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => Date) createdAt: Date;

  static from(meeting: Meeting): MeetingObject {
    return Object.assign(new MeetingObject(), {
      id: meeting.id,
      organisationId: meeting.organisationId,
      body: BodySummaryObject.from(meeting.body!),
      kind: meeting.kind,
      convocation: meeting.convocation,
      firstMeetingId: meeting.firstMeetingId,
      title: meeting.title,
      startsAt: meeting.startsAt,
      timeZone: meeting.timeZone,
      durationMinutes: meeting.durationMinutes,
      endsAt: meeting.durationMinutes === null ? null : new Date(meeting.startsAt.getTime() + meeting.durationMinutes * 60_000),
      place: meeting.place,
      remoteLink: meeting.remoteLink,
      status: meeting.status,
      chairMemberId: meeting.chairMemberId,
      convenedAt: meeting.convenedAt,
      openedAt: meeting.openedAt,
      closedAt: meeting.closedAt,
      createdAt: meeting.createdAt,
    });
  }
}
