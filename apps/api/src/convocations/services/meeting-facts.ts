import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AgendaService } from '../../meetings/services/agenda.service';
import { flatten } from '../../meetings/services/agenda-tree';
import { MeetingsService } from '../../meetings/services/meetings.service';
import type { DocumentRecord, MeetingRecord } from './foreign-types';
import { DocumentsService } from '../../documents/services/documents.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import type { CalendarEvent } from '../ics/ics';
import type { MailAgendaItem } from '../mail/convocation-mail';

/** A meeting lasts two hours when its duration is not given. */
export const DEFAULT_MEETING_MINUTES = 120;

/** What every convocation of a meeting shares: read once per meeting, not once per member. */
export interface MeetingFacts {
  meeting: MeetingRecord;
  organisationName: string;
  bodyName: string;
  end: Date;
  agenda: MailAgendaItem[];
  /** The meeting's documents and its agenda items', by agenda order then title. */
  documents: { id: string; title: string }[];
}

/** The planned end of a meeting. */
export const meetingEnd = (meeting: Pick<MeetingRecord, 'startsAt' | 'durationMinutes'>) =>
  new Date(meeting.startsAt.getTime() + (meeting.durationMinutes ?? DEFAULT_MEETING_MINUTES) * 60_000);

/** The event of a meeting, its UID stable for the meeting, its sequence growing with each change. */
export function meetingEvent(
  meeting: MeetingRecord,
  facts: { bodyName: string; organisationName: string; agenda: MailAgendaItem[] },
  publicUrl: string,
): CalendarEvent {
  const host = new URL(publicUrl).hostname || 'collegial';
  return {
    uid: `meeting-${meeting.id}@${host}`,
    start: meeting.startsAt,
    end: meetingEnd(meeting),
    stamp: meeting.updatedAt,
    // Seconds since creation: grows with each update, without a counter to maintain.
    sequence: Math.max(0, Math.floor((meeting.updatedAt.getTime() - meeting.createdAt.getTime()) / 1000)),
    title: `${meeting.title} — ${facts.organisationName}`,
    location: meeting.place ?? meeting.remoteLink,
    url: meeting.remoteLink,
    description: [
      `${facts.bodyName}, ${facts.organisationName}`,
      ...(meeting.remoteLink ? [`Visioconférence / Video: ${meeting.remoteLink}`] : []),
      '',
      'Ordre du jour / Agenda:',
      ...facts.agenda.map((item) => `${'   '.repeat(item.depth - 1)}${item.number}. ${item.title}`),
    ].join('\n'),
  };
}

const CACHE_MS = 5_000;

/**
 * Reads a meeting's shared facts, kept a few seconds: two thousand convocations of one
 * meeting read its agenda once or twice, not two thousand times.
 */
@Injectable()
export class MeetingFactsReader {
  private readonly cache = new Map<string, { at: number; facts: Promise<MeetingFacts> }>();

  constructor(
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationsService,
    private readonly documents: DocumentsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  of(organisationId: string, meetingId: string): Promise<MeetingFacts> {
    const now = Date.now();
    // Keyed by organisation too, as every read of a tenant's data is.
    const key = `${organisationId}:${meetingId}`;
    const cached = this.cache.get(key);
    if (cached && now - cached.at < CACHE_MS) return cached.facts;
    for (const [other, entry] of this.cache) if (now - entry.at >= CACHE_MS) this.cache.delete(other);
    const facts = this.read(organisationId, meetingId);
    this.cache.set(key, { at: now, facts });
    facts.catch(() => this.cache.delete(key));
    return facts;
  }

  /** Read now, bypassing the cache (a page, an export). */
  async read(organisationId: string, meetingId: string): Promise<MeetingFacts> {
    const actor = { organisationId };
    // One after the other: inside a transaction they share one connection.
    const meeting = await this.meetings.get(actor, meetingId);
    const tree = await this.agendas.tree(actor, meetingId);
    const organisation = await this.organisations.get({ organisationId, accountId: '', role: 'observer' });
    const nodes = flatten(tree);
    const ofMeeting = (await this.documents.ofMeetings(actor, [meetingId])).get(meetingId) ?? [];
    const ofItems = nodes.length
      ? await this.documents.ofAgendaItems(
          actor,
          nodes.map((n) => n.item.id),
        )
      : new Map<string, DocumentRecord[]>();
    const documents = [...ofMeeting, ...nodes.flatMap((n) => ofItems.get(n.item.id) ?? [])].map((d) => ({ id: d.id, title: d.title }));
    return {
      meeting,
      organisationName: organisation.name,
      bodyName: meeting.body?.name ?? '',
      end: meetingEnd(meeting),
      agenda: nodes.map((node) => ({ number: node.number, title: node.item.title, depth: node.depth })),
      documents,
    };
  }

  event(facts: MeetingFacts): CalendarEvent {
    return meetingEvent(facts.meeting, facts, this.config.publicUrl);
  }
}
