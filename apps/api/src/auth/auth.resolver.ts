import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AuthenticatedAccount } from '../common/actor';
import { AccountObject } from './account.object';
import { AccountsService } from './accounts.service';
import { AuthPayloadObject } from './auth-payload.object';
import { ClientAddress, CurrentAccount } from './current-actor.decorator';
import { Public } from './public.decorator';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject)
  async logIn(
    @Args('email') email: string,
    @Args('password') password: string,
    @ClientAddress() address: string,
  ): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.accounts.logIn(email, password, address));
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once.' })
  async logOut(@CurrentAccount() account: AuthenticatedAccount): Promise<boolean> {
    await this.sessions.revoke(account.sessionId);
    return true;
  }

  @Query(() => AccountObject)
  async me(@CurrentAccount() account: AuthenticatedAccount): Promise<AccountObject> {
    return AccountObject.from(await this.accounts.get(account.accountId));
  }
}
