import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../../core/graphql/input-rules';
import { LocaleEnum, type Locale } from '../../core/locale/locale';

@InputType()
export class RegisterInput {
  @MaxLength(254) @Field() email: string;
  @Field(() => LocaleEnum, { nullable: true, description: 'Language of the mail and of the account; French by default.' }) locale?: Locale | null;
}
