import { Injectable } from '@nestjs/common';
import { blankProxyRecipient, checkProxyFor, type GovernanceProfile } from '@collegial/governance';
import { In } from 'typeorm';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { underRules } from '../../core/errors/governance-error.translation';
import { isUniqueViolation } from '../../core/errors/postgres-errors';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import { MandatesService } from '../../mandates/mandates.service';
import { MembersService } from '../../members/members.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import { AttendanceRecord } from '../entities/attendance-record.entity';
import { MeetingProxy } from '../entities/meeting-proxy.entity';
import type { Meeting } from '../entities/meeting.entity';
import { MeetingsService, readerIn, statusForbids, type ConvenedRoll } from './meetings.service';

const PROXY = { fr: 'Pouvoir', en: 'Proxy' };
const PROXY_RELATIONS = { principalMember: true, holderMember: true } as const;

/**
 * Proxies (pouvoirs) for a meeting, checked by libs/governance: the cap from the profile
 * and the roll's size, a holder who is a member with a vote at this meeting, no chains,
 * one proxy per principal. Every give takes the meeting's row lock, so concurrent gives
 * are checked one after the other and never pass the cap together.
 */
@Injectable()
export class ProxiesService {
  constructor(
    @InjectTenantRepository(MeetingProxy) private readonly proxies: TenantRepository<MeetingProxy>,
    @InjectTenantRepository(AttendanceRecord) private readonly attendance: TenantRepository<AttendanceRecord>,
    private readonly meetings: MeetingsService,
    private readonly members: MembersService,
    private readonly mandates: MandatesService,
    private readonly organisations: OrganisationsService,
    private readonly transactions: Transactions,
  ) {}

  /** The proxies of many meetings (every status), oldest first, with principal and holder. */
  async ofMeetings(organisationId: string, meetingIds: readonly string[]): Promise<Map<string, MeetingProxy[]>> {
    const ids = [...new Set(meetingIds)];
    const rows =
      ids.length === 0
        ? []
        : await this.proxies.of(organisationId).find({ where: { meetingId: In(ids) }, relations: PROXY_RELATIONS, order: { givenAt: 'ASC', id: 'ASC' } });
    const byMeeting = new Map<string, MeetingProxy[]>(ids.map((id) => [id, []]));
    for (const row of rows) byMeeting.get(row.meetingId)!.push(row);
    return byMeeting;
  }

  /** The proxies in force (given) for a meeting. */
  async inForce(organisationId: string, meetingId: string): Promise<MeetingProxy[]> {
    return this.proxies.of(organisationId).find({ where: { meetingId, status: 'given' }, relations: PROXY_RELATIONS, order: { givenAt: 'ASC', id: 'ASC' } });
  }

  async get(organisationId: string, proxyId: string): Promise<MeetingProxy> {
    const proxy = await this.proxies.of(organisationId).findOne({ id: proxyId }, { relations: PROXY_RELATIONS });
    if (!proxy) throw DomainError.notFound(PROXY);
    return proxy;
  }

  /**
   * The principal gives a proxy to the holder (null: a blank proxy, which goes to the chair
   * or the office the profile names). `recordedByAccountId`: the secretary who recorded a
   * paper proxy; absent through a personal link.
   */
  async give(
    organisationId: string,
    meetingId: string,
    principalMemberId: string,
    holderMemberId: string | null,
    recordedByAccountId: string | null = null,
  ): Promise<MeetingProxy> {
    try {
      const id = await this.transactions.withTransaction(async () => {
        const meeting = await this.meetings.lock(readerIn(organisationId), meetingId);
        if (meeting.status === 'closed') throw statusForbids(meeting, { fr: 'elle ne reçoit plus de pouvoirs.', en: 'it takes no more proxies.' });
        const reader = readerIn(organisationId);
        const principal = await this.members.get(reader, principalMemberId);
        const holder = holderMemberId ? await this.members.get(reader, holderMemberId) : null;
        const roll = await this.meetings.convenedMembers(organisationId, meeting.id);
        const convened = new Map(roll.members.map((m) => [m.member.id, m]));
        const voters = new Set(roll.voters);
        if (!convened.has(principal.id)) {
          throw new DomainError(ErrorReason.ProxyRefused, {
            fr: `${principal.name} n'est pas convoqué(e) à « ${meeting.title} » : pas de pouvoir à donner.`,
            en: `${principal.name} is not convened to "${meeting.title}": no proxy to give.`,
          });
        }
        const existing = await this.inForce(organisationId, meeting.id);
        const profile = await this.organisations.profileOf(organisationId);
        const attending = await this.attendingNow(organisationId, meeting.id);
        const blankRecipientId = await this.blankRecipient(organisationId, meeting, roll, profile);
        const decision = underRules(ErrorReason.ProxyRefused, () =>
          checkProxyFor(profile, meeting.body!.kind, meeting.kind, {
            principal: { id: principal.id, hasVote: voters.has(principal.id), college: principal.collegeId, attending: attending.has(principal.id) },
            holder: holder
              ? {
                  id: holder.id,
                  // A member of this meeting: convened to it (for a board, one of its seats).
                  isMember: convened.has(holder.id),
                  hasVote: voters.has(holder.id),
                  college: holder.collegeId,
                }
              : null,
            existing: existing.map((p) => ({ principalId: p.principalMemberId, holderId: p.holderMemberId })),
            votingMembers: roll.voters.length,
            blankRecipientId,
          }),
        );
        if (!decision.allowed) {
          throw new DomainError(ErrorReason.ProxyRefused, decision.explanation, {
            governanceCode: decision.refusals[0].code,
            governanceCodes: decision.refusals.map((r) => r.code),
            cap: decision.cap,
            held: decision.held,
          });
        }
        const scope = this.proxies.of(organisationId);
        const saved = await scope.save(
          scope.create({
            meetingId: meeting.id,
            principalMemberId: principal.id,
            holderMemberId: holder?.id ?? null,
            status: 'given',
            recordedByAccountId,
            endedAt: null,
          }),
        );
        return saved.id;
      });
      return this.get(organisationId, id);
    } catch (error) {
      if (isUniqueViolation(error, 'meeting_proxies_one_per_principal')) {
        throw new DomainError(ErrorReason.ProxyRefused, {
          fr: 'Le mandant a déjà donné un pouvoir pour cette réunion.',
          en: 'The principal has already given a proxy for this meeting.',
        });
      }
      throw error;
    }
  }

  /** The holder declines a proxy given to them; the principal may give another. */
  async decline(organisationId: string, proxyId: string, holderMemberId: string): Promise<MeetingProxy> {
    return this.end(organisationId, proxyId, 'declined', (proxy) => proxy.holderMemberId === holderMemberId);
  }

  /** The principal (or, with null, a secretary) withdraws a proxy. */
  async withdraw(organisationId: string, proxyId: string, principalMemberId: string | null): Promise<MeetingProxy> {
    return this.end(organisationId, proxyId, 'cancelled', (proxy) => principalMemberId === null || proxy.principalMemberId === principalMemberId);
  }

  /** A principal who attends cancels their proxy (called by attendance, inside its transaction). */
  async cancelForAttendance(organisationId: string, meetingId: string, principalMemberId: string, at: Date): Promise<void> {
    await this.proxies.of(organisationId).update({ meetingId, principalMemberId, status: 'given' }, { status: 'cancelled', endedAt: at });
  }

  /**
   * Who receives blank proxies: the chair of the meeting (or, without one, the body's
   * president that day), or the office the profile names; null when nobody holds it.
   */
  async blankRecipient(organisationId: string, meeting: Meeting, roll: ConvenedRoll, profile: GovernanceProfile): Promise<string | null> {
    const { goesTo } = blankProxyRecipient(profile.proxies);
    const presidentOfBody = roll.members.find((m) => m.role === 'president')?.member.id ?? null;
    if (goesTo === 'chair' || goesTo === 'manager') return meeting.chairMemberId ?? presidentOfBody;
    if (presidentOfBody) return presidentOfBody;
    // The organisation's president: the president of its board that day.
    const reader = readerIn(organisationId);
    for (const body of await this.meetings.bodiesOfKind(reader, 'board')) {
      const seats = await this.mandates.composition(reader, body.id, roll.date);
      const president = seats.find((s) => s.role === 'president');
      if (president) return president.member.id;
    }
    return meeting.chairMemberId;
  }

  private async attendingNow(organisationId: string, meetingId: string): Promise<Set<string>> {
    const stays = await this.attendance.of(organisationId).find({ where: { meetingId }, select: { memberId: true, departedAt: true } });
    return new Set(stays.filter((s) => s.departedAt === null).map((s) => s.memberId));
  }

  private async end(
    organisationId: string,
    proxyId: string,
    status: 'declined' | 'cancelled',
    allowed: (proxy: MeetingProxy) => boolean,
  ): Promise<MeetingProxy> {
    await this.transactions.withTransaction(async () => {
      const proxy = await this.get(organisationId, proxyId);
      // Someone else's proxy answers as if it did not exist.
      if (!allowed(proxy)) throw DomainError.notFound(PROXY);
      const meeting = await this.meetings.lock(readerIn(organisationId), proxy.meetingId);
      if (meeting.status === 'closed') throw statusForbids(meeting, { fr: 'ses pouvoirs ne changent plus.', en: 'its proxies no longer change.' });
      const changed = await this.proxies.of(organisationId).update({ id: proxy.id, status: 'given' }, { status, endedAt: new Date() });
      if (changed === 0) {
        throw new DomainError(ErrorReason.AlreadyDone, {
          fr: "Ce pouvoir n'est plus en vigueur (déjà refusé ou annulé).",
          en: 'This proxy is no longer in force (already declined or cancelled).',
        });
      }
    });
    return this.get(organisationId, proxyId);
  }
}
