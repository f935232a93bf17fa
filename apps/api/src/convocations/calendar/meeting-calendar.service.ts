import { Injectable } from '@nestjs/common';
import { AccountRolesService } from '../../access/account-roles.service';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { canonicalUuid } from '../../core/graphql/uuid.scalar';
import { DomainError } from '../../core/errors/domain-error';
import { Meeting } from '../../meetings/entities/meeting.entity';
import type { MeetingGuest } from '../personal-links/meeting-guest';
import { MeetingFactsReader } from '../services/meeting-facts';
import { buildCalendar } from './ics';

const MEETING = { fr: 'Réunion', en: 'Meeting' };

/** One meeting's .ics, for an account with a role in its organisation or the member it was sent to. */
@Injectable()
export class MeetingCalendarService {
  constructor(
    @InjectTenantRepository(Meeting) private readonly meetings: TenantRepository<Meeting>,
    private readonly roles: AccountRolesService,
    private readonly facts: MeetingFactsReader,
  ) {}

  async forAccount(accountId: string, meetingId: string): Promise<string> {
    const id = this.checkedId(meetingId);
    // The id alone names the meeting; the organisation it belongs to is then checked like any other.
    const meeting = await this.meetings.acrossOrganisations().findOne({ where: { id }, select: { id: true, organisationId: true, status: true } });
    const role = meeting ? await this.roles.roleOf(accountId, meeting.organisationId) : null;
    if (!meeting || !role) throw DomainError.notFound(MEETING);
    return this.calendar(meeting.organisationId, id);
  }

  async forGuest(guest: MeetingGuest, meetingId: string): Promise<string> {
    // A personal link reaches its own meeting and nothing else.
    if (this.checkedId(meetingId) !== guest.meetingId) throw DomainError.notFound(MEETING);
    return this.calendar(guest.organisationId, guest.meetingId);
  }

  private async calendar(organisationId: string, meetingId: string): Promise<string> {
    const facts = await this.facts.read(organisationId, meetingId);
    return buildCalendar([this.facts.event(facts)], { method: 'PUBLISH' });
  }

  private checkedId(meetingId: string): string {
    try {
      return canonicalUuid(meetingId);
    } catch {
      throw DomainError.notFound(MEETING);
    }
  }
}
