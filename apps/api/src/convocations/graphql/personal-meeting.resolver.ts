import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { ArgRules } from '../../core/graphql/input-rules';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { SignInMode } from '../entities/convocation-enums';
import type { MeetingGuest } from '../personal-links/meeting-guest';
import { CurrentGuest, ViaPersonalLink } from '../personal-links/personal-link.guard';
import { RepliesService } from '../services/replies.service';
import { SignInModeEnum } from './convocation-enums.graphql';
import { PersonalMeetingObject } from './personal-meeting.object';
import { ConvocationReplyInput } from './reply.input';

const Link = () => Args('link', { description: 'The token of the personal link (after /m# in the convocation).' });
const LINK_RULES = { link: { maxLength: 100 } };

/** The member's side, through their personal link: no account, one meeting, nothing else. */
@Resolver()
export class PersonalMeetingResolver {
  constructor(private readonly replies: RepliesService) {}

  @ViaPersonalLink()
  @ArgRules(LINK_RULES)
  @Query(() => PersonalMeetingObject, { description: 'The meeting a personal link was sent for: agenda, documents, video link, the reply, proxies.' })
  async personalMeeting(@Link() _link: string, @CurrentGuest() guest: MeetingGuest): Promise<PersonalMeetingObject> {
    return PersonalMeetingObject.from(await this.replies.personalMeeting(guest));
  }

  @ViaPersonalLink()
  @ArgRules(LINK_RULES)
  @Mutation(() => PersonalMeetingObject, {
    description:
      'Replies to the convocation (attending in person or remotely, absent, a proxy to a member, a blank proxy); can change until the meeting opens (then REPLIES_CLOSED). A proxy refused by the rules (PROXY_REFUSED) changes nothing.',
  })
  async replyToConvocation(
    @Link() _link: string,
    @Args('input') input: ConvocationReplyInput,
    @CurrentGuest() guest: MeetingGuest,
  ): Promise<PersonalMeetingObject> {
    await this.replies.reply(guest, input);
    return PersonalMeetingObject.from(await this.replies.personalMeeting(guest));
  }

  @ViaPersonalLink()
  @ArgRules(LINK_RULES)
  @Mutation(() => PersonalMeetingObject, { description: 'The holder declines a proxy given to them.' })
  async declineProxy(
    @Link() _link: string,
    @Args('proxyId', { type: () => UUIDScalar }) proxyId: string,
    @CurrentGuest() guest: MeetingGuest,
  ): Promise<PersonalMeetingObject> {
    await this.replies.declineProxy(guest, proxyId);
    return PersonalMeetingObject.from(await this.replies.personalMeeting(guest));
  }

  @ViaPersonalLink()
  @ArgRules(LINK_RULES)
  @Mutation(() => PersonalMeetingObject, { description: 'Signs the attendance sheet once the meeting is open (in person or remote).' })
  async signInToMeeting(
    @Link() _link: string,
    @Args('mode', { type: () => SignInModeEnum }) mode: SignInMode,
    @CurrentGuest() guest: MeetingGuest,
  ): Promise<PersonalMeetingObject> {
    await this.replies.signIn(guest, mode);
    return PersonalMeetingObject.from(await this.replies.personalMeeting(guest));
  }
}
