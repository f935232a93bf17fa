import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { ArgRules } from '../core/graphql/input-rules';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor } from '../core/actor/actor';
import { connectionFrom, type ConnectionShape, PageArgs, pageRequest } from '../core/graphql/connection';
import type { CollegialRequest } from '../core/graphql/graphql-context';
import { requestLoader } from '../core/graphql/request-loaders';
import type { MemberRepresentative } from './member-representative.entity';
import { AddMemberInput, MemberFilterInput, RepresentativeInput, UpdateMemberInput } from './member.input';
import { MemberConnection, MemberObject, MemberRepresentativeObject } from './member.object';
import { MembersService } from './members.service';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const MemberId = () => Args('memberId', { type: () => UUIDScalar });

@Resolver(() => MemberObject)
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @RequireRole('observer')
  @Query(() => MemberConnection, { description: 'Current members by default, by name; filter by date, college or name.' })
  async members(
    @OrganisationId() _organisationId: string,
    @Args('filter', { type: () => MemberFilterInput, nullable: true }) filter: MemberFilterInput | null,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<MemberObject>> {
    const members = await this.membersService.page(actor, filter ?? {}, pageRequest(page));
    return connectionFrom(members, (m) => MemberObject.from(m, actor));
  }

  @ResolveField(() => [MemberRepresentativeObject], { description: 'For a legal entity: its representatives, newest first.' })
  async representatives(@Parent() member: MemberObject, @Context('req') request: CollegialRequest): Promise<MemberRepresentativeObject[]> {
    if (member.kind !== 'legalEntity') return [];
    const rows = await this.representativesLoader(request, member.organisationId).load(member.id);
    return rows.map((r) => MemberRepresentativeObject.from(r, member.personalDataVisible));
  }

  @ResolveField(() => MemberRepresentativeObject, { nullable: true, description: 'For a legal entity: who represents it now.' })
  async representative(@Parent() member: MemberObject, @Context('req') request: CollegialRequest): Promise<MemberRepresentativeObject | null> {
    return (await this.representatives(member, request)).find((r) => r.untilOn === null) ?? null;
  }

  @RequireRole('observer')
  @Query(() => MemberObject)
  async member(@OrganisationId() _o: string, @MemberId() memberId: string, @CurrentActor() actor: Actor): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.get(actor, memberId), actor);
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject)
  async addMember(@OrganisationId() _o: string, @Args('input') input: AddMemberInput, @CurrentActor() actor: Actor): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.add(actor, input), actor);
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject)
  async updateMember(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('input') input: UpdateMemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.update(actor, memberId, input), actor);
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject, { description: 'The member leaves the organisation on that date.' })
  async recordMemberDeparture(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('leftOn', { type: () => PlainDateScalar }) leftOn: string,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.recordDeparture(actor, memberId, leftOn), actor);
  }

  @RequireRole('secretary')
  @ArgRules({ reason: { maxLength: 1000 } })
  @Mutation(() => MemberObject, { description: 'Grants or withdraws the vote; a withdrawal needs its reason.' })
  async setVotingRights(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('hasVotingRights') hasVotingRights: boolean,
    @Args('reason', { type: () => String, nullable: true }) reason: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.setVotingRights(actor, memberId, hasVotingRights, reason), actor);
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject, { description: 'Records consent (or its withdrawal) to be convened by e-mail.' })
  async setENoticeConsent(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('consent') consent: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.setENoticeConsent(actor, memberId, consent), actor);
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject, { description: 'A legal entity names a new representative from a date.' })
  async changeRepresentative(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('representative') representative: RepresentativeInput,
    @Args('sinceOn', { type: () => PlainDateScalar }) sinceOn: string,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return MemberObject.from(await this.membersService.changeRepresentative(actor, memberId, representative, sinceOn), actor);
  }

  /** Representatives of every member in the response, in one query. */
  private representativesLoader(request: CollegialRequest, organisationId: string) {
    return requestLoader<string, MemberRepresentative[]>(request, `representatives:${organisationId}`, async (memberIds) => {
      const byMember = await this.membersService.representativesOf({ organisationId }, memberIds);
      return memberIds.map((id) => byMember.get(id) ?? []);
    });
  }
}
