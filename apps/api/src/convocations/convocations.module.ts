import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccessModule } from '../access/access.module';
import { MailModule } from '../core/mail/mail.module';
import { TenancyModule } from '../core/tenancy/tenancy.module';
import { DocumentsModule } from '../documents/documents.module';
import { MeetingsModule } from '../meetings/meetings.module';
import { OrganisationsModule } from '../organisations/organisations.module';
import { CalendarController } from './calendar/calendar.controller';
import { CalendarFeed } from './calendar/calendar-feed.entity';
import { CalendarFeedResolver } from './calendar/calendar-feed.resolver';
import { CalendarFeedsService } from './calendar/calendar-feeds.service';
import { MeetingCalendarService } from './calendar/meeting-calendar.service';
import { ConvocationSending } from './entities/convocation-sending.entity';
import { Convocation } from './entities/convocation.entity';
import { ConvocationsResolver } from './graphql/convocations.resolver';
import { MeetingRepliesResolver } from './graphql/meeting-replies.resolver';
import { PersonalMeetingResolver } from './graphql/personal-meeting.resolver';
import { PersonalLink } from './personal-links/personal-link.entity';
import { PersonalLinkGuard } from './personal-links/personal-link.guard';
import { PersonalLinksService } from './personal-links/personal-links.service';
import { DocumentsThroughPersonalLinks } from './personal-links/documents-through-personal-links';
import { ConvocationDelivery } from './services/convocation-delivery';
import { ConvocationsService } from './services/convocations.service';
import { ProxyNoticeDelivery } from './services/proxy-notice-delivery';
import { RepliesService } from './services/replies.service';
import { MeetingFactsReader } from './services/meeting-facts';

/**
 * Convocations of meetings: the notice check, sending through the durable queue, each
 * member's delivery, the postal list; personal links and the replies made through them;
 * calendar feeds and exports.
 */
@Module({
  imports: [
    TenancyModule.forFeature([Convocation, ConvocationSending, PersonalLink]),
    TypeOrmModule.forFeature([CalendarFeed]),
    MeetingsModule,
    DocumentsModule,
    OrganisationsModule,
    AccessModule,
    MailModule,
  ],
  controllers: [CalendarController],
  providers: [
    ConvocationsService,
    RepliesService,
    ProxyNoticeDelivery,
    ConvocationDelivery,
    MeetingFactsReader,
    PersonalLinksService,
    PersonalLinkGuard,
    DocumentsThroughPersonalLinks,
    CalendarFeedsService,
    MeetingCalendarService,
    ConvocationsResolver,
    CalendarFeedResolver,
    PersonalMeetingResolver,
    MeetingRepliesResolver,
  ],
  exports: [PersonalLinksService, PersonalLinkGuard],
})
export class ConvocationsModule {}
