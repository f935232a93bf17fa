import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../core/graphql/connection';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import type { MandateRole } from '@collegial/governance';
import { BodySummaryObject } from '../bodies/body.object';
import type { Handover } from './handover.entity';
import { MandateObject } from './mandate.object';
import { MandateRoleEnum } from './mandate-enums';

@ObjectType('Handover', { description: 'A passation de pouvoir: a role passing from one holder to the next.' })
export class HandoverObject {
  @Field(() => ID) id: string;
  @Field(() => BodySummaryObject) body: BodySummaryObject;
  @Field(() => MandateRoleEnum) role: MandateRole;
  @Field(() => PlainDateScalar) handedOverOn: string;
  @Field({ description: 'The decision behind it.' }) decision: string;
  @Field(() => MandateObject, { nullable: true, description: 'Null when the role had no holder before.' }) outgoing: MandateObject | null;
  @Field(() => MandateObject) incoming: MandateObject;

  /** `handover` carries its body and both mandates, each with member and body. */
  static from(handover: Handover, today: string): HandoverObject {
    if (!handover.body || !handover.incomingMandate) throw new Error('HandoverObject.from needs the handover with its body and mandates');
    const outgoing = handover.outgoingMandate ?? null;
    return Object.assign(new HandoverObject(), {
      id: handover.id,
      body: BodySummaryObject.from(handover.body),
      role: handover.role,
      handedOverOn: handover.handedOverOn,
      decision: handover.decision,
      outgoing: outgoing ? MandateObject.from(outgoing, today) : null,
      incoming: MandateObject.from(handover.incomingMandate, today),
    });
  }
}

export const HandoverConnection = Connection(HandoverObject, 'Handover');
