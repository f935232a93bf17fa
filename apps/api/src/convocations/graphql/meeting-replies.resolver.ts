import { Args, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { RepliesService } from '../services/replies.service';
import { MeetingRepliesObject, MeetingRepliesProxyObject } from './personal-meeting.object';

@Resolver()
export class MeetingRepliesResolver {
  constructor(private readonly replies: RepliesService) {}

  @RequireRole('secretary')
  @Query(() => MeetingRepliesObject, { description: 'The replies to the convocations of a meeting, counted by answer, with the proxies in force.' })
  async meetingReplies(
    @Args('organisationId', { type: () => UUIDScalar }) _o: string,
    @Args('meetingId', { type: () => UUIDScalar }) meetingId: string,
    @CurrentActor() actor: Actor,
  ): Promise<MeetingRepliesObject> {
    const summary = await this.replies.summary(actor.organisationId, meetingId);
    return Object.assign(new MeetingRepliesObject(), {
      ...summary,
      proxies: summary.proxies.map(({ proxy, principalName, holderName }) =>
        Object.assign(new MeetingRepliesProxyObject(), {
          id: proxy.id,
          principalMemberId: proxy.principalMemberId,
          principalName,
          holderMemberId: proxy.holderMemberId,
          holderName,
        }),
      ),
    });
  }
}
