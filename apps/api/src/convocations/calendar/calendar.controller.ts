import { Controller, Get, Header, Param, Req } from '@nestjs/common';
import { Public } from '../../core/actor/public.decorator';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { PERSONAL_LINK_HEADER } from '../personal-links/personal-link.guard';
import { PersonalLinksService } from '../personal-links/personal-links.service';
import { CalendarFeedsService } from './calendar-feeds.service';
import { MeetingCalendarService } from './meeting-calendar.service';

const ICS = 'text/calendar; charset=utf-8';

const NOT_LOGGED_IN = {
  fr: 'Connectez-vous, ou ouvrez cette adresse depuis votre lien personnel.',
  en: 'Log in, or open this address from your personal link.',
};

/** Calendar files: an account's private feed, and one meeting's export. */
@Controller()
export class CalendarController {
  constructor(
    private readonly feeds: CalendarFeedsService,
    private readonly meetingCalendars: MeetingCalendarService,
    private readonly links: PersonalLinksService,
  ) {}

  /** The private feed: its address is the secret (calendar applications send no credentials). */
  @Public()
  @Get('calendar/:file')
  @Header('Content-Type', ICS)
  @Header('Cache-Control', 'private, max-age=300')
  async feed(@Param('file') file: string): Promise<string> {
    return this.feeds.feed(file.replace(/\.ics$/, ''));
  }

  /** One meeting as .ics: with a session (any role in its organisation), or the member's personal link (X-Personal-Link). */
  @Public()
  @Get('api/meetings/:meetingId/calendar.ics')
  @Header('Content-Type', ICS)
  @Header('Content-Disposition', 'attachment; filename="reunion.ics"')
  async meeting(@Param('meetingId') meetingId: string, @Req() request: CollegialRequest): Promise<string> {
    const link = request.headers[PERSONAL_LINK_HEADER];
    if (typeof link === 'string' && link.trim()) {
      const guest = await this.links.resolve(link.trim());
      return this.meetingCalendars.forGuest(guest, meetingId);
    }
    if (!request.account) throw new DomainError(ErrorReason.Unauthenticated, NOT_LOGGED_IN);
    return this.meetingCalendars.forAccount(request.account.accountId, meetingId);
  }
}
