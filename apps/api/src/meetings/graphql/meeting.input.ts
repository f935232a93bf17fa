import { Field, InputType, Int } from '@nestjs/graphql';
import type { Convocation, MeetingKind } from '@collegial/governance';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { MaxLength, NotNull } from '../../core/graphql/input-rules';
import { ConvocationEnum, MeetingKindEnum } from './meeting-enums.graphql';

@InputType()
export class ScheduleMeetingInput {
  @Field(() => UUIDScalar) bodyId: string;
  @Field(() => MeetingKindEnum, { nullable: true, description: 'ordinary by default.' }) kind?: MeetingKind | null;
  @Field(() => ConvocationEnum, { nullable: true, description: 'first by default.' }) convocation?: Convocation | null;
  @Field(() => UUIDScalar, { nullable: true, description: 'Required for a second convocation.' }) firstMeetingId?: string | null;
  @MaxLength(300)
  @Field(() => String, { nullable: true, description: 'By default from the body, kind and year: « Assemblée générale ordinaire 2026 ».' })
  title?: string | null;
  @Field(() => Date) startsAt: Date;
  @MaxLength(64) @Field(() => String, { nullable: true, description: "IANA time zone; the organisation's by default." }) timeZone?: string | null;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @MaxLength(500) @Field(() => String, { nullable: true }) place?: string | null;
  @MaxLength(2000) @Field(() => String, { nullable: true, description: 'An http(s) address; a Jitsi Meet room is generated when absent.' }) remoteLink?:
    string | null;
  @Field(() => UUIDScalar, { nullable: true }) chairMemberId?: string | null;
}

@InputType({ description: 'Leave a field out to keep it; null clears place, remoteLink, durationMinutes, chairMemberId.' })
export class UpdateMeetingInput {
  @NotNull() @MaxLength(300) @Field(() => String, { nullable: true }) title?: string;
  @NotNull() @Field(() => Date, { nullable: true }) startsAt?: Date;
  @NotNull() @MaxLength(64) @Field(() => String, { nullable: true }) timeZone?: string;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
  @MaxLength(500) @Field(() => String, { nullable: true }) place?: string | null;
  @MaxLength(2000) @Field(() => String, { nullable: true }) remoteLink?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) chairMemberId?: string | null;
}
