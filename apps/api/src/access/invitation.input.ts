import { Field, ID, InputType } from '@nestjs/graphql';
import type { OrganisationRole } from '../core/actor/organisation-role';
import { OrganisationRoleEnum } from '../core/actor/organisation-role';

@InputType()
export class InviteInput {
  @Field() email: string;
  @Field(() => OrganisationRoleEnum) role: OrganisationRole;
  @Field(() => ID, { nullable: true, description: 'Link the new account to this member record.' }) memberId?: string | null;
}

@InputType()
export class AcceptInvitationInput {
  @Field() token: string;
  @Field(() => String, { nullable: true, description: 'For a new account: 12 to 128 characters, not easy to guess.' }) password?: string | null;
  @Field(() => String, { nullable: true, description: 'For a new account.' }) displayName?: string | null;
}
