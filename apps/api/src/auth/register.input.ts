import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../core/graphql/input-rules';
import { LocaleEnum, type Locale } from '../core/locale/locale';

@InputType()
export class RegisterInput {
  @MaxLength(254) @Field() email: string;
  @Field({ description: 'At least 10 characters.' }) password: string;
  @MaxLength(200) @Field() displayName: string;
  @Field(() => LocaleEnum, { nullable: true }) locale?: Locale;
}
