import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../core/graphql/input-rules';
import { UUIDScalar } from '../core/graphql/uuid.scalar';

@InputType()
export class CollegeInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'An existing college to keep; omit for a new one.' }) id?: string | null;
  @MaxLength(100) @Field() name: string;
  @MaxLength(40) @Field({ description: 'Share of the voting power: "40 %", "2/5" or "0.4".' }) weight: string;
}
