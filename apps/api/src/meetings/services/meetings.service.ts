import { isUuid } from '../../core/text/is-uuid';
import { Injectable } from '@nestjs/common';
import { Brackets } from 'typeorm';
import {
  checkSecondMeetingInterval,
  GovernanceError,
  GovernanceErrorCode,
  meetingRules,
  MEETING_KINDS,
  votingRight,
  type Bilingual,
  type BodyKind,
  type Convocation,
  type MandateRole,
  type MeetingKind,
  type MemberStanding,
  type PlainDate,
  type VotingRight,
} from '@collegial/governance';
import type { Actor } from '../../core/actor/actor';
import { calendarDate, isTimeZone } from '../../core/clock/clock';
import { DomainError, ErrorReason, type LocalisedMessage } from '../../core/errors/domain-error';
import { underRules } from '../../core/errors/governance-error.translation';
import { isForeignKeyViolation } from '../../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { optionalText, requireText } from '../../core/text/required-text';
import { Transactions } from '../../core/transactions/transactions';
import { BodiesService } from '../../bodies/bodies.service';
import type { BodyRecord as Body } from './neighbour-types';
import { MandatesService } from '../../mandates/mandates.service';
import type { MemberRecord as Member } from './neighbour-types';
import { MembersService } from '../../members/members.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import type { MeetingStatus } from '../entities/meeting-enums';
import { Meeting } from '../entities/meeting.entity';
import { httpUrl, jitsiRoomFor } from './jitsi-room';
import { defaultMeetingTitle } from './meeting-title';

export interface MeetingDraft {
  bodyId: string;
  kind?: MeetingKind | null;
  convocation?: Convocation | null;
  /** Required for a second convocation: the first meeting, of the same body. */
  firstMeetingId?: string | null;
  title?: string | null;
  startsAt: Date;
  /** IANA time zone; the organisation's by default. */
  timeZone?: string | null;
  durationMinutes?: number | null;
  place?: string | null;
  /** An http(s) address; a Jitsi Meet room is generated when absent. */
  remoteLink?: string | null;
  chairMemberId?: string | null;
}

/** What an update may change; a field left undefined keeps its value, null clears it where allowed. */
export interface MeetingChanges {
  title?: string | null;
  startsAt?: Date | null;
  timeZone?: string | null;
  durationMinutes?: number | null;
  place?: string | null;
  remoteLink?: string | null;
  chairMemberId?: string | null;
}

/** A member convened to the meeting, with their seat and whether they have a vote that day. */
export interface ConvenedMember {
  member: Member;
  /** Their role in the body ('member' for plain membership of a general assembly). */
  role: MandateRole;
  hasVote: boolean;
  /** Who casts the vote: the member, or their representative (a legal entity's, a minor's). */
  castBy: 'member' | 'representative';
  representative: string | null;
  voteExplanation: Bilingual;
}

/** Who is convened, and the voting roll (who has a vote on the meeting's date). */
export interface ConvenedRoll {
  meeting: Meeting;
  date: PlainDate;
  members: ConvenedMember[];
  /** Ids of the members with a vote, in the order of `members`. */
  voters: string[];
}

/**
 * A reader in an organisation for the calls made on behalf of the meetings feature itself
 * (convened members, a sign-in through a personal link): it only reads.
 */
export function readerIn(organisationId: string): Actor {
  return { organisationId, accountId: '', role: 'observer' };
}

export interface MeetingFilter {
  bodyId?: string | null;
  status?: MeetingStatus | null;
  /** Meetings starting at or after this instant. */
  from?: Date | null;
  /** Meetings starting before this instant. */
  to?: Date | null;
}

const MEETING = { fr: 'Réunion', en: 'Meeting' };
const TITLE = { fr: 'Le titre de la réunion', en: "The meeting's title" };
/** A sitting lasts at most a day in Collegial's sense (longer congresses are several sittings). */
const MAX_DURATION_MINUTES = 24 * 60;

const STATUS_LABEL: Record<MeetingStatus, LocalisedMessage> = {
  draft: { fr: 'en préparation', en: 'in preparation' },
  convened: { fr: 'convoquée', en: 'convened' },
  open: { fr: 'ouverte', en: 'open' },
  closed: { fr: 'close', en: 'closed' },
};

/** The refusal of a change the meeting's status does not allow. */
export function statusForbids(meeting: Meeting, what: LocalisedMessage): DomainError {
  const status = STATUS_LABEL[meeting.status];
  return new DomainError(
    ErrorReason.MeetingStatusForbids,
    { fr: `La réunion « ${meeting.title} » est ${status.fr} : ${what.fr}`, en: `The meeting "${meeting.title}" is ${status.en}: ${what.en}` },
    { status: meeting.status },
  );
}

/**
 * Meetings of the organisation's bodies: scheduling, their life from draft to closed.
 * Exported to documents and convocations (markConvened, get, convenedMembers).
 */
@Injectable()
export class MeetingsService {
  constructor(
    @InjectTenantRepository(Meeting) private readonly meetings: TenantRepository<Meeting>,
    private readonly bodies: BodiesService,
    private readonly members: MembersService,
    private readonly mandates: MandatesService,
    private readonly organisations: OrganisationsService,
    private readonly transactions: Transactions,
  ) {}

  async get(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<Meeting> {
    const meeting = await this.meetings.of(actor.organisationId).findOne({ id: meetingId }, { relations: { body: true } });
    if (!meeting) throw DomainError.notFound(MEETING);
    return meeting;
  }

  /**
   * A meeting by its identifier alone, for a download whose caller names no organisation
   * (a paper's link): the caller's right to it is checked next, in its organisation.
   */
  async findAnywhere(meetingId: string): Promise<Meeting | null> {
    return isUuid(meetingId) ? this.meetings.acrossOrganisations().findOne({ where: { id: meetingId } }) : null;
  }

  /** The meeting, its row locked until the current transaction ends: its agenda, proxies and attendance change one at a time. */
  async lock(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<Meeting> {
    const scope = this.meetings.of(actor.organisationId);
    // FOR NO KEY UPDATE: changes to the meeting wait their turn, but rows that merely point
    // at it (a personal link, a proxy, an arrival: their foreign key takes KEY SHARE) do not
    // wait, so a delivery holding a convocation while it adds a link cannot deadlock with a reply.
    const locked = await scope.findOne({ id: meetingId }, { lock: { mode: 'for_no_key_update' } });
    if (!locked) throw DomainError.notFound(MEETING);
    return this.get(actor, meetingId);
  }

  /** Meetings by start, earliest first. */
  async list(actor: Actor, filter: MeetingFilter = {}): Promise<Meeting[]> {
    const query = this.meetings.of(actor.organisationId).query('meeting').leftJoinAndSelect('meeting.body', 'body');
    if (filter.bodyId) query.andWhere('meeting.body_id = :bodyId', { bodyId: filter.bodyId });
    if (filter.status) query.andWhere('meeting.status = :status', { status: filter.status });
    if (filter.from) query.andWhere('meeting.starts_at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('meeting.starts_at < :to', { to: filter.to });
    return query.orderBy('meeting.startsAt', 'ASC').addOrderBy('meeting.id', 'ASC').getMany();
  }

  /** The last meeting of each body that started before `before`, and whether one is scheduled after it. */
  async sittingsByBody(actor: Actor, before: Date): Promise<Map<string, { last: Meeting | null; next: Meeting | null }>> {
    const all = await this.meetings
      .of(actor.organisationId)
      .query('meeting')
      .leftJoinAndSelect('meeting.body', 'body')
      .andWhere(new Brackets((q) => q.where('meeting.status <> :draft', { draft: 'draft' }).orWhere('meeting.starts_at >= :before', { before })))
      .orderBy('meeting.startsAt', 'ASC')
      .getMany();
    const byBody = new Map<string, { last: Meeting | null; next: Meeting | null }>();
    for (const meeting of all) {
      const entry = byBody.get(meeting.bodyId) ?? { last: null, next: null };
      if (meeting.startsAt < before) entry.last = meeting;
      else entry.next ??= meeting;
      byBody.set(meeting.bodyId, entry);
    }
    return byBody;
  }

  /** The organisation's bodies of a kind (the board, whose president receives blank proxies). */
  async bodiesOfKind(actor: Actor, kind: BodyKind): Promise<Body[]> {
    return (await this.bodies.list(actor)).filter((b) => b.kind === kind);
  }

  /** The date of the meeting where it is held: the date rules (who is a member, who has a vote) read. */
  dateOf(meeting: Meeting): PlainDate {
    return calendarDate(meeting.startsAt, meeting.timeZone);
  }

  /**
   * Who is convened: for a general assembly, the members on the meeting's date (joined on
   * or before, not left); for another body, the members holding a mandate in it that day.
   * With the voting roll: in a general assembly the profile's voting rights decide (age,
   * seniority, suspension, a legal entity's representative); in another body every seat
   * holder votes.
   */
  async convenedMembers(organisationId: string, meetingId: string): Promise<ConvenedRoll> {
    const meeting = await this.get(readerIn(organisationId), meetingId);
    const date = this.dateOf(meeting);
    const convocationDate = meeting.convenedAt ? calendarDate(meeting.convenedAt, meeting.timeZone) : null;
    const members = await this.seatsWithVotes(organisationId, meeting.body!, date, convocationDate);
    const voters = members.filter((m) => m.hasVote).map((m) => m.member.id);
    return { meeting, date, members, voters };
  }

  /**
   * The members of a body on a date with their vote, as for a meeting of it that day: a
   * written consultation between meetings asks them.
   */
  async bodyMembersOn(organisationId: string, bodyId: string, date: PlainDate): Promise<ConvenedMember[]> {
    const body = await this.bodies.get(readerIn(organisationId), bodyId);
    return this.seatsWithVotes(organisationId, body, date, date);
  }

  private async seatsWithVotes(organisationId: string, body: Body, date: PlainDate, convocationDate: PlainDate | null): Promise<ConvenedMember[]> {
    const reader = readerIn(organisationId);
    const seats = await this.mandates.composition(reader, body.id, date);
    const generalAssembly = body.kind === 'generalAssembly';
    const profile = await this.organisations.profileOf(organisationId);
    const representatives = await this.members.representativesOf(
      reader,
      seats.map((s) => s.member.id),
    );
    return seats.map(({ member, role }): ConvenedMember => {
      const representative = (representatives.get(member.id) ?? []).find((r) => r.sinceOn <= date && (r.untilOn === null || r.untilOn > date))?.name ?? null;
      const standing: MemberStanding = {
        memberId: member.id,
        legalEntity: member.kind === 'legalEntity',
        representative,
        birthDate: member.birthDate,
        memberSince: member.joinedOn,
        memberUntil: member.leftOn,
        // Dues are not tracked: a member whose dues are unpaid has their vote suspended (hasVotingRights).
        duesPaid: true,
        suspended: !member.hasVotingRights,
      };
      const right: VotingRight = generalAssembly
        ? votingRight(profile, standing, date, convocationDate)
        : {
            memberId: member.id,
            hasVote: true,
            reasons: [],
            castBy: 'member',
            representative: null,
            explanation: { fr: `Siège dans l'instance le ${date}.`, en: `Sits in the body on ${date}.` },
          };
      return { member, role, hasVote: right.hasVote, castBy: right.castBy, representative: right.representative, voteExplanation: right.explanation };
    });
  }

  async schedule(actor: Actor, draft: MeetingDraft): Promise<Meeting> {
    const body = await this.bodies.get(actor, draft.bodyId);
    const kind = draft.kind ?? 'ordinary';
    if (!MEETING_KINDS.includes(kind)) throw invalid({ fr: 'Type de réunion inconnu.', en: 'Unknown kind of meeting.' });
    const profile = await this.organisations.profileOf(actor.organisationId);
    // A body the profile has no rules for still meets (a working group); an extraordinary meeting needs its rules.
    underRules(ErrorReason.InvalidInput, () => {
      try {
        meetingRules(profile, body.kind, kind);
      } catch (error) {
        if (!(error instanceof GovernanceError && error.code === GovernanceErrorCode.UnknownBody && kind === 'ordinary')) throw error;
      }
    });
    const organisation = await this.organisations.get(actor);
    const timeZone = this.checkedTimeZone(draft.timeZone ?? organisation.timeZone);
    const startsAt = checkedInstant(draft.startsAt);
    const convocation = draft.convocation ?? 'first';
    const date = calendarDate(startsAt, timeZone);
    let firstMeetingId: string | null = null;
    if (convocation === 'second') {
      firstMeetingId = (await this.checkFirstMeeting(actor, body, kind, draft.firstMeetingId ?? null, date)).id;
    } else if (draft.firstMeetingId) {
      throw invalid({
        fr: 'Seule une seconde convocation renvoie à une première réunion.',
        en: 'Only a second convocation refers to a first meeting.',
      });
    }
    const title = draft.title != null ? requireText(draft.title, TITLE, 300) : defaultMeetingTitle(body, kind, convocation, date);
    const chairMemberId = draft.chairMemberId ? (await this.members.get(actor, draft.chairMemberId)).id : null;
    const scope = this.meetings.of(actor.organisationId);
    const saved = await scope.save(
      scope.create({
        bodyId: body.id,
        kind,
        convocation,
        firstMeetingId,
        title,
        startsAt,
        timeZone,
        durationMinutes: checkedDuration(draft.durationMinutes ?? null),
        place: optionalText(draft.place),
        remoteLink: draft.remoteLink != null && draft.remoteLink.trim() !== '' ? checkedLink(draft.remoteLink) : jitsiRoomFor(title),
        status: 'draft',
        chairMemberId,
        convenedAt: null,
        openedAt: null,
        closedAt: null,
      }),
    );
    return this.get(actor, saved.id);
  }

  /** Changes the practical details; not once the meeting is open. */
  async update(actor: Actor, meetingId: string, changes: MeetingChanges): Promise<Meeting> {
    await this.transactions.withTransaction(async () => {
      const meeting = await this.lock(actor, meetingId);
      if (meeting.status === 'open' || meeting.status === 'closed') {
        throw statusForbids(meeting, { fr: 'elle ne se modifie plus.', en: 'it can no longer be changed.' });
      }
      const patch: Partial<Meeting> = {};
      if (changes.title !== undefined) patch.title = requireText(changes.title, TITLE, 300);
      if (changes.timeZone !== undefined) patch.timeZone = this.checkedTimeZone(changes.timeZone ?? (await this.organisations.get(actor)).timeZone);
      if (changes.startsAt !== undefined) {
        if (changes.startsAt === null) throw invalid({ fr: 'La date de la réunion est obligatoire.', en: "The meeting's date is required." });
        patch.startsAt = checkedInstant(changes.startsAt);
      }
      if (changes.durationMinutes !== undefined) patch.durationMinutes = checkedDuration(changes.durationMinutes);
      if (changes.place !== undefined) patch.place = optionalText(changes.place);
      if (changes.remoteLink !== undefined) {
        patch.remoteLink = changes.remoteLink === null || changes.remoteLink.trim() === '' ? null : checkedLink(changes.remoteLink);
      }
      if (changes.chairMemberId !== undefined) {
        patch.chairMemberId = changes.chairMemberId ? (await this.members.get(actor, changes.chairMemberId)).id : null;
      }
      if (meeting.convocation === 'second' && (patch.startsAt || patch.timeZone) && meeting.firstMeetingId) {
        const date = calendarDate(patch.startsAt ?? meeting.startsAt, patch.timeZone ?? meeting.timeZone);
        await this.checkFirstMeeting(actor, meeting.body!, meeting.kind, meeting.firstMeetingId, date);
      }
      if (Object.keys(patch).length > 0) await this.meetings.of(actor.organisationId).update({ id: meeting.id }, patch);
    });
    return this.get(actor, meetingId);
  }

  /** Deletes a meeting still in preparation (with its agenda); a convened one is kept. */
  async delete(actor: Actor, meetingId: string): Promise<void> {
    try {
      await this.transactions.withTransaction(async () => {
        const meeting = await this.lock(actor, meetingId);
        if (meeting.status !== 'draft') {
          throw statusForbids(meeting, { fr: 'seule une réunion en préparation se supprime.', en: 'only a meeting in preparation can be deleted.' });
        }
        await this.meetings.of(actor.organisationId).delete({ id: meeting.id });
      });
    } catch (error) {
      if (isForeignKeyViolation(error)) {
        throw new DomainError(ErrorReason.InUse, {
          fr: 'Une seconde convocation renvoie à cette réunion : supprimez-la d’abord.',
          en: 'A second convocation refers to this meeting: delete it first.',
        });
      }
      throw error;
    }
  }

  /**
   * The convocations were sent (called by the convocations feature, in its transaction):
   * draft → convened. Repeating it keeps the first date; an open or closed meeting is refused.
   */
  async markConvened(actor: Pick<Actor, 'organisationId'>, meetingId: string, at: Date): Promise<Meeting> {
    return this.transactions.withTransaction(async () => {
      const meeting = await this.lock(actor, meetingId);
      if (meeting.status === 'convened') return meeting;
      if (meeting.status !== 'draft') {
        throw statusForbids(meeting, { fr: 'elle ne peut plus être convoquée.', en: 'it can no longer be convened.' });
      }
      await this.meetings.of(actor.organisationId).update({ id: meeting.id }, { status: 'convened', convenedAt: at });
      return this.get(actor, meetingId);
    });
  }

  /** The meeting opens (the chair declares the sitting open): attendance and the live quorum start. */
  async open(actor: Actor, meetingId: string, at: Date = new Date()): Promise<Meeting> {
    return this.transactions.withTransaction(async () => {
      const meeting = await this.lock(actor, meetingId);
      if (meeting.status !== 'draft' && meeting.status !== 'convened') {
        throw statusForbids(meeting, { fr: 'elle ne peut pas être ouverte.', en: 'it cannot be opened.' });
      }
      await this.meetings.of(actor.organisationId).update({ id: meeting.id }, { status: 'open', openedAt: at });
      return this.get(actor, meetingId);
    });
  }

  /** The meeting closes: attendance is frozen. */
  async close(actor: Actor, meetingId: string, at: Date = new Date()): Promise<Meeting> {
    return this.transactions.withTransaction(async () => {
      const meeting = await this.lock(actor, meetingId);
      if (meeting.status !== 'open') {
        throw statusForbids(meeting, { fr: 'seule une réunion ouverte peut être close.', en: 'only an open meeting can be closed.' });
      }
      await this.meetings.of(actor.organisationId).update({ id: meeting.id }, { status: 'closed', closedAt: at });
      return this.get(actor, meetingId);
    });
  }

  private checkedTimeZone(timeZone: string): string {
    const zone = timeZone.trim();
    if (!isTimeZone(zone) || zone.length > 64) {
      throw invalid({ fr: `Fuseau horaire inconnu : « ${zone} ».`, en: `Unknown time zone: "${zone}".` });
    }
    return zone;
  }

  private async checkFirstMeeting(actor: Actor, body: Body, kind: MeetingKind, firstMeetingId: string | null, date: PlainDate): Promise<Meeting> {
    if (!firstMeetingId) {
      throw invalid({
        fr: 'Une seconde convocation renvoie à la première réunion, restée sans quorum.',
        en: 'A second convocation refers to the first meeting, which lacked quorum.',
      });
    }
    const first = await this.get(actor, firstMeetingId);
    if (first.bodyId !== body.id || first.convocation !== 'first' || first.kind !== kind) {
      throw invalid({
        fr: `La première réunion doit être une première convocation de la même instance, du même type (« ${first.title} » ne l'est pas).`,
        en: `The first meeting must be a first convocation of the same body, of the same kind ("${first.title}" is not).`,
      });
    }
    const profile = await this.organisations.profileOf(actor.organisationId);
    const interval = underRules(ErrorReason.InvalidDates, () => checkSecondMeetingInterval(profile, body.kind, kind, this.dateOf(first), date));
    if (!interval.allowed) throw new DomainError(ErrorReason.InvalidDates, interval.explanation, { earliest: interval.earliest });
    return first;
  }
}

function invalid(messages: LocalisedMessage): DomainError {
  return new DomainError(ErrorReason.InvalidInput, messages);
}

function checkedInstant(value: Date): Date {
  if (!(value instanceof Date) || Number.isNaN(value.getTime()) || value.getUTCFullYear() < 1900 || value.getUTCFullYear() > 2200) {
    throw new DomainError(ErrorReason.InvalidDates, { fr: 'Date de réunion invalide.', en: 'Invalid meeting date.' });
  }
  return value;
}

function checkedDuration(minutes: number | null): number | null {
  if (minutes === null) return null;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > MAX_DURATION_MINUTES) {
    throw invalid({
      fr: `La durée prévue se compte en minutes, de 1 à ${MAX_DURATION_MINUTES}.`,
      en: `The planned duration is in minutes, from 1 to ${MAX_DURATION_MINUTES}.`,
    });
  }
  return minutes;
}

function checkedLink(value: string): string {
  const url = value.length <= 2000 ? httpUrl(value) : null;
  if (!url) {
    throw invalid({
      fr: 'Le lien de visioconférence doit être une adresse http(s).',
      en: 'The video link must be an http(s) address.',
    });
  }
  return url;
}
