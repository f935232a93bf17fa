import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Response } from 'express';
import { Public } from '../../core/actor/public.decorator';
import type { CollegialRequest } from '../../core/graphql/graphql-context';
import { MeetingsService } from '../../meetings/services/meetings.service';
import { isUuid } from '../../core/text/is-uuid';
import { localDate } from '../services/meeting-clock';
import { MeetingPapersService } from '../services/meeting-papers.service';
import type { MinutesFiles } from '../services/minutes-files';
import { MINUTES_FILES } from '../services/minutes-files.token';
import { MINUTES, REGISTER_ENTRY, invalid } from '../services/minutes-messages';
import { MinutesService } from '../services/minutes.service';
import { RegisterService } from '../services/register.service';
import { OrganisationReader } from './organisation-reader';
import { sendPdf } from './paper-download';

const MEETING = { fr: 'Réunion', en: 'Meeting' };

/**
 * The PDFs, over plain HTTP with the session (Authorization: Bearer), for any role in the
 * organisation; another organisation's answers 404:
 * - GET /api/minutes/:minutesId/pdf: the approved PDF, or a preview of the draft;
 * - GET /api/register/:entryId/pdf: a register entry's PDF (approved or imported minutes);
 * - GET /api/meetings/:meetingId/attendance-sheet.pdf, /proxy-form.pdf?memberId=…, /postal-convocations.pdf.
 */
@Controller('api')
export class MinutesDownloadsController {
  constructor(
    private readonly minutes: MinutesService,
    private readonly register: RegisterService,
    private readonly meetings: MeetingsService,
    private readonly papers: MeetingPapersService,
    private readonly reader: OrganisationReader,
    @Inject(MINUTES_FILES) private readonly files: MinutesFiles,
  ) {}

  @Public()
  @Get('minutes/:minutesId/pdf')
  async minutesPdf(@Req() request: CollegialRequest, @Res() response: Response, @Param('minutesId') minutesId: string): Promise<void> {
    const minutes = isUuid(minutesId) ? await this.minutes.findAnywhere(minutesId) : null;
    await this.reader.actorFor(request, minutes?.organisationId, MINUTES);
    const bytes = await this.minutes.pdf(minutes!);
    const meeting = await this.meetings.get({ organisationId: minutes!.organisationId }, minutes!.meetingId);
    const date = localDate(meeting.openedAt ?? meeting.startsAt, meeting.timeZone);
    sendPdf(response, bytes, `${minutes!.status === 'approved' ? 'proces-verbal' : 'proces-verbal-projet'}-${date}.pdf`);
  }

  @Public()
  @Get('register/:entryId/pdf')
  async entryPdf(@Req() request: CollegialRequest, @Res() response: Response, @Param('entryId') entryId: string): Promise<void> {
    const entry = isUuid(entryId) ? await this.register.findAnywhere(entryId) : null;
    await this.reader.actorFor(request, entry?.organisationId, REGISTER_ENTRY);
    sendPdf(response, await this.files.readPdf(entry!.pdfSha256), `registre-${entry!.sequence}-${String(entry!.meetingDate)}.pdf`);
  }

  @Public()
  @Get('meetings/:meetingId/attendance-sheet.pdf')
  async attendanceSheet(@Req() request: CollegialRequest, @Res() response: Response, @Param('meetingId') meetingId: string): Promise<void> {
    const organisationId = await this.meetingOrganisation(request, meetingId);
    sendPdf(response, await this.papers.attendanceSheet(organisationId, meetingId), 'feuille-de-presence.pdf');
  }

  @Public()
  @Get('meetings/:meetingId/proxy-form.pdf')
  async proxyForm(
    @Req() request: CollegialRequest,
    @Res() response: Response,
    @Param('meetingId') meetingId: string,
    @Query('memberId') memberId: string | undefined,
  ): Promise<void> {
    const organisationId = await this.meetingOrganisation(request, meetingId);
    if (!isUuid(memberId))
      throw invalid('Le paramètre « memberId » doit être l’identifiant d’un membre.', 'The "memberId" parameter must be a member\'s identifier.');
    sendPdf(response, await this.papers.proxyForm(organisationId, meetingId, memberId), 'pouvoir.pdf');
  }

  @Public()
  @Get('meetings/:meetingId/postal-convocations.pdf')
  async postalConvocations(@Req() request: CollegialRequest, @Res() response: Response, @Param('meetingId') meetingId: string): Promise<void> {
    const organisationId = await this.meetingOrganisation(request, meetingId);
    sendPdf(response, await this.papers.postalConvocations(organisationId, meetingId), 'convocations-courrier.pdf');
  }

  private async meetingOrganisation(request: CollegialRequest, meetingId: string): Promise<string> {
    const meeting = await this.meetings.findAnywhere(meetingId);
    return (await this.reader.actorFor(request, meeting?.organisationId, MEETING)).organisationId;
  }
}
