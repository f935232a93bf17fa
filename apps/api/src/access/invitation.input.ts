import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from '../core/graphql/input-rules';
import { UUIDScalar } from '../core/graphql/uuid.scalar';
import type { OrganisationRole } from '../core/actor/organisation-role';
import { OrganisationRoleEnum } from '../core/actor/organisation-role';

@InputType()
export class InviteInput {
  @MaxLength(254) @Field() email: string;
  @Field(() => OrganisationRoleEnum) role: OrganisationRole;
  @Field(() => UUIDScalar, { nullable: true, description: 'Link the new account to this member record.' }) memberId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @MaxLength(200) @Field() token: string;
  @Field(() => String, { nullable: true, description: 'For a new account: 12 to 128 characters, not easy to guess.' }) password?: string | null;
  @MaxLength(200) @Field(() => String, { nullable: true, description: 'For a new account.' }) displayName?: string | null;
}
