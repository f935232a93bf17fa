import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { ArgRules } from '../../core/graphql/input-rules';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { requestLocale } from '../../core/locale/request-locale';
import type { MeetingGuest } from '../../convocations/personal-links/meeting-guest';
import { CurrentGuest, ViaPersonalLink } from '../../convocations/personal-links/personal-link.guard';
import { BallotBoxService } from '../services/ballot-box.service';
import { BallotsService } from '../services/ballots.service';
import { CastingService } from '../services/casting.service';
import { CastVoteInput } from './ballot.input';
import { BallotObject, CastReceiptObject, HeldVoteObject, ReceiptCheckObject } from './ballot.object';

const Link = () => Args('link', { description: 'The token of the personal link (after /m# in the convocation).' });
const LINK_RULES = { link: { maxLength: 100 } };

/** Voting through a personal link: the ballots of the link's meeting, and nothing else. */
@Resolver()
export class PersonalBallotsResolver {
  constructor(
    private readonly ballots: BallotsService,
    private readonly casting: CastingService,
    private readonly box: BallotBoxService,
  ) {}

  @ViaPersonalLink()
  @ArgRules(LINK_RULES)
  @Query(() => [BallotObject], { description: 'The ballots of the meeting a personal link was sent for (not drafts).' })
  async personalBallots(@Link() _link: string, @CurrentGuest() guest: MeetingGuest, @Context('req') request: CollegialRequest): Promise<BallotObject[]> {
    const locale = requestLocale(request);
    const ballots = await this.ballots.list({ organisationId: guest.organisationId }, { meetingId: guest.meetingId });
    return ballots.filter((b) => b.status !== 'draft').map((b) => BallotObject.from(b, locale));
  }

  @ViaPersonalLink()
  @ArgRules(LINK_RULES)
  @Query(() => [HeldVoteObject], { description: 'The votes the link’s member casts on a ballot: their own and those held by proxy.' })
  async personalVotes(
    @Link() _link: string,
    @Args('ballotId', { type: () => UUIDScalar }) ballotId: string,
    @CurrentGuest() guest: MeetingGuest,
  ): Promise<HeldVoteObject[]> {
    const ballot = await this.ballots.get({ organisationId: guest.organisationId }, ballotId);
    if (ballot.meetingId !== guest.meetingId) return [];
    return (await this.ballots.heldVotes(guest.organisationId, [ballotId], guest.memberId)).map((h) => HeldVoteObject.from(h));
  }

  @ViaPersonalLink()
  @ArgRules({ ...LINK_RULES, input: {} })
  @Mutation(() => CastReceiptObject, { description: 'Casts a vote through the personal link (see castVote).' })
  async castVoteByLink(@Link() _link: string, @Args('input') input: CastVoteInput, @CurrentGuest() guest: MeetingGuest): Promise<CastReceiptObject> {
    return CastReceiptObject.from(
      await this.casting.cast({ organisationId: guest.organisationId, memberId: guest.memberId, meetingId: guest.meetingId }, input),
    );
  }

  @ViaPersonalLink()
  @ArgRules({ ...LINK_RULES, receipt: { maxLength: 40 } })
  @Query(() => ReceiptCheckObject, { description: 'Whether a receipt is in the sealed box of a closed ballot of the link’s meeting.' })
  async checkReceiptByLink(
    @Link() _link: string,
    @Args('ballotId', { type: () => UUIDScalar }) ballotId: string,
    @Args('receipt') receipt: string,
    @CurrentGuest() guest: MeetingGuest,
  ): Promise<ReceiptCheckObject> {
    const ballot = await this.ballots.get({ organisationId: guest.organisationId }, ballotId);
    if (ballot.meetingId !== guest.meetingId || ballot.status !== 'closed') return { found: false, receipt: null, choices: [] };
    return this.box.check(ballot, receipt);
  }
}
