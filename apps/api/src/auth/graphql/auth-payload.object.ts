import { Field, ObjectType } from '@nestjs/graphql';
import { AccountObject } from './account.object';
import type { OpenedSession } from '../services/accounts.service';

@ObjectType('AuthPayload')
export class AuthPayloadObject {
  @Field({ description: 'Send as "Authorization: Bearer <token>".' }) token: string;
  @Field() expiresAt: Date;
  @Field(() => AccountObject) account: AccountObject;

  static from(session: OpenedSession): AuthPayloadObject {
    return Object.assign(new AuthPayloadObject(), {
      token: session.token,
      expiresAt: session.expiresAt,
      account: AccountObject.from(session.account),
    });
  }
}
