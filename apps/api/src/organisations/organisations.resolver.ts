import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { GraphQLJSONObject } from 'graphql-scalars';
import { presetProfile } from '@collegial/governance';
import { CurrentAccount, CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor, AuthenticatedAccount } from '../core/actor/actor';
import { CreateOrganisationInput, UpdateOrganisationInput } from './create-organisation.input';
import { GovernancePresetKindEnum } from './organisation-enums';
import { OrganisationObject } from './organisation.object';
import { OrganisationsService } from './organisations.service';

@Resolver(() => OrganisationObject)
export class OrganisationsResolver {
  constructor(private readonly organisations: OrganisationsService) {}

  @RequireRole('observer')
  @Query(() => OrganisationObject)
  async organisation(@Args('organisationId', { type: () => UUIDScalar }) _id: string, @CurrentActor() actor: Actor): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.organisations.get(actor), actor.role);
  }

  @Query(() => GraphQLJSONObject, { description: 'The governance profile preset of a legal form, with its sources.' })
  governancePreset(@Args('kind', { type: () => GovernancePresetKindEnum }) kind: keyof typeof GovernancePresetKindEnum): Record<string, unknown> {
    return presetProfile(kind) as unknown as Record<string, unknown>;
  }

  @Mutation(() => OrganisationObject, { description: 'Creates an organisation; I become its admin.' })
  async createOrganisation(@Args('input') input: CreateOrganisationInput, @CurrentAccount() account: AuthenticatedAccount): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.organisations.create(account.accountId, input), 'admin');
  }

  @RequireRole('admin')
  @Mutation(() => OrganisationObject)
  async updateOrganisation(
    @Args('organisationId', { type: () => UUIDScalar }) _id: string,
    @Args('input') input: UpdateOrganisationInput,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.organisations.update(actor, input), actor.role);
  }

  @RequireRole('admin')
  @Mutation(() => OrganisationObject, { description: "Replaces the statutes' rules; refused whole when invalid." })
  async updateGovernanceProfile(
    @Args('organisationId', { type: () => UUIDScalar }) _id: string,
    @Args('profile', { type: () => GraphQLJSONObject }) profile: Record<string, unknown>,
    @CurrentActor() actor: Actor,
  ): Promise<OrganisationObject> {
    return OrganisationObject.from(await this.organisations.updateGovernanceProfile(actor, profile), actor.role);
  }
}
