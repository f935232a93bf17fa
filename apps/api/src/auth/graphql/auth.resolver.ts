import { Args, Info, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ArgRules } from '../../core/graphql/input-rules';
import type { AuthenticatedAccount } from '../../core/actor/actor';
import { AccountObject } from './account.object';
import { AccountsService } from '../services/accounts.service';
import { AuthPayloadObject } from './auth-payload.object';
import { ClientAddress, CurrentAccount } from '../../core/actor/current-actor.decorator';
import { Public } from '../../core/actor/public.decorator';
import { selectsOnly } from './selected-fields';
import { SessionsService } from '../services/sessions.service';

@Resolver()
export class AuthResolver {
  constructor(
    private readonly accounts: AccountsService,
    private readonly sessions: SessionsService,
  ) {}

  @Public()
  @ArgRules({ email: { maxLength: 254 }, password: { maxLength: 200 } })
  @Mutation(() => AuthPayloadObject)
  async logIn(@Args('email') email: string, @Args('password') password: string, @ClientAddress() address: string): Promise<AuthPayloadObject> {
    return AuthPayloadObject.from(await this.accounts.logIn(email, password, address));
  }

  @Mutation(() => Boolean, { description: 'Ends this session: its token stops working at once.' })
  async logOut(@CurrentAccount() account: AuthenticatedAccount): Promise<boolean> {
    await this.sessions.revoke(account.sessionId);
    return true;
  }

  @Query(() => AccountObject)
  async me(@CurrentAccount() account: AuthenticatedAccount, @Info() info: GraphQLResolveInfo): Promise<AccountObject> {
    // The id is the verified session's: only the other fields need the account's row.
    if (selectsOnly(info, ['id', '__typename'])) return Object.assign(new AccountObject(), { id: account.accountId });
    return AccountObject.from(await this.accounts.get(account.accountId));
  }
}
