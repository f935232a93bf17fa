import { Field, InputType } from '@nestjs/graphql';
import { MaxLength, NotNull } from '../core/graphql/input-rules';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import type { MemberKind } from './member.entity';
import { MemberKindEnum } from './member-kind.enum';

@InputType()
export class RepresentativeInput {
  @MaxLength(200) @Field() name: string;
  @MaxLength(254) @Field(() => String, { nullable: true }) email?: string | null;
}

@InputType()
export class AddMemberInput {
  @Field(() => MemberKindEnum) kind: MemberKind;
  @MaxLength(200) @Field({ description: 'Full name of a person, legal name of an entity.' }) name: string;
  @MaxLength(254) @Field(() => String, { nullable: true }) email?: string | null;
  @MaxLength(500) @Field(() => String, { nullable: true }) postalAddress?: string | null;
  @Field(() => PlainDateScalar, { nullable: true }) birthDate?: string | null;
  @Field(() => PlainDateScalar) joinedOn: string;
  @Field(() => UUIDScalar, { nullable: true, description: 'Required when the organisation votes by colleges.' }) collegeId?: string | null;
  @Field({ nullable: true, defaultValue: true }) hasVotingRights?: boolean;
  @MaxLength(1000) @Field(() => String, { nullable: true }) votingRightsReason?: string | null;
  @Field({ nullable: true, defaultValue: false }) eNoticeConsent?: boolean;
  @Field(() => RepresentativeInput, { nullable: true }) representative?: RepresentativeInput | null;
}

@InputType()
export class UpdateMemberInput {
  @NotNull() @MaxLength(200) @Field({ nullable: true }) name?: string;
  @MaxLength(254) @Field(() => String, { nullable: true }) email?: string | null;
  @MaxLength(500) @Field(() => String, { nullable: true }) postalAddress?: string | null;
  @Field(() => PlainDateScalar, { nullable: true }) birthDate?: string | null;
  @NotNull() @Field(() => PlainDateScalar, { nullable: true }) joinedOn?: string;
  @Field(() => UUIDScalar, { nullable: true }) collegeId?: string | null;
}

@InputType()
export class MemberFilterInput {
  @Field(() => PlainDateScalar, { nullable: true, description: 'Members on that date.' }) activeOn?: string | null;
  @Field(() => UUIDScalar, { nullable: true }) collegeId?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'Include members who have left.' }) includeLeft?: boolean | null;
  @Field(() => String, { nullable: true, description: 'Part of the name, accents and case aside.' }) search?: string | null;
}
