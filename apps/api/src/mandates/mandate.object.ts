import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import { compareDates, type MandateRole, type PlainDate } from '@collegial/governance';
import { graphqlEnum } from '../core/graphql/graphql-enum';
import { BodySummaryObject } from '../bodies/body.object';
import type { Mandate, MandateEndReason } from './mandate.entity';
import { MemberSummaryObject } from '../members/member-summary.object';
import type { Member } from '../members/member.entity';
import { MandateEndReasonEnum, MandateRoleEnum } from './mandate-enums';

export type MandateStatus = 'upcoming' | 'running' | 'ended';
export const MandateStatusEnum = graphqlEnum('MandateStatus', ['upcoming', 'running', 'ended'] as const, 'Where a mandate stands today.');

/** The effective (exclusive) end of a mandate: its actual end, else its planned term. */
export function effectiveEnd(mandate: Pick<Mandate, 'endedOn' | 'termEndOn'>): PlainDate | null {
  return mandate.endedOn ?? mandate.termEndOn;
}

export function mandateStatus(mandate: Pick<Mandate, 'startOn' | 'endedOn' | 'termEndOn'>, today: PlainDate): MandateStatus {
  if (compareDates(mandate.startOn, today) > 0) return 'upcoming';
  const end = effectiveEnd(mandate);
  return end !== null && compareDates(end, today) <= 0 ? 'ended' : 'running';
}

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
  @Field(() => String, { nullable: true, description: 'The decision of the handover (passation) that started this mandate, if any.' })
  handoverDecision: string | null;
  @Field(() => MemberSummaryObject) member: MemberSummaryObject;
  @Field(() => BodySummaryObject) body: BodySummaryObject;

  /** `mandate` carries its member and body (loaded with relations). */
  static from(mandate: Mandate, today: PlainDate, handoverDecision: string | null = null): MandateObject {
    if (!mandate.member || !mandate.body) throw new Error('MandateObject.from needs the mandate with its member and body');
    return Object.assign(new MandateObject(), {
      id: mandate.id,
      role: mandate.role,
      startOn: mandate.startOn,
      termEndOn: mandate.termEndOn,
      endedOn: mandate.endedOn,
      endReason: mandate.endReason,
      appointedBy: mandate.appointedBy,
      end: effectiveEnd(mandate),
      status: mandateStatus(mandate, today),
      handoverDecision,
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
