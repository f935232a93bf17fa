import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../core/graphql/input-rules';
import type { BodyKind } from '@collegial/governance';
import { BodyKindEnum } from './body-kind.enum';

@InputType()
export class CreateBodyInput {
  @Field(() => BodyKindEnum) kind: BodyKind;
  @MaxLength(200) @Field({ description: 'Unique in the organisation, e.g. "Conseil d\'administration".' }) name: string;
}

@InputType()
export class UpdateBodyInput {
  @MaxLength(200) @Field() name: string;
}
