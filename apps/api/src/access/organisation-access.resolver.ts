import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import type { OrganisationRole } from '../core/actor/organisation-role';
import { AccountRolesService } from './account-roles.service';
import { AccountsService } from '../auth/services/accounts.service';
import { CurrentAccount, CurrentActor } from '../core/actor/current-actor.decorator';
import { OrganisationObject } from '../organisations/organisation.object';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor, AuthenticatedAccount } from '../core/actor/actor';
import { OrganisationAccessObject } from './organisation-access.object';
import { OrganisationRoleEnum } from '../core/actor/organisation-role';

/** Who has access to the organisation, and with which role: the admins' business. */
@Resolver(() => OrganisationAccessObject)
export class OrganisationAccessResolver {
  constructor(
    private readonly roles: AccountRolesService,
    private readonly accounts: AccountsService,
  ) {}

  @Query(() => [OrganisationObject], { description: 'The organisations I belong to.' })
  async myOrganisations(@CurrentAccount() account: AuthenticatedAccount): Promise<OrganisationObject[]> {
    const list = await this.roles.organisationsOf(account.accountId);
    return list.map(({ organisation, role }) => OrganisationObject.from(organisation, role));
  }

  @RequireRole('admin')
  @Query(() => [OrganisationAccessObject])
  async organisationAccess(@Args('organisationId', { type: () => UUIDScalar }) _o: string, @CurrentActor() actor: Actor): Promise<OrganisationAccessObject[]> {
    const roles = await this.roles.listForOrganisation(actor);
    const accounts = new Map((await this.accounts.findByIds(roles.map((r) => r.accountId))).map((a) => [a.id, a]));
    return roles.map((r) => OrganisationAccessObject.from(r, accounts.get(r.accountId)!));
  }

  @RequireRole('admin')
  @Mutation(() => OrganisationAccessObject, { description: 'Changes a role; the organisation always keeps an admin.' })
  async changeAccountRole(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args('accountId', { type: () => UUIDScalar }) accountId: string,
    @Args('role', { type: () => OrganisationRoleEnum }) role: OrganisationRole,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationAccessObject> {
    const changed = await this.roles.change(actor, accountId, role);
    return OrganisationAccessObject.from(changed!, await this.accounts.get(accountId));
  }

  @RequireRole('admin')
  @Mutation(() => Boolean, { description: "Removes an account's access to the organisation." })
  async removeAccountAccess(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args('accountId', { type: () => UUIDScalar }) accountId: string,
    @CurrentActor() actor: Actor,
  ): Promise<boolean> {
    await this.roles.change(actor, accountId, null);
    return true;
  }
}
