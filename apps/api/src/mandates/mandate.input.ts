import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { MandateRole } from '@collegial/governance';
import type { MandateEndReason } from './mandate.entity';
import { MandateEndReasonEnum, MandateRoleEnum } from './mandate-enums';

@InputType()
export class AppointMandateInput {
  @Field(() => ID) bodyId: string;
  @Field(() => ID) memberId: string;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => GraphQLLocalDate) startOn: string;
  @Field(() => GraphQLLocalDate, {
    nullable: true,
    description: "First day no longer in office; by default the start plus the governance profile's term for this kind of body.",
  })
  termEndOn?: string | null;
  @Field(() => String, { nullable: true, description: 'The decision that appoints, e.g. "AG du 14 juin 2025, 4e résolution".' })
  appointedBy?: string | null;
}

@InputType()
export class HandOverInput {
  @Field(() => ID) bodyId: string;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => ID) successorMemberId: string;
  @Field(() => GraphQLLocalDate, { description: "The outgoing holder's last day is the day before; the successor starts that day." }) on: string;
  @Field({ description: 'The decision behind the handover, e.g. "Conseil d\'administration du 3 mars 2026".' }) decision: string;
  @Field(() => MandateEndReasonEnum, {
    nullable: true,
    description: "Why the outgoing mandate ends: 'expiry' when its term ends that day; otherwise required.",
  })
  outgoingEndReason?: MandateEndReason | null;
  @Field(() => ID, { nullable: true, description: 'For a role with several holders (vice-president, director): whose seat passes.' })
  outgoingMemberId?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true, description: "The successor's term end; by default from the governance profile." })
  successorTermEndOn?: string | null;
}
