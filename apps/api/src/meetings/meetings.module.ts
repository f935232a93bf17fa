import { Module } from '@nestjs/common';
import { BodiesModule } from '../bodies/bodies.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { MandatesModule } from '../mandates/mandates.module';
import { MembersModule } from '../members/members.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { AgendaAmendment } from './entities/agenda-amendment.entity';
import { AgendaItem } from './entities/agenda-item.entity';
import { AttendanceRecord } from './entities/attendance-record.entity';
import { BodyRhythm } from './entities/body-rhythm.entity';
import { MeetingExcusal } from './entities/meeting-excusal.entity';
import { MeetingProxy } from './entities/meeting-proxy.entity';
import { Meeting } from './entities/meeting.entity';
import { Resolution } from './entities/resolution.entity';
import { AgendaResolver } from './graphql/agenda.resolver';
import { MeetingsResolver } from './graphql/meetings.resolver';
import { BodyRhythmsResolver } from './graphql/body-rhythms.resolver';
import { MeetingDayResolver } from './graphql/meeting-day.resolver';
import { AgendaService } from './services/agenda.service';
import { AttendanceService } from './services/attendance.service';
import { BodyRhythmsService } from './services/body-rhythms.service';
import { ProxiesService } from './services/proxies.service';
import { MeetingsService } from './services/meetings.service';

/**
 * Meetings of the bodies: scheduling, agenda and amendments, the bodies' rhythm,
 * proxies, attendance and the live quorum. Documents and convocations build on its
 * exported services; it imports neither.
 */
@Module({
  imports: [
    TenancyModule.forFeature([Meeting, AgendaItem, Resolution, AgendaAmendment, BodyRhythm, MeetingProxy, AttendanceRecord, MeetingExcusal]),
    BodiesModule,
    MembersModule,
    MandatesModule,
    OrganisationsModule,
  ],
  providers: [
    MeetingsService,
    AgendaService,
    BodyRhythmsService,
    ProxiesService,
    AttendanceService,
    MeetingsResolver,
    AgendaResolver,
    BodyRhythmsResolver,
    MeetingDayResolver,
  ],
  exports: [MeetingsService, AgendaService, ProxiesService, AttendanceService, BodyRhythmsService],
})
export class MeetingsModule {}
