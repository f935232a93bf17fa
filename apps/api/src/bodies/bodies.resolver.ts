import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor } from '../core/actor/actor';
import { BodiesService } from './bodies.service';
import { CreateBodyInput, UpdateBodyInput } from './body.input';
import { BodyObject } from './body.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const BodyId = () => Args('bodyId', { type: () => UUIDScalar });

@Resolver(() => BodyObject)
export class BodiesResolver {
  constructor(private readonly bodiesService: BodiesService) {}

  @RequireRole('observer')
  @Query(() => [BodyObject], { description: 'The bodies of the organisation, general assembly first.' })
  async bodies(@OrganisationId() _o: string, @CurrentActor() actor: Actor): Promise<BodyObject[]> {
    return (await this.bodiesService.list(actor)).map((b) => BodyObject.from(b));
  }

  @RequireRole('observer')
  @Query(() => BodyObject)
  async body(@OrganisationId() _o: string, @BodyId() bodyId: string, @CurrentActor() actor: Actor): Promise<BodyObject> {
    return BodyObject.from(await this.bodiesService.get(actor, bodyId));
  }

  @RequireRole('secretary')
  @Mutation(() => BodyObject)
  async createBody(@OrganisationId() _o: string, @Args('input') input: CreateBodyInput, @CurrentActor() actor: Actor): Promise<BodyObject> {
    return BodyObject.from(await this.bodiesService.create(actor, input));
  }

  @RequireRole('secretary')
  @Mutation(() => BodyObject, { description: 'Renames a body; its kind does not change.' })
  async updateBody(
    @OrganisationId() _o: string,
    @BodyId() bodyId: string,
    @Args('input') input: UpdateBodyInput,
    @CurrentActor() actor: Actor,
  ): Promise<BodyObject> {
    return BodyObject.from(await this.bodiesService.rename(actor, bodyId, input.name));
  }
}
