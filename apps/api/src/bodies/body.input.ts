import { Field, InputType } from '@nestjs/graphql';
import type { BodyKind } from '@collegial/governance';
import { BodyKindEnum } from './body-kind.enum';

@InputType()
export class CreateBodyInput {
  @Field(() => BodyKindEnum) kind: BodyKind;
  @Field({ description: 'Unique in the organisation, e.g. "Conseil d\'administration".' }) name: string;
}

@InputType()
export class UpdateBodyInput {
  @Field() name: string;
}
