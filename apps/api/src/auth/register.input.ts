import { Field, InputType } from '@nestjs/graphql';
import { LocaleEnum } from './locale.enum';

@InputType()
export class RegisterInput {
  @Field() email: string;
  @Field(() => LocaleEnum, { nullable: true, description: 'Language of the mail and of the account; French by default.' }) locale?: 'fr' | 'en' | null;
}
