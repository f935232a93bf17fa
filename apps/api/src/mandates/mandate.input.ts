import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../core/graphql/input-rules';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import type { MandateRole } from '@collegial/governance';
import type { MandateEndReason } from './mandate.entity';
import { MandateEndReasonEnum, MandateRoleEnum } from './mandate-enums';

@InputType()
export class AppointMandateInput {
  @Field(() => UUIDScalar) bodyId: string;
  @Field(() => UUIDScalar) memberId: string;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => PlainDateScalar) startOn: string;
  @Field(() => PlainDateScalar, {
    nullable: true,
    description: "First day no longer in office; by default the start plus the governance profile's term for this kind of body.",
  })
  termEndOn?: string | null;
  @MaxLength(500)
  @Field(() => String, { nullable: true, description: 'The decision that appoints, e.g. "AG du 14 juin 2025, 4e résolution".' })
  appointedBy?: string | null;
}

@InputType()
export class HandOverInput {
  @Field(() => UUIDScalar) bodyId: string;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => UUIDScalar) successorMemberId: string;
  @Field(() => PlainDateScalar, { description: "The outgoing holder's last day is the day before; the successor starts that day." }) on: string;
  @MaxLength(2000) @Field({ description: 'The decision behind the handover, e.g. "Conseil d\'administration du 3 mars 2026".' }) decision: string;
  @Field(() => MandateEndReasonEnum, {
    nullable: true,
    description: "Why the outgoing mandate ends: 'expiry' when its term ends that day; otherwise required.",
  })
  outgoingEndReason?: MandateEndReason | null;
  @Field(() => UUIDScalar, { nullable: true, description: 'For a role with several holders (vice-president, director): whose seat passes.' })
  outgoingMemberId?: string | null;
  @Field(() => PlainDateScalar, { nullable: true, description: "The successor's term end; by default from the governance profile." })
  successorTermEndOn?: string | null;
}
