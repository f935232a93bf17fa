import { Field, ID, InputType } from '@nestjs/graphql';

@InputType()
export class CollegeInput {
  @Field(() => ID, { nullable: true, description: 'An existing college to keep; omit for a new one.' }) id?: string | null;
  @Field() name: string;
  @Field({ description: 'Share of the voting power: "40 %", "2/5" or "0.4".' }) weight: string;
}
