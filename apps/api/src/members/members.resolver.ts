import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { ArgRules } from '../core/graphql/input-rules';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor } from '../core/actor/actor';
import type { Member } from './member.entity';
import { AddMemberInput, MemberFilterInput, RepresentativeInput, UpdateMemberInput } from './member.input';
import { MemberObject } from './member.object';
import { MembersService } from './members.service';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const MemberId = () => Args('memberId', { type: () => UUIDScalar });

@Resolver(() => MemberObject)
export class MembersResolver {
  constructor(private readonly membersService: MembersService) {}

  @RequireRole('observer')
  @Query(() => [MemberObject], { description: 'Current members by default; filter by date or college.' })
  async members(
    @OrganisationId() _organisationId: string,
    @Args('filter', { type: () => MemberFilterInput, nullable: true }) filter: MemberFilterInput | null,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject[]> {
    return this.objects(actor, await this.membersService.list(actor, filter ?? {}));
  }

  @RequireRole('observer')
  @Query(() => MemberObject)
  async member(@OrganisationId() _o: string, @MemberId() memberId: string, @CurrentActor() actor: Actor): Promise<MemberObject> {
    return this.object(actor, await this.membersService.get(actor, memberId));
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject)
  async addMember(@OrganisationId() _o: string, @Args('input') input: AddMemberInput, @CurrentActor() actor: Actor): Promise<MemberObject> {
    return this.object(actor, await this.membersService.add(actor, input));
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject)
  async updateMember(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('input') input: UpdateMemberInput,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return this.object(actor, await this.membersService.update(actor, memberId, input));
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject, { description: 'The member leaves the organisation on that date.' })
  async recordMemberDeparture(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('leftOn', { type: () => PlainDateScalar }) leftOn: string,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return this.object(actor, await this.membersService.recordDeparture(actor, memberId, leftOn));
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
    return this.object(actor, await this.membersService.setVotingRights(actor, memberId, hasVotingRights, reason));
  }

  @RequireRole('secretary')
  @Mutation(() => MemberObject, { description: 'Records consent (or its withdrawal) to be convened by e-mail.' })
  async setENoticeConsent(
    @OrganisationId() _o: string,
    @MemberId() memberId: string,
    @Args('consent') consent: boolean,
    @CurrentActor() actor: Actor,
  ): Promise<MemberObject> {
    return this.object(actor, await this.membersService.setENoticeConsent(actor, memberId, consent));
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
    return this.object(actor, await this.membersService.changeRepresentative(actor, memberId, representative, sinceOn));
  }

  private async object(actor: Actor, member: Member): Promise<MemberObject> {
    return (await this.objects(actor, [member]))[0];
  }

  /** Representatives of all listed members in one query. */
  private async objects(actor: Actor, members: Member[]): Promise<MemberObject[]> {
    const representatives = await this.membersService.representativesOf(
      actor,
      members.filter((m) => m.kind === 'legalEntity').map((m) => m.id),
    );
    return members.map((m) => MemberObject.from(m, representatives.get(m.id)));
  }
}
