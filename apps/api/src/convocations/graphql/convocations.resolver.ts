import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { connectionFrom, type ConnectionShape, PageArgs } from '../../core/graphql/connection';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { requestLocale } from '../../core/locale/request-locale';
import type { ConvocationStatus } from '../entities/convocation-enums';
import { ConvocationsService } from '../services/convocations.service';
import { sendingExplanation } from '../services/sending-explanation';
import { ConvocationStatusEnum } from './convocation-enums.graphql';
import { ConvocationOverrideInput } from './convocation.input';
import { ConvocationConnection, ConvocationObject, ConvocationProgressObject, ConvocationSendingObject, PostalConvocationObject } from './convocation.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const MeetingId = () => Args('meetingId', { type: () => UUIDScalar });

/** The secretary's side of convocations: send, follow, retry, the postal list. */
@Resolver()
export class ConvocationsResolver {
  constructor(private readonly service: ConvocationsService) {}

  @RequireRole('secretary')
  @Mutation(() => ConvocationSendingObject, {
    description:
      'Sends the convocations of a meeting with an agenda (draft or convened): e-mail to members who consented, the postal list for the others. After the notice deadline it is refused (CONVOCATION_LATE) unless `override.reason` is given, which is recorded. Members already convened are not convened again.',
  })
  async sendConvocations(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @Args('override', { type: () => ConvocationOverrideInput, nullable: true }) override: ConvocationOverrideInput | null,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<ConvocationSendingObject> {
    const { sending } = await this.service.send(actor, meetingId, override);
    return ConvocationSendingObject.from(sending, sendingExplanation(sending, requestLocale(request)));
  }

  @RequireRole('secretary')
  @Mutation(() => Int, { description: 'Queues the failed e-mails of a meeting again; returns how many.' })
  async retryFailedConvocations(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<number> {
    return this.service.retryFailed(actor, meetingId);
  }

  @RequireRole('secretary')
  @Query(() => ConvocationProgressObject, { description: 'How far the convocations of a meeting are: total, queued, sent, failed, by post.' })
  async convocationProgress(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<ConvocationProgressObject> {
    return Object.assign(new ConvocationProgressObject(), await this.service.progress(actor, meetingId));
  }

  @RequireRole('secretary')
  @Query(() => ConvocationConnection, { description: "A meeting's convocations by member name, optionally of one status." })
  async convocations(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @Args('status', { type: () => ConvocationStatusEnum, nullable: true }) status: ConvocationStatus | null,
    @Args() page: PageArgs,
    @CurrentActor() actor: Actor,
  ): Promise<ConnectionShape<ConvocationObject>> {
    return connectionFrom(await this.service.list(actor, meetingId, status, page), (c) => ConvocationObject.from(c));
  }

  @RequireRole('secretary')
  @Query(() => [PostalConvocationObject], { description: 'The members to convene by post, with their postal address, by name.' })
  async postalConvocations(@OrganisationId() _o: string, @MeetingId() meetingId: string, @CurrentActor() actor: Actor): Promise<PostalConvocationObject[]> {
    return (await this.service.postal(actor, meetingId)).map((c) => PostalConvocationObject.from(c));
  }

  @RequireRole('secretary')
  @Query(() => [ConvocationSendingObject], { description: 'Every sending of the convocations of a meeting, with its notice check.' })
  async convocationSendings(
    @OrganisationId() _o: string,
    @MeetingId() meetingId: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<ConvocationSendingObject[]> {
    const locale = requestLocale(request);
    return (await this.service.sendingsOf(actor, meetingId)).map((s) => ConvocationSendingObject.from(s, sendingExplanation(s, locale)));
  }
}
