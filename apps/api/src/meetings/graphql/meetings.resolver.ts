import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { requestLoader } from '../../core/graphql/request-loaders';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { AgendaAmendment } from '../entities/agenda-amendment.entity';
import type { MeetingStatus } from '../entities/meeting-enums';
import type { AgendaNode } from '../services/agenda-tree';
import { AgendaService } from '../services/agenda.service';
import { MeetingsService } from '../services/meetings.service';
import { AgendaAmendmentObject, AgendaItemObject } from './agenda.object';
import { MeetingStatusEnum } from './meeting-enums.graphql';
import { ScheduleMeetingInput, UpdateMeetingInput } from './meeting.input';
import { MeetingObject } from './meeting.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const MeetingId = () => Args('meetingId', { type: () => UUIDScalar });

@Resolver(() => MeetingObject)
export class MeetingsResolver {
  constructor(
    private readonly meetingsService: MeetingsService,
    private readonly agendaService: AgendaService,
  ) {}

  @RequireRole('observer')
  @Query(() => [MeetingObject], { description: 'Meetings of the organisation by start, earliest first; from inclusive, to exclusive.' })
  async meetings(
    @OrganisationId() _o: string,
    @Args('bodyId', { type: () => UUIDScalar, nullable: true }) bodyId: string | null,
    @Args('status', { type: () => MeetingStatusEnum, nullable: true }) status: MeetingStatus | null,
    @Args('from', { type: () => Date, nullable: true }) from: Date | null,
    @Args('to', { type: () => Date, nullable: true }) to: Date | null,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingObject[]> {
    return (await this.meetingsService.list(actor, { bodyId, status, from, to })).map((m) => MeetingObject.from(m));
  }

  @RequireRole('observer')
  @Query(() => MeetingObject)
  async meeting(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetingsService.get(actor, meetingId));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'A new meeting in preparation (draft); a Jitsi Meet room is generated unless a link is given.' })
  async scheduleMeeting(@OrganisationId() _o: string, @Args('input') input: ScheduleMeetingInput, @CurrentActor() actor: Actor): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetingsService.schedule(actor, input));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'Changes the practical details of a meeting not yet open.' })
  async updateMeeting(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @Args('input') input: UpdateMeetingInput,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetingsService.update(actor, meetingId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => Boolean, { description: 'Deletes a meeting in preparation (draft), with its agenda.' })
  async deleteMeeting(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.meetingsService.delete(actor, meetingId);
    return true;
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'Opens the sitting: attendance and the live quorum start; the agenda no longer changes.' })
  async openMeeting(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetingsService.open(actor, meetingId));
  }

  @RequireRole('secretary')
  @Mutation(() => MeetingObject, { description: 'Closes the sitting: attendance is frozen.' })
  async closeMeeting(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<MeetingObject> {
    return MeetingObject.from(await this.meetingsService.close(actor, meetingId));
  }

  @ResolveField(() => [AgendaItemObject], { description: 'The agenda as a tree, in order.' })
  async agenda(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<AgendaItemObject[]> {
    const organisationId = meeting.organisationId;
    const loader = requestLoader<string, AgendaNode[]>(request, `agendas:${organisationId}`, async (ids) => {
      const trees = await this.agendaService.trees({ organisationId }, ids);
      return ids.map((id) => trees.get(id) ?? []);
    });
    return (await loader.load(meeting.id)).map((node) => AgendaItemObject.from(node));
  }

  @ResolveField(() => [AgendaAmendmentObject], { description: 'Changes to the agenda since the convocation was sent, oldest first.' })
  async amendments(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<AgendaAmendmentObject[]> {
    return (await this.amendmentsOf(meeting, request)).map((a) => AgendaAmendmentObject.from(a));
  }

  @ResolveField(() => Boolean, { description: 'The agenda changed after the convocation was sent (members are told).' })
  async amendedSinceConvocation(@Parent() meeting: MeetingObject, @Context('req') request: CollegialRequest): Promise<boolean> {
    return (await this.amendmentsOf(meeting, request)).length > 0;
  }

  private amendmentsOf(meeting: MeetingObject, request: CollegialRequest): Promise<AgendaAmendment[]> {
    const organisationId = meeting.organisationId;
    const loader = requestLoader<string, AgendaAmendment[]>(request, `agendaAmendments:${organisationId}`, async (ids) => {
      const byMeeting = await this.agendaService.amendmentsOf({ organisationId }, ids);
      return ids.map((id) => byMeeting.get(id) ?? []);
    });
    return loader.load(meeting.id);
  }
}
