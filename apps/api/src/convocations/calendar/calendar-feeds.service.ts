import { Inject, Injectable } from '@nestjs/common';
import { AccountRolesService } from '../../access/account-roles.service';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { roleSatisfies } from '../../core/actor/organisation-role';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { Transactions } from '../../core/transactions/transactions';
import { flatten } from '../../meetings/services/agenda-tree';
import { AgendaService } from '../../meetings/services/agenda.service';
import { MeetingsService } from '../../meetings/services/meetings.service';
import { looksLikePersonalLinkToken, newPersonalLinkToken, personalLinkHash } from '../personal-links/personal-link-token';
import { meetingEvent } from '../services/meeting-facts';
import { CalendarFeed } from './calendar-feed.entity';
import { buildCalendar, type CalendarEvent } from '../ics/ics';

/** How far back the feed goes: last year's meetings stay visible, older ones drop out. */
const FEED_HISTORY_DAYS = 365;

const UNKNOWN_FEED = {
  fr: "Cette adresse d'agenda n'est pas (ou plus) valable : copiez la nouvelle depuis votre profil.",
  en: 'This calendar address is not (or no longer) valid: copy the new one from your profile.',
};

/**
 * Each account's private calendar address: its meetings across its organisations (drafts
 * only for secretaries and admins). The token is shown once, stored hashed; regenerating
 * it turns the old address off.
 */
@Injectable()
export class CalendarFeedsService {
  constructor(
    private readonly roles: AccountRolesService,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** A new address for the account's feed (the previous one stops working). */
  async regenerate(accountId: string): Promise<string> {
    const token = newPersonalLinkToken();
    await this.transactions.withTransaction(async () => {
      const feeds = this.transactions.tx.getRepository(CalendarFeed);
      await feeds.delete({ accountId });
      await feeds.insert({ accountId, tokenHash: personalLinkHash(token) });
    });
    return `${this.config.publicUrl.replace(/\/+$/, '')}/calendar/${token}.ics`;
  }

  /** The feed behind a token, as iCalendar text. */
  async feed(token: string): Promise<string> {
    if (!looksLikePersonalLinkToken(token)) throw new DomainError(ErrorReason.NotFound, UNKNOWN_FEED);
    const feed = await this.transactions.tx.getRepository(CalendarFeed).findOne({ where: { tokenHash: personalLinkHash(token) } });
    if (!feed) throw new DomainError(ErrorReason.NotFound, UNKNOWN_FEED);
    const from = new Date(this.clock.now().getTime() - FEED_HISTORY_DAYS * 24 * 3600 * 1000);
    const events: CalendarEvent[] = [];
    for (const { organisation, role } of await this.roles.organisationsOf(feed.accountId)) {
      const actor = { accountId: feed.accountId, organisationId: organisation.id, role };
      const meetings = (await this.meetings.list(actor, { from })).filter((m) => m.status !== 'draft' || roleSatisfies(role, 'secretary'));
      const trees = await this.agendas.trees(
        actor,
        meetings.map((m) => m.id),
      );
      for (const meeting of meetings) {
        const agenda = flatten(trees.get(meeting.id) ?? []).map((n) => ({ number: n.number, title: n.item.title, depth: n.depth }));
        events.push(meetingEvent(meeting, { bodyName: meeting.body?.name ?? '', organisationName: organisation.name, agenda }, this.config.publicUrl));
      }
    }
    return buildCalendar(events, { method: 'PUBLISH', name: 'Collegial' });
  }
}
