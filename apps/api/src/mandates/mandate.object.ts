import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../core/graphql/connection';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import { MANDATE_STATUSES, mandateEffectiveEnd, mandateStatus, type MandateRole, type MandateStatus, type PlainDate } from '@collegial/governance';
import { graphqlEnum } from '../core/graphql/graphql-enum';
import { BodySummaryObject } from '../bodies/body.object';
import type { Mandate, MandateEndReason } from './mandate.entity';
import { MemberSummaryObject } from '../members/member-summary.object';
import type { Member } from '../members/member.entity';
import { MandateEndReasonEnum, MandateRoleEnum } from './mandate-enums';

export type { MandateStatus };
export const MandateStatusEnum = graphqlEnum('MandateStatus', MANDATE_STATUSES, 'Where a mandate stands today.');

@ObjectType('Mandate', { description: 'A member holding a role in a body over [startOn, end), the end day excluded.' })
export class MandateObject {
  @Field(() => ID) id: string;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => PlainDateScalar) startOn: string;
  @Field(() => PlainDateScalar, { nullable: true, description: 'Planned end of the term (first day no longer in office); null when there is no term.' })
  termEndOn: string | null;
  @Field(() => PlainDateScalar, { nullable: true, description: 'Actual end, when the mandate was ended (first day no longer in office).' })
  endedOn: string | null;
  @Field(() => MandateEndReasonEnum, { nullable: true }) endReason: MandateEndReason | null;
  @Field(() => String, { nullable: true, description: 'The decision that appointed the holder.' }) appointedBy: string | null;
  @Field(() => PlainDateScalar, { nullable: true, description: 'Effective end: endedOn, else termEndOn.' }) end: string | null;
  @Field(() => MandateStatusEnum, { description: 'Computed for today.' }) status: MandateStatus;
  // `handoverDecision` is resolved per request in one batch (MandatesResolver).
  @Field(() => MemberSummaryObject) member: MemberSummaryObject;
  @Field(() => BodySummaryObject) body: BodySummaryObject;

  /** Not in the schema: what the batched fields need. */
  organisationId: string;

  /** `mandate` carries its member and body (loaded with relations). */
  static from(mandate: Mandate, today: PlainDate): MandateObject {
    if (!mandate.member || !mandate.body) throw new Error('MandateObject.from needs the mandate with its member and body');
    return Object.assign(new MandateObject(), {
      id: mandate.id,
      organisationId: mandate.organisationId,
      role: mandate.role,
      startOn: mandate.startOn,
      termEndOn: mandate.termEndOn,
      endedOn: mandate.endedOn,
      endReason: mandate.endReason,
      appointedBy: mandate.appointedBy,
      end: mandateEffectiveEnd(mandate),
      status: mandateStatus(mandate, today),
      member: MemberSummaryObject.from(mandate.member),
      body: BodySummaryObject.from(mandate.body),
    });
  }
}

@ObjectType('Seat', { description: 'Who sits in a body on a date, and with which role.' })
export class SeatObject {
  @Field(() => MemberSummaryObject) member: MemberSummaryObject;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => MandateObject, { nullable: true, description: 'Null for plain membership of a general assembly.' })
  mandate: MandateObject | null;

  static from(member: Member, role: MandateRole, mandate: MandateObject | null): SeatObject {
    return Object.assign(new SeatObject(), { member: MemberSummaryObject.from(member), role, mandate });
  }
}

export const MandateConnection = Connection(MandateObject, 'Mandate');
