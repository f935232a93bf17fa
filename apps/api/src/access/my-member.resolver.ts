import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { CurrentAccount } from '../core/actor/current-actor.decorator';
import type { AuthenticatedAccount } from '../core/actor/actor';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { MembersService } from '../members/members.service';
import { OrganisationObject } from '../organisations/organisation.object';

/**
 * Who I am among an organisation's members: the member my account is linked to. The pages
 * offer an officer's actions (approving the minutes) to that member only. An organisation
 * reaches the caller only where they hold a role, and this names no one else.
 */
@Resolver(() => OrganisationObject)
export class MyMemberResolver {
  constructor(private readonly members: MembersService) {}

  @ResolveField(() => UUIDScalar, { nullable: true, description: 'The member my account is linked to in this organisation; null when none.' })
  async myMemberId(@Parent() organisation: OrganisationObject, @CurrentAccount() account: AuthenticatedAccount): Promise<string | null> {
    return (await this.members.ofAccount(organisation.id, account.accountId))?.id ?? null;
  }
}
