import { Field, InputType, Int } from '@nestjs/graphql';
import { MaxLength } from '../../core/graphql/input-rules';
import { PlainDateScalar } from '../../core/graphql/plain-date.scalar';
import { UUIDScalar } from '../../core/graphql/uuid.scalar';
import type { DecisionOutcome, MinutesLocale } from '../entities/minutes-enums';
import { DecisionOutcomeEnum, MinutesLocaleEnum } from './minutes-enums.graphql';

@InputType()
export class AgendaItemSummaryInput {
  @Field(() => UUIDScalar) agendaItemId: string;
  @MaxLength(20_000) @Field({ description: 'The summary of the debate; empty removes it. Paragraphs separated by blank lines.' }) summary: string;
}

@InputType()
export class TechnicalIncidentInput {
  @MaxLength(5) @Field({ description: "'HH:MM', local to the meeting." }) time: string;
  @MaxLength(2000) @Field() description: string;
  @Field(() => Int, { nullable: true }) durationMinutes?: number | null;
}

@InputType({ description: 'Changes to a draft; a field left out stays as it is. Approvals already given lapse.' })
export class UpdateMinutesInput {
  @Field(() => UUIDScalar, { nullable: true, description: 'null clears.' }) chairMemberId?: string | null;
  @Field(() => UUIDScalar, { nullable: true, description: 'null clears.' }) secretaryMemberId?: string | null;
  @Field(() => [UUIDScalar], { nullable: true }) scrutineerMemberIds?: string[] | null;
  @MaxLength(300)
  @Field(() => String, { nullable: true, description: 'Who convened, as the minutes say it; null or empty: the default for the body.' })
  convenedBy?: string | null;
  @Field(() => [AgendaItemSummaryInput], { nullable: true, description: 'Summaries of the items named; the others stay.' })
  summaries?: AgendaItemSummaryInput[] | null;
  @Field(() => [TechnicalIncidentInput], { nullable: true, description: 'Replaces the incidents.' }) incidents?: TechnicalIncidentInput[] | null;
  @Field(() => MinutesLocaleEnum, { nullable: true }) locale?: MinutesLocale | null;
}

@InputType()
export class DecisionFilterInput {
  @MaxLength(200)
  @Field(() => String, { nullable: true, description: 'French full text, as typed ("comptes 2025", quotes for a phrase, -word to exclude).' })
  text?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) bodyId?: string | null;
  @Field(() => PlainDateScalar, { nullable: true, description: 'Meetings on or after this day.' }) from?: string | null;
  @Field(() => PlainDateScalar, { nullable: true, description: 'Meetings on or before this day.' }) to?: string | null;
  @Field(() => DecisionOutcomeEnum, { nullable: true }) outcome?: DecisionOutcome | null;
}
