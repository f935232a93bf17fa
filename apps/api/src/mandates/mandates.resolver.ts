import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import type { MandateRole } from '@collegial/governance';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor } from '../core/actor/actor';
import type { Handover } from './handover.entity';
import { HandoverConnection, HandoverObject } from './handover.object';
import { connectionFrom, type ConnectionShape, PageArgs, pageRequest } from '../core/graphql/connection';
import type { CollegialRequest } from '../core/graphql/graphql-context';
import { requestLoader } from '../core/graphql/request-loaders';
import type { Mandate, MandateEndReason } from './mandate.entity';
import { AppointMandateInput, HandOverInput } from './mandate.input';
import { MandateConnection, MandateObject, SeatObject } from './mandate.object';
import { MandatesService } from './mandates.service';
import { MandateEndReasonEnum, MandateRoleEnum } from './mandate-enums';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const BodyId = () => Args('bodyId', { type: () => UUIDScalar });

@Resolver(() => MandateObject)
export class MandatesResolver {
  constructor(private readonly mandatesService: MandatesService) {}

  @RequireRole('observer')
  @Query(() => MandateConnection, { description: 'The mandates of a body, by role; current and upcoming unless includeEnded.' })
  async mandates(
    @OrganisationId() _o: string,
    @BodyId() bodyId: string,
    @Args('memberId', { type: () => UUIDScalar, nullable: true }) memberId: string | null,
    @Args('includeEnded', { type: () => Boolean, nullable: true, defaultValue: false }) includeEnded: boolean | null,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<MandateObject>> {
    const mandates = await this.mandatesService.list(actor, bodyId, { memberId, includeEnded }, pageRequest(page));
    const day = await this.mandatesService.today(actor);
    return connectionFrom(mandates, (m) => MandateObject.from(m, day));
  }

  @ResolveField(() => String, { nullable: true, description: 'The decision of the handover (passation) that started this mandate, if any.' })
  async handoverDecision(@Parent() mandate: MandateObject, @Context('req') request: CollegialRequest): Promise<string | null> {
    const organisationId = mandate.organisationId;
    const loader = requestLoader<string, string | null>(request, `handoverDecisions:${organisationId}`, async (mandateIds) => {
      const decisions = await this.mandatesService.handoverDecisions({ organisationId }, mandateIds);
      return mandateIds.map((id) => decisions.get(id) ?? null);
    });
    return loader.load(mandate.id);
  }

  @RequireRole('observer')
  @Query(() => [SeatObject], {
    description: 'Who sits in the body on that date. For a general assembly: every member of the organisation that day, with the mandates held in it.',
  })
  async bodyComposition(
    @OrganisationId() _o: string,
    @BodyId() bodyId: string,
    @Args('on', { type: () => PlainDateScalar }) on: string,
    @CurrentActor() actor: Actor,
  ): Promise<SeatObject[]> {
    const seats = await this.mandatesService.composition(actor, bodyId, on);
    const mandates = await this.objects(
      actor,
      seats.flatMap((s) => (s.mandate ? [s.mandate] : [])),
    );
    const byId = new Map(mandates.map((m) => [m.id, m]));
    return seats.map((s) => SeatObject.from(s.member, s.role, s.mandate ? byId.get(s.mandate.id)! : null));
  }

  @RequireRole('observer')
  @Query(() => [MandateObject], { description: 'Mandates running on `from` (today by default) whose end falls within the next `days` days, soonest first.' })
  async mandatesEndingWithin(
    @OrganisationId() _o: string,
    @Args('days', { type: () => Int }) days: number,
    @Args('from', { type: () => PlainDateScalar, nullable: true }) from: string | null,
    @CurrentActor() actor: Actor,
  ): Promise<MandateObject[]> {
    return this.objects(actor, await this.mandatesService.endingWithin(actor, days, from ?? undefined));
  }

  @RequireRole('observer')
  @Query(() => [MandateObject], { description: 'Who held the role in the body, from when to when, oldest first.' })
  async roleHistory(
    @OrganisationId() _o: string,
    @BodyId() bodyId: string,
    @Args('role', { type: () => MandateRoleEnum }) role: MandateRole,
    @CurrentActor() actor: Actor,
  ): Promise<MandateObject[]> {
    return this.objects(actor, await this.mandatesService.roleHistory(actor, bodyId, role));
  }

  @RequireRole('observer')
  @Query(() => HandoverConnection, { description: 'The handovers (passations) of a body, oldest first.' })
  async handovers(
    @OrganisationId() _o: string,
    @BodyId() bodyId: string,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<HandoverObject>> {
    const handovers = await this.mandatesService.listHandovers(actor, bodyId, pageRequest(page));
    const day = await this.mandatesService.today(actor);
    return connectionFrom(handovers, (h) => HandoverObject.from(h, day));
  }

  @RequireRole('secretary')
  @Mutation(() => MandateObject, { description: "Appoints a member to a role in a body; the term defaults to the governance profile's." })
  async appointMandate(@OrganisationId() _o: string, @Args('input') input: AppointMandateInput, @CurrentActor() actor: Actor): Promise<MandateObject> {
    return (await this.objects(actor, [await this.mandatesService.appoint(actor, input)]))[0];
  }

  @RequireRole('secretary')
  @Mutation(() => MandateObject, { description: 'Ends a mandate; endedOn is the first day out of office.' })
  async endMandate(
    @OrganisationId() _o: string,
    @Args('mandateId', { type: () => UUIDScalar }) mandateId: string,
    @Args('endedOn', { type: () => PlainDateScalar }) endedOn: string,
    @Args('reason', { type: () => MandateEndReasonEnum }) reason: MandateEndReason,
    @CurrentActor() actor: Actor,
  ): Promise<MandateObject> {
    return (await this.objects(actor, [await this.mandatesService.end(actor, mandateId, endedOn, reason)]))[0];
  }

  @RequireRole('secretary')
  @Mutation(() => HandoverObject, { description: 'A passation: the holder leaves on `on`, the successor starts on `on`, with the decision behind it.' })
  async handOver(@OrganisationId() _o: string, @Args('input') input: HandOverInput, @CurrentActor() actor: Actor): Promise<HandoverObject> {
    return (await this.handoverObjects(actor, [await this.mandatesService.handOver(actor, input)]))[0];
  }

  private async objects(actor: Actor, mandates: Mandate[]): Promise<MandateObject[]> {
    const day = await this.mandatesService.today(actor);
    return mandates.map((m) => MandateObject.from(m, day));
  }

  private async handoverObjects(actor: Actor, handovers: Handover[]): Promise<HandoverObject[]> {
    const day = await this.mandatesService.today(actor);
    return handovers.map((h) => HandoverObject.from(h, day));
  }
}
