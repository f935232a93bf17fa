import { Args, Context, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { Actor } from '../../core/actor/actor';
import { CurrentActor } from '../../core/actor/current-actor.decorator';
import { RequireRole } from '../../core/actor/require-role.decorator';
import { DomainError } from '../../core/errors/domain-error';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { ArgRules } from '../../core/graphql/input-rules';
import { requestLoader } from '../../core/graphql/request-loaders';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import { requestLocale } from '../../core/locale/request-locale';
import type { BallotStatus } from '../entities/ballot-enums';
import type { BallotOption } from '../entities/ballot-option.entity';
import type { LiveTally } from '../live-tally';
import { BallotBoxService } from '../services/ballot-box.service';
import { BallotCounter } from '../services/ballot-counter';
import { BallotsService } from '../services/ballots.service';
import { CastingService } from '../services/casting.service';
import { TalliesService } from '../services/tallies.service';
import { BallotStatusEnum } from './ballot-enums.graphql';
import { CastVoteInput, CreateBallotInput } from './ballot.input';
import {
  BallotBoxObject,
  BallotObject,
  BallotOptionObject,
  BallotTallyObject,
  CastReceiptObject,
  HeldVoteObject,
  ReceiptCheckObject,
  RecountObject,
} from './ballot.object';

const OrganisationId = () => Args('organisationId', { type: () => UUIDScalar });
const BallotId = () => Args('ballotId', { type: () => UUIDScalar });
const BOX_PAGE = 500;

/** Ballots from a session: prepared, opened and closed by a secretary; voted by the members on the roll. */
@Resolver(() => BallotObject)
export class BallotsResolver {
  constructor(
    private readonly ballotsService: BallotsService,
    private readonly casting: CastingService,
    private readonly tallies: TalliesService,
    private readonly box: BallotBoxService,
    private readonly counter: BallotCounter,
  ) {}

  @RequireRole('observer')
  @Query(() => [BallotObject], { description: "The organisation's ballots, oldest first; of one meeting, or by status." })
  async ballots(
    @OrganisationId() _o: string,
    @Args('meetingId', { type: () => UUIDScalar, nullable: true }) meetingId: string | null,
    @Args('status', { type: () => BallotStatusEnum, nullable: true }) status: BallotStatus | null,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<BallotObject[]> {
    const locale = requestLocale(request);
    return (await this.ballotsService.list(actor, { meetingId, status })).map((b) => BallotObject.from(b, locale));
  }

  @RequireRole('observer')
  @Query(() => BallotObject)
  async ballot(
    @OrganisationId() _o: string,
    @BallotId() ballotId: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<BallotObject> {
    return BallotObject.from(await this.ballotsService.get(actor, ballotId), requestLocale(request));
  }

  @RequireRole('secretary')
  @Mutation(() => BallotObject, { description: 'Prepares a ballot (draft): on a resolution, a choice, an election, or a written consultation of a body.' })
  async createBallot(
    @OrganisationId() _o: string,
    @Args('input') input: CreateBallotInput,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<BallotObject> {
    return BallotObject.from(await this.ballotsService.create(actor, input), requestLocale(request));
  }

  @RequireRole('secretary')
  @Mutation(() => Boolean, { description: 'Deletes a draft ballot.' })
  async deleteBallot(@OrganisationId() _o: string, @BallotId() ballotId: string, @CurrentActor() actor: Actor): Promise<boolean> {
    await this.ballotsService.delete(actor, ballotId);
    return true;
  }

  @RequireRole('secretary')
  @Mutation(() => BallotObject, { description: 'Opens the vote: the roll is drawn up and frozen now.' })
  async openBallot(
    @OrganisationId() _o: string,
    @BallotId() ballotId: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<BallotObject> {
    return BallotObject.from(await this.ballotsService.open(actor, ballotId), requestLocale(request));
  }

  @RequireRole('secretary')
  @Mutation(() => BallotObject, { description: 'Closes the vote: counted from the stored ballots, the result stored with its explanation, the box sealed.' })
  async closeBallot(
    @OrganisationId() _o: string,
    @BallotId() ballotId: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<BallotObject> {
    return BallotObject.from(await this.ballotsService.close(actor, ballotId), requestLocale(request));
  }

  @RequireRole('observer')
  @ArgRules({ input: {} })
  @Mutation(() => CastReceiptObject, {
    description:
      'Casts a vote (the caller’s, or one they hold by proxy: forMemberId). Retrying with the same key returns the first answer. A public vote can change (new key) until close; a secret one is final.',
  })
  async castVote(@OrganisationId() organisationId: string, @Args('input') input: CastVoteInput, @CurrentActor() actor: Actor): Promise<CastReceiptObject> {
    const voter = await this.casting.voterForAccount(actor.accountId, organisationId);
    return CastReceiptObject.from(await this.casting.cast(voter, input));
  }

  @RequireRole('observer')
  @Query(() => [HeldVoteObject], { description: 'The votes the caller casts on a ballot: their own and those held by proxy.' })
  async myVotes(@OrganisationId() organisationId: string, @BallotId() ballotId: string, @CurrentActor() actor: Actor): Promise<HeldVoteObject[]> {
    await this.ballotsService.get(actor, ballotId);
    const voter = await this.casting.voterForAccount(actor.accountId, organisationId).catch((error: unknown) => {
      if (error instanceof DomainError) return null;
      throw error;
    });
    if (!voter) return [];
    return (await this.ballotsService.heldVotes(organisationId, [ballotId], voter.memberId)).map((h) => HeldVoteObject.from(h));
  }

  @RequireRole('observer')
  @Query(() => BallotBoxObject, { description: 'The published box of a closed ballot, in receipt order (500 a page).' })
  async ballotBox(
    @OrganisationId() _o: string,
    @BallotId() ballotId: string,
    @Args('offset', { type: () => Int, nullable: true }) offset: number | null,
    @CurrentActor() actor: Actor,
  ): Promise<BallotBoxObject> {
    const ballot = await this.ballotsService.get(actor, ballotId);
    if (ballot.status !== 'closed') return { total: 0, seal: null, entries: [] };
    const page = await this.box.page(ballot, Math.max(0, offset ?? 0), BOX_PAGE);
    return { total: page.total, seal: ballot.boxSeal, entries: page.entries };
  }

  @RequireRole('observer')
  @ArgRules({ receipt: { maxLength: 40 } })
  @Query(() => ReceiptCheckObject, { description: 'Whether a receipt is in the sealed box of a closed ballot.' })
  async checkReceipt(
    @OrganisationId() _o: string,
    @BallotId() ballotId: string,
    @Args('receipt') receipt: string,
    @CurrentActor() actor: Actor,
  ): Promise<ReceiptCheckObject> {
    const ballot = await this.ballotsService.get(actor, ballotId);
    if (ballot.status !== 'closed') return { found: false, receipt: null, choices: [] };
    return this.box.check(ballot, receipt);
  }

  @RequireRole('secretary')
  @Query(() => RecountObject, { description: 'Counts a closed ballot again from its stored ballots and compares with the stored result and seal.' })
  async recountBallot(
    @OrganisationId() _o: string,
    @BallotId() ballotId: string,
    @CurrentActor() actor: Actor,
    @Context('req') request: CollegialRequest,
  ): Promise<RecountObject> {
    const ballot = await this.ballotsService.get(actor, ballotId);
    const recount = await this.counter.recount(actor.organisationId, ballot);
    return { agrees: recount.agrees, outcome: recount.count.outcome, explanation: recount.count.explanation[requestLocale(request)], seal: recount.seal };
  }

  @ResolveField(() => [BallotOptionObject])
  async options(@Parent() ballot: BallotObject, @Context('req') request: CollegialRequest): Promise<BallotOptionObject[]> {
    const organisationId = ballot.organisationId;
    const loader = requestLoader<string, BallotOption[]>(request, `ballotOptions:${organisationId}`, async (ids) => {
      const byBallot = await this.ballotsService.optionsOf(organisationId, ids);
      return ids.map((id) => byBallot.get(id) ?? []);
    });
    const locale = requestLocale(request);
    return (await loader.load(ballot.id)).map((o) => BallotOptionObject.from(o, locale));
  }

  @ResolveField(() => BallotTallyObject, { description: 'Participation; the counts when results are visible.' })
  async tally(@Parent() ballot: BallotObject, @Context('req') request: CollegialRequest): Promise<BallotTallyObject> {
    const loader = requestLoader<string, LiveTally>(request, 'ballotTallies', async (ids) => {
      const tallies = await this.tallies.liveTallies(ids);
      return ids.map((id) => tallies.get(id)!);
    });
    return BallotTallyObject.from(await loader.load(ballot.id));
  }
}
