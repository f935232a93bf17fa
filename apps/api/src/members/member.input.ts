import { Field, ID, InputType } from '@nestjs/graphql';
import { GraphQLLocalDate } from 'graphql-scalars';
import type { MemberKind } from './member.entity';
import { MemberKindEnum } from './member-kind.enum';

@InputType()
export class RepresentativeInput {
  @Field() name: string;
  @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType()
export class AddMemberInput {
  @Field(() => MemberKindEnum) kind: MemberKind;
  @Field({ description: 'Full name of a person, legal name of an entity.' }) name: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) birthDate?: string | null;
  @Field(() => GraphQLLocalDate) joinedOn: string;
  @Field(() => ID, { nullable: true, description: 'Required when the organisation votes by colleges.' }) collegeId?: string | null;
  @Field({ nullable: true, defaultValue: true }) hasVotingRights?: boolean;
  @Field(() => String, { nullable: true }) votingRightsReason?: string | null;
  @Field({ nullable: true, defaultValue: false }) eNoticeConsent?: boolean;
  @Field(() => RepresentativeInput, { nullable: true }) representative?: RepresentativeInput | null;
}

@InputType()
export class UpdateMemberInput {
  @Field({ nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) email?: string | null;
  @Field(() => String, { nullable: true }) postalAddress?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) birthDate?: string | null;
  @Field(() => GraphQLLocalDate, { nullable: true }) joinedOn?: string;
  @Field(() => ID, { nullable: true }) collegeId?: string | null;
}

@InputType()
export class MemberFilterInput {
  @Field(() => GraphQLLocalDate, { nullable: true, description: 'Members on that date.' }) activeOn?: string | null;
  @Field(() => ID, { nullable: true }) collegeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Include members who have left.' }) includeLeft?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, accents and case aside.' }) search?: string | null;
}
