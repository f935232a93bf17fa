import { Module } from '@nestjs/common';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../core/mail/mail.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { MyMemberResolver } from './my-member.resolver';
import { AccountRole } from './account-role.entity';
import { AccountRolesService } from './account-roles.service';
import { Invitation } from './invitation.entity';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { OrganisationAccessResolver } from './organisation-access.resolver';

/** Who may do what in which organisation: account roles, invitations, the role guard. */
@Module({
  imports: [TenancyModule.forFeature([AccountRole, Invitation]), AuthModule, MailModule, OrganisationsModule, MembersModule],
  providers: [AccountRolesService, InvitationsService, InvitationsResolver, OrganisationAccessResolver, MyMemberResolver],
  exports: [AccountRolesService],
})
export class AccessModule {}
