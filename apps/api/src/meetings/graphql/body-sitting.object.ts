import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BodySummaryObject } from '../../bodies/body.object';
import { PlainDateScalar } from '../../core/graphql/plain-date.scalar';
import type { BodySitting } from '../services/body-rhythms.service';
import { MeetingObject } from './meeting.object';

@ObjectType('BodySitting', { description: "A body's rhythm, last sitting, next sitting proposed, and whether it is overdue." })
export class BodySittingObject {
  @Field(() => BodySummaryObject) body: BodySummaryObject;
  @Field(() => Int, { nullable: true, description: 'Months between sittings (a yearly steering committee: 12).' }) rhythmMonths: number | null;
  @Field(() => MeetingObject, { nullable: true, description: 'The last meeting convened or held that started before now.' }) lastSitting: MeetingObject | null;
  @Field(() => MeetingObject, { nullable: true, description: 'The next meeting scheduled from now.' }) nextScheduled: MeetingObject | null;
  @Field(() => PlainDateScalar, { nullable: true, description: "The last sitting's date plus the rhythm." }) nextSittingProposed: string | null;
  @Field({ description: 'The proposed date has passed and no later meeting is scheduled.' }) overdue: boolean;

  static from(sitting: BodySitting): BodySittingObject {
    return Object.assign(new BodySittingObject(), {
      body: BodySummaryObject.from(sitting.body),
      rhythmMonths: sitting.rhythmMonths,
      lastSitting: sitting.lastSitting ? MeetingObject.from(sitting.lastSitting) : null,
      nextScheduled: sitting.nextScheduled ? MeetingObject.from(sitting.nextScheduled) : null,
      nextSittingProposed: sitting.nextSittingProposed,
      overdue: sitting.overdue,
    });
  }
}
