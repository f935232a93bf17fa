import { Field, ID, ObjectType } from '@nestjs/graphql';
import { PlainDateScalar } from '../core/graphql/plain-date.scalar';
import { CollegeObject } from '../colleges/college.object';
import type { Actor } from '../core/actor/actor';
import { Connection } from '../core/graphql/connection';
import type { MemberRepresentative } from './member-representative.entity';
import type { Member, MemberKind } from './member.entity';
import { MemberKindEnum } from './member-kind.enum';
import { seesPersonalData } from './personal-data';

@ObjectType('MemberRepresentative')
export class MemberRepresentativeObject {
  @Field(() => ID) id: string;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: 'Personal data: shown to admins, secretaries and the member themselves.' })
  email: string | null;
  @Field(() => PlainDateScalar) sinceOn: string;
  @Field(() => PlainDateScalar, { nullable: true }) untilOn: string | null;

  static from(row: MemberRepresentative, personalData: boolean): MemberRepresentativeObject {
    return Object.assign(new MemberRepresentativeObject(), {
      id: row.id,
      name: row.name,
      email: personalData ? row.email : null,
      sinceOn: row.sinceOn,
      untilOn: row.untilOn,
    });
  }
}

const PERSONAL = 'Personal data: shown to admins, secretaries and the member themselves; null for others.';

@ObjectType('Member')
export class MemberObject {
  @Field(() => ID) id: string;
  @Field(() => MemberKindEnum) kind: MemberKind;
  @Field() name: string;
  @Field(() => String, { nullable: true, description: PERSONAL }) email: string | null;
  @Field(() => String, { nullable: true, description: PERSONAL }) postalAddress: string | null;
  @Field(() => PlainDateScalar, { nullable: true, description: PERSONAL }) birthDate: string | null;
  @Field(() => PlainDateScalar) joinedOn: string;
  @Field(() => PlainDateScalar, { nullable: true }) leftOn: string | null;
  @Field() hasVotingRights: boolean;
  @Field(() => String, { nullable: true }) votingRightsReason: string | null;
  @Field(() => CollegeObject, { nullable: true }) college: CollegeObject | null;
  @Field({ description: 'Agreed to be convened by e-mail; otherwise by post.' }) eNoticeConsent: boolean;
  @Field(() => Date, { nullable: true }) eNoticeConsentAt: Date | null;
  @Field({ description: 'The member record is linked to an account.' }) hasAccount: boolean;
  @Field({ description: 'Whether the personal data (e-mail, address, birth date) is shown to me.' }) personalDataVisible: boolean;
  // `representative` and `representatives` are resolved per request in one batch (MembersResolver).

  /** Not in the schema: what the batched fields need. */
  organisationId: string;

  static from(member: Member, viewer: Actor): MemberObject {
    const personal = seesPersonalData(viewer, member);
    return Object.assign(new MemberObject(), {
      id: member.id,
      organisationId: member.organisationId,
      kind: member.kind,
      name: member.name,
      email: personal ? member.email : null,
      postalAddress: personal ? member.postalAddress : null,
      birthDate: personal ? member.birthDate : null,
      joinedOn: member.joinedOn,
      leftOn: member.leftOn,
      hasVotingRights: member.hasVotingRights,
      votingRightsReason: member.votingRightsReason,
      college: member.college ? CollegeObject.from(member.college) : null,
      eNoticeConsent: member.eNoticeConsent,
      eNoticeConsentAt: member.eNoticeConsentAt,
      hasAccount: member.accountId !== null,
      personalDataVisible: personal,
    });
  }
}

export const MemberConnection = Connection(MemberObject, 'Member');
