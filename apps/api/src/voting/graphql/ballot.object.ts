import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import type { Locale } from '@collegial/governance';
import type { BallotKind, BallotStatus, ResultsVisibility, RollBasis, RollVia } from '../entities/ballot-enums';
import type { BallotOption } from '../entities/ballot-option.entity';
import type { Ballot } from '../entities/ballot.entity';
import type { LiveTally } from '../live-tally';
import type { CastReceipt } from '../voter';
import type { HeldVote } from '../services/ballots.service';
import { BallotKindEnum, BallotStatusEnum, ResultsVisibilityEnum, RollBasisEnum, RollViaEnum } from './ballot-enums.graphql';

const CODE_LABELS: Record<string, { fr: string; en: string }> = {
  yes: { fr: 'Pour', en: 'For' },
  no: { fr: 'Contre', en: 'Against' },
  abstain: { fr: 'Abstention', en: 'Abstain' },
};

@ObjectType('BallotOption')
export class BallotOptionObject {
  @Field(() => ID) id: string;
  @Field() label: string;
  @Field(() => String, { nullable: true, description: 'yes, no or abstain for a resolution.' }) code: string | null;
  @Field(() => ID, { nullable: true }) candidateMemberId: string | null;

  static from(option: BallotOption, locale: Locale): BallotOptionObject {
    return Object.assign(new BallotOptionObject(), {
      id: option.id,
      label: option.code && CODE_LABELS[option.code] ? CODE_LABELS[option.code][locale] : option.label,
      code: option.code,
      candidateMemberId: option.candidateMemberId,
    });
  }
}

@ObjectType('OptionCount')
export class OptionCountObject {
  @Field(() => ID) optionId: string;
  @Field(() => Int) votes: number;
}

@ObjectType('CollegeCount')
export class CollegeCountObject {
  @Field(() => ID) collegeId: string;
  @Field() name: string;
  @Field({ description: 'Statutory weight as a fraction, e.g. 2/5.' }) weight: string;
  @Field(() => [OptionCountObject]) options: OptionCountObject[];
}

@ObjectType('BallotTally', { description: 'Participation, and the counts when results are visible (live, or after close).' })
export class BallotTallyObject {
  @Field(() => Int, { description: 'Votes on the frozen roll.' }) roll: number;
  @Field(() => Int, { description: 'Votes cast so far.' }) cast: number;
  @Field({ description: 'False while results are hidden (secret or atClose ballots before close).' }) resultsVisible: boolean;
  @Field(() => [OptionCountObject]) options: OptionCountObject[];
  @Field(() => [CollegeCountObject], { description: 'Per college (SCIC); empty without colleges.' }) colleges: CollegeCountObject[];

  static from(tally: LiveTally): BallotTallyObject {
    return Object.assign(new BallotTallyObject(), {
      roll: tally.participation.roll,
      cast: tally.participation.cast,
      resultsVisible: tally.counts !== null,
      options: tally.counts?.options ?? [],
      colleges: tally.counts?.byCollege ?? [],
    });
  }
}

@ObjectType('Ballot', { description: 'A vote on a resolution, a choice or an election; or a written consultation of a body.' })
export class BallotObject {
  @Field(() => ID) id: string;
  organisationId: string;
  @Field(() => BallotKindEnum) kind: BallotKind;
  @Field() title: string;
  @Field(() => String, { nullable: true }) question: string | null;
  @Field() secret: boolean;
  @Field(() => ResultsVisibilityEnum) resultsVisibility: ResultsVisibility;
  @Field(() => RollBasisEnum) rollBasis: RollBasis;
  @Field(() => BallotStatusEnum) status: BallotStatus;
  @Field(() => Int) minChoices: number;
  @Field(() => Int) maxChoices: number;
  @Field(() => Int, { nullable: true }) seats: number | null;
  @Field(() => ID) bodyId: string;
  @Field(() => ID, { nullable: true }) meetingId: string | null;
  @Field(() => ID, { nullable: true }) resolutionId: string | null;
  @Field(() => Date, { nullable: true }) opensAt: Date | null;
  @Field(() => Date, { nullable: true }) closesAt: Date | null;
  @Field(() => Date, { nullable: true }) openedAt: Date | null;
  @Field(() => Date, { nullable: true }) closedAt: Date | null;
  @Field(() => String, { nullable: true, description: 'adopted, rejected, decided or noVotes, once closed.' }) outcome: string | null;
  @Field(() => String, { nullable: true, description: 'The result explained, arithmetic included, in the request’s language.' }) explanation: string | null;
  @Field(() => String, { nullable: true, description: 'The quorum when a vote in the room opened, explained.' }) quorum: string | null;
  @Field(() => String, { nullable: true, description: 'SHA-256 of the box at close.' }) boxSeal: string | null;
  @Field(() => Int, { nullable: true }) castCount: number | null;
  @Field(() => String, { nullable: true, description: 'The seed of a draw by lot that broke a tie.' }) drawSeed: string | null;
  @Field(() => Date) createdAt: Date;

  static from(ballot: Ballot, locale: Locale): BallotObject {
    return Object.assign(new BallotObject(), {
      id: ballot.id,
      organisationId: ballot.organisationId,
      kind: ballot.kind,
      title: ballot.title,
      question: ballot.question,
      secret: ballot.secret,
      resultsVisibility: ballot.resultsVisibility,
      rollBasis: ballot.rollBasis,
      status: ballot.status,
      minChoices: ballot.minChoices,
      maxChoices: ballot.maxChoices,
      seats: ballot.seats,
      bodyId: ballot.bodyId,
      meetingId: ballot.meetingId,
      resolutionId: ballot.resolutionId,
      opensAt: ballot.opensAt,
      closesAt: ballot.closesAt,
      openedAt: ballot.openedAt,
      closedAt: ballot.closedAt,
      outcome: ballot.outcome,
      explanation: locale === 'fr' ? ballot.explanationFr : ballot.explanationEn,
      quorum: locale === 'fr' ? ballot.quorumExplanationFr : ballot.quorumExplanationEn,
      boxSeal: ballot.boxSeal,
      castCount: ballot.castCount,
      drawSeed: ballot.drawSeed,
      createdAt: ballot.createdAt,
    });
  }
}

@ObjectType('HeldVote', { description: 'A vote the caller casts on a ballot: their own, or one held by proxy.' })
export class HeldVoteObject {
  @Field(() => ID) ballotId: string;
  @Field(() => ID) memberId: string;
  @Field() memberName: string;
  @Field(() => RollViaEnum) via: RollVia;
  @Field({ description: 'Already cast (a public vote can still change until close; a secret one cannot).' }) cast: boolean;

  static from(held: HeldVote): HeldVoteObject {
    return Object.assign(new HeldVoteObject(), held);
  }
}

@ObjectType('CastReceipt')
export class CastReceiptObject {
  @Field(() => ID) ballotId: string;
  @Field(() => ID, { description: 'Whose vote this is.' }) memberId: string;
  @Field({ description: 'Keep it: after close, it finds your ballot in the published box.' }) receipt: string;
  @Field(() => Date) castAt: Date;
  @Field({ description: 'True when this answers a retry with the same key: nothing new was recorded.' }) replayed: boolean;

  static from(receipt: CastReceipt): CastReceiptObject {
    return Object.assign(new CastReceiptObject(), receipt);
  }
}

@ObjectType('PublishedBallot', { description: 'One ballot of the published box: receipt, option ids, college, weight.' })
export class PublishedBallotObject {
  @Field() receipt: string;
  @Field(() => [ID]) choices: string[];
  @Field(() => ID, { nullable: true }) collegeId: string | null;
  @Field(() => Int) weight: number;
}

@ObjectType('BallotBox', { description: 'The box once closed, in receipt order; its lines « receipt choices college weight » hash to the seal.' })
export class BallotBoxObject {
  @Field(() => Int) total: number;
  @Field(() => String, { nullable: true }) seal: string | null;
  @Field(() => [PublishedBallotObject]) entries: PublishedBallotObject[];
}

@ObjectType('ReceiptCheck')
export class ReceiptCheckObject {
  @Field({ description: 'The receipt is in the sealed box.' }) found: boolean;
  @Field(() => String, { nullable: true }) receipt: string | null;
  @Field(() => [ID], { description: 'The options of the ballot found.' }) choices: string[];
}

@ObjectType('Recount')
export class RecountObject {
  @Field({ description: 'The recount from the stored ballots gives the stored result and seal.' }) agrees: boolean;
  @Field() outcome: string;
  @Field() explanation: string;
  @Field() seal: string;
}
