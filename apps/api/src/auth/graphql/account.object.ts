import { Field, ID, ObjectType } from '@nestjs/graphql';
import type { Account } from '../entities/account.entity';

@ObjectType('Account')
export class AccountObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() displayName: string;
  @Field({ description: "'fr' or 'en'" }) locale: string;

  static from(account: Account): AccountObject {
    return Object.assign(new AccountObject(), {
      id: account.id,
      email: account.email,
      displayName: account.displayName,
      locale: account.locale,
    });
  }
}
