import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { BodyKind } from '@collegial/governance';
import type { Body } from './body.entity';
import { BodyKindEnum } from './body-kind.enum';

@ObjectType('Body', { description: 'An instance: general assembly, board, bureau, steering committee…' })
export class BodyObject {
  @Field(() => ID) id: string;
  @Field(() => BodyKindEnum) kind: BodyKind;
  @Field() name: string;
  @Field(() => Date) createdAt: Date;

  static from(body: Body): BodyObject {
    return Object.assign(new BodyObject(), { id: body.id, kind: body.kind, name: body.name, createdAt: body.createdAt });
  }
}

/** A body as named inside another object (a mandate, a handover). */
@ObjectType('BodySummary')
export class BodySummaryObject {
  @Field(() => ID) id: string;
  @Field(() => BodyKindEnum) kind: BodyKind;
  @Field() name: string;

  static from(body: Body): BodySummaryObject {
    return Object.assign(new BodySummaryObject(), { id: body.id, kind: body.kind, name: body.name });
  }
}
