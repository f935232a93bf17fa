import { Field, InputType, Int } from '@nestjs/graphql';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { MaxLength, NotNull } from '../../core/graphql/input-rules';
import type { AgendaItemKind } from '../entities/meeting-enums';
import { AgendaItemKindEnum } from './meeting-enums.graphql';

@InputType()
export class AddAgendaItemInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'The parent item; top level when absent.' }) parentId?: string | null;
  @Field(() => Int, { nullable: true, description: '0-based rank among the siblings; at the end when absent.' }) position?: number | null;
  @Field(() => AgendaItemKindEnum) kind: AgendaItemKind;
  @MaxLength(300) @Field() title: string;
  @MaxLength(20000) @Field(() => String, { nullable: true }) description?: string | null;
  @MaxLength(200) @Field(() => String, { nullable: true }) presenterName?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) presenterMemberId?: string | null;
  @Field(() => Int, { nullable: true }) plannedMinutes?: number | null;
}

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdateAgendaItemInput {
  @NotNull() @Field(() => AgendaItemKindEnum, { nullable: true }) kind?: AgendaItemKind;
  @NotNull() @MaxLength(300) @Field(() => String, { nullable: true }) title?: string;
  @MaxLength(20000) @Field(() => String, { nullable: true }) description?: string | null;
  @MaxLength(200) @Field(() => String, { nullable: true }) presenterName?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) presenterMemberId?: string | null;
  @Field(() => Int, { nullable: true }) plannedMinutes?: number | null;
}

@InputType()
export class AddResolutionInput {
  @MaxLength(300) @Field() title: string;
  @MaxLength(20000) @Field() text: string;
  @Field(() => Boolean, { nullable: true, description: 'true by default.' }) proposedByBoard?: boolean | null;
  @Field(() => Int, { nullable: true }) position?: number | null;
}

@InputType({ description: 'Leave a field out to keep it.' })
export class UpdateResolutionInput {
  @NotNull() @MaxLength(300) @Field(() => String, { nullable: true }) title?: string;
  @NotNull() @MaxLength(20000) @Field(() => String, { nullable: true }) text?: string;
  @NotNull() @Field(() => Boolean, { nullable: true }) proposedByBoard?: boolean;
}
