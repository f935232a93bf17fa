import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import { CollegeObject } from '../colleges/college.object';
import type { MemberRepresentative } from './member-representative.entity';
import type { Member, MemberKind } from './member.entity';
import { MemberKindEnum } from './member-kind.enum';

@ObjectType('MemberRepresentative')
export class MemberRepresentativeObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => PlainDateScalar) sinceOn: string;
  @Field(() => PlainDateScalar, { nullable: true }) untilOn: string | null;

  static from(row: MemberRepresentative): MemberRepresentativeObject {
    return Object.assign(new MemberRepresentativeObject(), {
      id: row.id,
      name: row.name,
      email: row.email,
      sinceOn: row.sinceOn,
      untilOn: row.untilOn,
    });
  }
}

@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id: string;
  @Field(() => MemberKindEnum) kind: MemberKind;
  @Field() name: string;
  @Field(() => String, { nullable: true }) email: string | null;
  @Field(() => String, { nullable: true }) postalAddress: string | null;
  @Field(() => PlainDateScalar, { nullable: true }) birthDate: string | null;
  @Field(() => PlainDateScalar) joinedOn: string;
  @Field(() => PlainDateScalar, { nullable: true }) leftOn: string | null;
  @Field() hasVotingRights: boolean;
  @Field(() => String, { nullable: true }) votingRightsReason: string | null;
  @Field(() => CollegeObject, { nullable: true }) college: CollegeObject | null;
  @Field({ description: 'Agreed to be convened by e-mail; otherwise by post.' }) eNoticeConsent: boolean;
  @Field(() => Date, { nullable: true }) eNoticeConsentAt: Date | null;
  @Field({ description: 'The member record is linked to an account.' }) hasAccount: boolean;
  @Field(() => MemberRepresentativeObject, { nullable: true, description: 'For a legal entity: who represents it now.' })
  representative: MemberRepresentativeObject | null;
  @Field(() => [MemberRepresentativeObject], { description: 'For a legal entity: its representatives, newest first.' })
  representatives: MemberRepresentativeObject[];

  static from(member: Member, representatives: MemberRepresentative[] = []): MemberObject {
    const history = representatives.map((r) => MemberRepresentativeObject.from(r));
    return Object.assign(new MemberObject(), {
      id: member.id,
      kind: member.kind,
      name: member.name,
      email: member.email,
      postalAddress: member.postalAddress,
      birthDate: member.birthDate,
      joinedOn: member.joinedOn,
      leftOn: member.leftOn,
      hasVotingRights: member.hasVotingRights,
      votingRightsReason: member.votingRightsReason,
      college: member.college ? CollegeObject.from(member.college) : null,
      eNoticeConsent: member.eNoticeConsent,
      eNoticeConsentAt: member.eNoticeConsentAt,
      hasAccount: member.accountId !== null,
      representative: history.find((r) => r.untilOn === null) ?? null,
      representatives: history,
    });
  }
}
