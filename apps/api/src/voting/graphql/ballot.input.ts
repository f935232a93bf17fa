import { Field, InputType, Int } from '@nestjs/graphql';
import { MaxLength } from '../../core/graphql/input-rules';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { BallotKind, ResultsVisibility, RollBasis } from '../entities/ballot-enums';
import { BallotKindEnum, ResultsVisibilityEnum, RollBasisEnum } from './ballot-enums.graphql';

@InputType()
export class BallotOptionInput {
  @MaxLength(300) @Field() label: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'The member standing, for a candidate who is one.' }) candidateMemberId?: string | null;
}

@InputType({ description: 'A ballot in a meeting (meetingId, and resolutionId for a resolution), or a written consultation of a body (bodyId).' })
export class CreateBallotInput {
  @Field(() => BallotKindEnum) kind: BallotKind;
  @Field(() => UUIDScalar, { nullable: true }) meetingId?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) resolutionId?: string | null;
  @Field(() => UUIDScalar, { nullable: true, description: 'The body consulted in writing, between meetings.' }) bodyId?: string | null;
  @MaxLength(300) @Field(() => String, { nullable: true, description: "The resolution's title by default." }) title?: string | null;
  @MaxLength(10000) @Field(() => String, { nullable: true, description: 'The question put, when not a resolution of the agenda.' }) question?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Secret ballot; by default only elections are secret.' }) secret?: boolean | null;
  @Field(() => ResultsVisibilityEnum, { nullable: true }) resultsVisibility?: ResultsVisibility | null;
  @Field(() => [BallotOptionInput], { nullable: true, description: 'The options of a choice, the candidates of an election; none for a resolution.' })
  options?: BallotOptionInput[] | null;
  @Field(() => Int, { nullable: true }) minChoices?: number | null;
  @Field(() => Int, { nullable: true }) maxChoices?: number | null;
  @Field(() => Int, { nullable: true, description: 'Seats to fill (elections).' }) seats?: number | null;
  @Field(() => RollBasisEnum, { nullable: true, description: 'attending when the meeting is open, convened before; body for a consultation.' })
  rollBasis?: RollBasis | null;
  @Field(() => Date, { nullable: true, description: 'Opens on schedule (a consultation).' }) opensAt?: Date | null;
  @Field(() => Date, { nullable: true, description: 'Closes on schedule.' }) closesAt?: Date | null;
}

@InputType({ description: 'One vote. key: a UUID made once per vote by the client; a retry with the same key returns the first answer.' })
export class CastVoteInput {
  @Field(() => UUIDScalar) ballotId: string;
  @Field(() => [UUIDScalar], { description: 'The ids of the options chosen.' }) choices: string[];
  @Field(() => UUIDScalar, { nullable: true, description: 'The member represented, when casting a vote held by proxy.' }) forMemberId?: string | null;
  @MaxLength(100) @Field() key: string;
}
