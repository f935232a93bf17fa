import { Field, ID, ObjectType } from '@nestjs/graphql';
import { MemberKindEnum } from './member-kind.enum';
import type { Member, MemberKind } from './member.entity';

/** A member as named inside another object (a mandate, a seat). */
@ObjectType('MemberSummary')
export class MemberSummaryObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => MemberKindEnum) kind: MemberKind;

  static from(member: Member): MemberSummaryObject {
    return Object.assign(new MemberSummaryObject(), { id: member.id, name: member.name, kind: member.kind });
  }
}
