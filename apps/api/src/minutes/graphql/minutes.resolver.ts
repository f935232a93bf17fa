import { Args, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { AgendaService } from '../../meetings/services/agenda.service';
import { flatten } from '../../meetings/services/agenda-tree';
import { MembersService } from '../../members/members.service';
import type { Minutes } from '../entities/minutes.entity';
import { MinutesService } from '../services/minutes.service';
import { RegisterService } from '../services/register.service';
import { UpdateMinutesInput } from './minutes.input';
import { MinutesObject } from './minutes.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });

@Resolver(() => MinutesObject)
export class MinutesResolver {
  constructor(
    private readonly minutesService: MinutesService,
    private readonly register: RegisterService,
    private readonly agendas: AgendaService,
    private readonly members: MembersService,
  ) {}

  @RequireRole('observer')
  @Query(() => MinutesObject, { nullable: true, description: "The meeting's minutes; null when none are drafted yet." })
  async minutes(
    @OrganisationId() _o: string,
    @Args('meetingId', { type: () => UUIDScalar }) meetingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MinutesObject | null> {
    const minutes = await this.minutesService.ofMeeting(actor, meetingId);
    return minutes ? this.view(actor, minutes) : null;
  }

  @RequireRole('secretary')
  @Mutation(() => MinutesObject, {
    description: "Drafts a closed meeting's minutes (chair: the meeting's; secretary: the body's secretary); returns the draft if it exists.",
  })
  async draftMinutes(
    @OrganisationId() _o: string,
    @Args('meetingId', { type: () => UUIDScalar }) meetingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MinutesObject> {
    return this.view(actor, await this.minutesService.draft(actor, meetingId));
  }

  @RequireRole('secretary')
  @Mutation(() => MinutesObject, { description: 'Edits a draft (approved minutes: CONFLICT). Approvals already given lapse.' })
  async updateMinutes(
    @OrganisationId() _o: string,
    @Args('minutesId', { type: () => UUIDScalar }) minutesId: string,
    @Args('input') input: UpdateMinutesInput,
    @CurrentActor() actor: Actor,
  ): Promise<MinutesObject> {
    return this.view(actor, await this.minutesService.update(actor, minutesId, input));
  }

  @RequireRole('member')
  @Mutation(() => MinutesObject, {
    description:
      'The caller approves as chair and/or secretary of these minutes (their account linked to that member). Once both approved: frozen, PDF stored, registered. Twice: CONFLICT; not an officer: FORBIDDEN.',
  })
  async approveMinutes(
    @OrganisationId() _o: string,
    @Args('minutesId', { type: () => UUIDScalar }) minutesId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MinutesObject> {
    return this.view(actor, await this.minutesService.approve(actor, minutesId));
  }

  @ResolveField(() => String, {
    description: "The content as libs/minutes-pdf's MinutesDocument, JSON: frozen once approved, assembled from the meeting now while a draft.",
  })
  async content(@Parent() minutes: MinutesObject): Promise<string> {
    return JSON.stringify(await this.minutesService.document(minutes.entity));
  }

  private async view(actor: Actor, minutes: Minutes): Promise<MinutesObject> {
    const [approvals, tree, entries] = await Promise.all([
      this.minutesService.approvalsOf(actor.organisationId, [minutes.id]),
      this.agendas.tree(actor, minutes.meetingId),
      this.register.ofMinutes(actor.organisationId, [minutes.id]),
    ]);
    const given = approvals.get(minutes.id) ?? [];
    const ids = [minutes.chairMemberId, minutes.secretaryMemberId, ...minutes.scrutineerMemberIds, ...given.map((a) => a.memberId)].filter(
      (id): id is string => !!id,
    );
    const members = await this.members.summariesOf(actor.organisationId, ids);
    const officer = (id: string | null) => (id ? { memberId: id, name: members.get(id)?.name ?? '' } : null);
    return MinutesObject.from(minutes, {
      chair: officer(minutes.chairMemberId),
      secretary: officer(minutes.secretaryMemberId),
      scrutineers: minutes.scrutineerMemberIds.map((id) => officer(id)!),
      items: flatten(tree).map((node) => ({
        agendaItemId: node.item.id,
        number: node.number,
        title: node.item.title,
        kind: node.item.kind,
        summary: minutes.summaries[node.item.id] ?? null,
      })),
      approvals: given.map((a) => ({ role: a.role, memberId: a.memberId, memberName: members.get(a.memberId)?.name ?? '', approvedAt: a.approvedAt })),
      registerSequence: entries.get(minutes.id)?.sequence ?? null,
    });
  }
}
