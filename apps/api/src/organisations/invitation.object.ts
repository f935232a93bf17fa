import { Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import type { OrganisationRole } from '../auth/account-role.entity';
import type { Invitation } from './invitation.entity';
import type { InvitationPreview } from './invitations.service';
import { OrganisationRoleEnum } from './organisation-enums';

@ObjectType('Invitation')
export class InvitationObject {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field(() => OrganisationRoleEnum) role: OrganisationRole;
  @Field(() => ID, { nullable: true }) memberId: string | null;
  @Field() expiresAt: Date;
  @Field(() => Date, { nullable: true }) acceptedAt: Date | null;
  @Field(() => Date, { nullable: true }) revokedAt: Date | null;

  static from(invitation: Invitation): InvitationObject {
    return Object.assign(new InvitationObject(), {
      id: invitation.id,
      email: invitation.email,
      role: invitation.role,
      memberId: invitation.memberId,
      expiresAt: invitation.expiresAt,
      acceptedAt: invitation.acceptedAt,
      revokedAt: invitation.revokedAt,
    });
  }
}

@ObjectType('InvitationPreview')
export class InvitationPreviewObject {
  @Field() organisationName: string;
  @Field() email: string;
  @Field(() => OrganisationRoleEnum) role: OrganisationRole;
  @Field() expiresAt: Date;
  @Field() accountExists: boolean;

  static from(preview: InvitationPreview): InvitationPreviewObject {
    return Object.assign(new InvitationPreviewObject(), preview);
  }
}

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
