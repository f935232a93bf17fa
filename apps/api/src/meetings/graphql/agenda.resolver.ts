import { Args, Int, Mutation, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { AgendaService } from '../services/agenda.service';
import { AddAgendaItemInput, AddResolutionInput, UpdateAgendaItemInput, UpdateResolutionInput } from './agenda.input';
import { AgendaItemObject, ResolutionObject } from './agenda.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const ItemId = () => Args('itemId', { type: () => UUIDScalar });
const ResolutionId = () => Args('resolutionId', { type: () => UUIDScalar });

/** Changes to an agenda; once the meeting is convened each one is recorded as an amendment. */
@Resolver(() => AgendaItemObject)
export class AgendaResolver {
  constructor(private readonly agendaService: AgendaService) {}

  @RequireRole('secretary')
  @Mutation(() => AgendaItemObject, { description: 'Adds an item to the agenda (under parentId, at position; at the end by default).' })
  async addAgendaItem(
    @OrganisationId() _o: string,
    @Args('meetingId', { type: () => UUIDScalar }) meetingId: string,
    @Args('input') input: AddAgendaItemInput,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaItemObject> {
    return AgendaItemObject.from(await this.agendaService.addItem(actor, meetingId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => AgendaItemObject)
  async updateAgendaItem(
    @OrganisationId() _o: string,
    @ItemId() itemId: string,
    @Args('input') input: UpdateAgendaItemInput,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaItemObject> {
    return AgendaItemObject.from(await this.agendaService.updateItem(actor, itemId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => Boolean, { description: 'Removes an item with its sub-items and resolutions.' })
  async removeAgendaItem(@OrganisationId() _o: string, @ItemId() itemId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.agendaService.removeItem(actor, itemId);
    return true;
  }

  @RequireRole('secretary')
  @Mutation(() => AgendaItemObject, {
    description: 'Moves an item (with its sub-items) to position (0-based) under parentId (null: top level); 3 levels at most.',
  })
  async moveAgendaItem(
    @OrganisationId() _o: string,
    @ItemId() itemId: string,
    @Args('parentId', { type: () => UUIDScalar, nullable: true }) parentId: string | null,
    @Args('position', { type: () => Int }) position: number,
    @CurrentActor() actor: Actor,
  ): Promise<AgendaItemObject> {
    return AgendaItemObject.from(await this.agendaService.moveItem(actor, itemId, parentId ?? null, position));
  }

  @RequireRole('secretary')
  @Mutation(() => ResolutionObject)
  async addResolution(
    @OrganisationId() _o: string,
    @ItemId() itemId: string,
    @Args('input') input: AddResolutionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ResolutionObject> {
    return ResolutionObject.from(await this.agendaService.addResolution(actor, itemId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => ResolutionObject)
  async updateResolution(
    @OrganisationId() _o: string,
    @ResolutionId() resolutionId: string,
    @Args('input') input: UpdateResolutionInput,
    @CurrentActor() actor: Actor,
  ): Promise<ResolutionObject> {
    return ResolutionObject.from(await this.agendaService.updateResolution(actor, resolutionId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => Boolean)
  async removeResolution(@OrganisationId() _o: string, @ResolutionId() resolutionId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.agendaService.removeResolution(actor, resolutionId);
    return true;
  }
}
