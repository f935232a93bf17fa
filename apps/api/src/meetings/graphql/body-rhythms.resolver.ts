import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { BodyRhythmsService } from '../services/body-rhythms.service';
import { BodySittingObject } from './body-sitting.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });

@Resolver(() => BodySittingObject)
export class BodyRhythmsResolver {
  constructor(private readonly rhythms: BodyRhythmsService) {}

  @RequireRole('observer')
  @Query(() => [BodySittingObject], { description: 'Each body with its rhythm, last sitting, next sitting proposed, and whether it is overdue.' })
  async bodySittings(@OrganisationId() _o: string, @CurrentActor() actor: Actor): Promise<BodySittingObject[]> {
    return (await this.rhythms.sittings(actor)).map((s) => BodySittingObject.from(s));
  }

  @RequireRole('secretary')
  @Mutation(() => BodySittingObject, { description: 'Sets how often a body sits, in months (1 to 120); null removes the rhythm.' })
  async setBodyRhythm(
    @OrganisationId() _o: string,
    @Args('bodyId', { type: () => UUIDScalar }) bodyId: string,
    @Args('months', { type: () => Int, nullable: true }) months: number | null,
    @CurrentActor() actor: Actor,
  ): Promise<BodySittingObject> {
    return BodySittingObject.from(await this.rhythms.set(actor, bodyId, months ?? null));
  }
}
