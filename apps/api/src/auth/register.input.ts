import { Field, InputType } from '@nestjs/graphql';
import { LocaleEnum, type Locale } from '../core/locale/locale';

@InputType()
export class RegisterInput {
  @Field() email: string;
  @Field({ description: 'At least 10 characters.' }) password: string;
  @Field() displayName: string;
  @Field(() => LocaleEnum, { nullable: true }) locale?: Locale;
}
