import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module';
import { MailModule } from '../core/mail/mail.module';
import { BodiesResolver } from './bodies.resolver';
import { BodiesService } from './bodies.service';
import { Body } from './body.entity';
import { College } from './college.entity';
import { CollegesResolver } from './colleges.resolver';
import { CollegesService } from './colleges.service';
import { Handover } from './handover.entity';
import { Invitation } from './invitation.entity';
import { InvitationsResolver } from './invitations.resolver';
import { InvitationsService } from './invitations.service';
import { Mandate } from './mandate.entity';
import { MandatesResolver } from './mandates.resolver';
import { MandatesService } from './mandates.service';
import { MemberRepresentative } from './member-representative.entity';
import { Member } from './member.entity';
import { MembersResolver } from './members.resolver';
import { MembersService } from './members.service';
import { OrganisationAccessResolver } from './organisation-access.resolver';
import { Organisation } from './organisation.entity';
import { OrganisationsResolver } from './organisations.resolver';
import { OrganisationsService } from './organisations.service';

@Module({
  imports: [
    AuthModule,
    MailModule,
    TypeOrmModule.forFeature([Organisation, College, Member, MemberRepresentative, Body, Mandate, Handover, Invitation]),
  ],
  providers: [OrganisationsService, OrganisationsResolver, CollegesService, CollegesResolver, MembersService, MembersResolver,
    InvitationsService, InvitationsResolver, OrganisationAccessResolver, BodiesService, BodiesResolver, MandatesService, MandatesResolver],
  exports: [OrganisationsService, CollegesService, MembersService, BodiesService, MandatesService],
})
export class OrganisationsModule {}
