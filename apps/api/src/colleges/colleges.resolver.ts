import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor } from '../core/actor/actor';
import { CollegeInput } from './college.input';
import { CollegeObject } from './college.object';
import { CollegesService } from './colleges.service';

@Resolver(() => CollegeObject)
export class CollegesResolver {
  constructor(private readonly collegesService: CollegesService) {}

  @RequireRole('observer')
  @Query(() => [CollegeObject])
  async colleges(@Args('organisationId', { type: () => UUIDScalar }) _o: string, @CurrentActor() actor: Actor): Promise<CollegeObject[]> {
    return (await this.collegesService.list(actor)).map((c) => CollegeObject.from(c));
  }

  @RequireRole('admin')
  @Mutation(() => [CollegeObject], {
    description: 'Sets all the colleges at once: weights sum to 100 % (SCIC: each between 10 % and 50 %). Colleges left out are removed.',
  })
  async setColleges(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args('colleges', { type: () => [CollegeInput] }) colleges: CollegeInput[],
    @CurrentActor() actor: Actor,
  ): Promise<CollegeObject[]> {
    return (await this.collegesService.set(actor, colleges)).map((c) => CollegeObject.from(c));
  }
}
