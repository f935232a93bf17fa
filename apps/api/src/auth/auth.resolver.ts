import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArgRules } from '../core/graphql/input-rules';
import type { AuthenticatedAccount } from '../core/actor/actor';
import { AccountObject } from './account.object';
import { AccountsService } from './accounts.service';
import { AuthPayloadObject } from './auth-payload.object';
import { ClientAddress, CurrentAccount } from '../core/actor/current-actor.decorator';
import { Public } from '../core/actor/public.decorator';
import { RegisterInput } from './register.input';
import { SessionsService } from './sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @Mutation(() => AuthPayloadObject, { description: 'Creates an account and logs it in.' })
  async register(@Args('input') input: RegisterInput, @ClientAddress() address: string): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.accounts.register(input, address));
  }

  @Public()
  @ArgRules({ email: { maxLength: 254 }, password: { maxLength: 200 } })
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
