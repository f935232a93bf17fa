import { Args, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import type { MandateRole } from '@collegial/governance';
import { CurrentActor } from '../core/actor/current-actor.decorator';
import { RequireRole } from '../core/actor/require-role.decorator';
import type { Actor } from '../core/actor/actor';
import type { Handover } from './handover.entity';
import { HandoverObject } from './handover.object';
import type { Mandate, MandateEndReason } from './mandate.entity';
import { AppointMandateInput, HandOverInput } from './mandate.input';
import { MandateObject, SeatObject } from './mandate.object';
import { Clock } from '../core/clock/clock';
import { MandatesService } from './mandates.service';
import { MandateEndReasonEnum, MandateRoleEnum } from './mandate-enums';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const BodyId = () => Args('bodyId', { type: () => UUIDScalar });

@Resolver(() => MandateObject)
export class MandatesResolver {
  constructor(
    private readonly mandatesService: MandatesService,
    private readonly clock: Clock,
  ) {}

  @RequireRole('observer')
  @Query(() => [MandateObject], { description: 'The mandates of a body, by role; current and upcoming unless includeEnded.' })
  async mandates(
    @OrganisationId() _o: string,
    @BodyId() bodyId: string,
    @Args('memberId', { type: () => UUIDScalar, nullable: true }) memberId: string | null,
    @Args('includeEnded', { type: () => Boolean, nullable: true, defaultValue: false }) includeEnded: boolean | null,
    @CurrentActor() actor: Actor,
  ): Promise<MandateObject[]> {
    return this.objects(actor, await this.mandatesService.list(actor, bodyId, { memberId, includeEnded }));
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
    const mandates = await this.objects(actor, seats.flatMap((s) => (s.mandate ? [s.mandate] : [])));
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
  @Query(() => [HandoverObject], { description: 'The handovers (passations) of a body, oldest first.' })
  async handovers(@OrganisationId() _o: string, @BodyId() bodyId: string, @CurrentActor() actor: Actor): Promise<HandoverObject[]> {
    return this.handoverObjects(actor, await this.mandatesService.listHandovers(actor, bodyId));
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

  /** Handover decisions of all listed mandates in one query. */
  private async objects(actor: Actor, mandates: Mandate[]): Promise<MandateObject[]> {
    const decisions = await this.mandatesService.handoverDecisions(actor, mandates.map((m) => m.id));
    const day = this.clock.today();
    return mandates.map((m) => MandateObject.from(m, day, decisions.get(m.id) ?? null));
  }

  private async handoverObjects(actor: Actor, handovers: Handover[]): Promise<HandoverObject[]> {
    const decisions = await this.mandatesService.handoverDecisions(
      actor,
      handovers.flatMap((h) => (h.outgoingMandateId ? [h.outgoingMandateId] : [])),
    );
    const day = this.clock.today();
    return handovers.map((h) => HandoverObject.from(h, day, decisions));
  }
}
