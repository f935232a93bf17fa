import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../../core/graphql/input-rules';

@InputType('ConvocationOverrideInput', { description: 'Sending after the notice deadline: the reason, recorded with who and when.' })
export class ConvocationOverrideInput {
  @MaxLength(1000) @Field({ description: 'Why the convocations go out late (recorded for the minutes).' }) reason: string;
}
