import { Injectable } from '@nestjs/common';
import { AccountRolesService } from '../../access/account-roles.service';
import { MeetingsService } from '../../meetings/services/meetings.service';
import { canonicalUuid } from '../../core/graphql/uuid.scalar';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import type { MeetingGuest } from '../personal-links/meeting-guest';
import { MeetingFactsReader } from '../services/meeting-facts';
import { buildCalendar } from '../ics/ics';

const MEETING = { fr: 'Réunion', en: 'Meeting' };

/** One meeting's .ics, for an account with a role in its organisation or the member it was sent to. */
@Injectable()
export class MeetingCalendarService {
  constructor(
    private readonly meetings: MeetingsService,
    private readonly roles: AccountRolesService,
    private readonly facts: MeetingFactsReader,
  ) {}

  async forAccount(accountId: string, meetingId: string): Promise<string> {
    const id = this.checkedId(meetingId);
    // Looked for in the account's own organisations only: elsewhere it does not exist for them.
    for (const { organisation } of await this.roles.organisationsOf(accountId)) {
      const found = await this.meetings.get({ organisationId: organisation.id }, id).then(
        () => true,
        (error: unknown) => {
          if (error instanceof DomainError && error.reason === ErrorReason.NotFound) return false;
          throw error;
        },
      );
      if (found) return this.calendar(organisation.id, id);
    }
    throw DomainError.notFound(MEETING);
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
