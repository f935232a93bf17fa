import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Connection } from '../core/graphql/connection';
import type { OrganisationRole } from '../core/actor/organisation-role';
import type { Invitation } from './invitation.entity';
import type { InvitationPreview } from './invitations.service';
import { OrganisationRoleEnum } from '../core/actor/organisation-role';

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

export const InvitationConnection = Connection(InvitationObject, 'Invitation');
