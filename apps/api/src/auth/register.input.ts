import { Field, InputType } from '@nestjs/graphql';
import { LocaleEnum } from './locale.enum';

@InputType()
export class RegisterInput {
  @Field() email: string;
  @Field({ description: '12 to 128 characters, not easy to guess.' }) password: string;
  @Field() displayName: string;
  @Field(() => LocaleEnum, { nullable: true }) locale?: 'fr' | 'en';
}
