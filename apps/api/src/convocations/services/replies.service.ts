import { Injectable } from '@nestjs/common';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import { AttendanceService } from '../../meetings/services/attendance.service';
import { MeetingsService } from '../../meetings/services/meetings.service';
import { ProxiesService } from '../../meetings/services/proxies.service';
import type { ConvocationAnswer, SignInMode } from '../entities/convocation-enums';
import { Convocation } from '../entities/convocation.entity';
import type { MeetingGuest } from '../personal-links/meeting-guest';
import type { MeetingRecord, MemberRecord, ProxyRecord } from './foreign-types';
import { PROXY_NOTICE_QUEUE } from './proxy-notice-jobs';
import { MeetingFactsReader, type MeetingFacts } from './meeting-facts';

/** What a member sees through their personal link. */
export interface PersonalMeeting {
  facts: MeetingFacts;
  member: MemberRecord;
  convocation: Convocation | null;
  /** The proxy the member gave, in force. */
  proxyGiven: ProxyRecord | null;
  /** Proxies given to the member, in force. */
  proxiesHeld: ProxyRecord[];
  /** Members the member may name as holder (the others convened), by name. */
  proxyCandidates: MemberRecord[];
  /** Names of the members met above (principals, holders). */
  names: Map<string, string>;
}

export interface ReplyInput {
  answer: ConvocationAnswer;
  holderMemberId?: string | null;
}

const CONVOCATION = { fr: 'Convocation', en: 'Convocation' };

function repliesClosed(meeting: MeetingRecord): DomainError {
  return new DomainError(
    ErrorReason.RepliesClosed,
    meeting.status === 'open'
      ? {
          fr: `La réunion « ${meeting.title} » est ouverte : les réponses sont closes. Signez la feuille de présence si vous y participez.`,
          en: `The meeting "${meeting.title}" is open: replies are closed. Sign in if you are taking part.`,
        }
      : { fr: `La réunion « ${meeting.title} » est close : les réponses sont closes.`, en: `The meeting "${meeting.title}" is closed: replies are closed.` },
    { status: meeting.status },
  );
}

/**
 * Replies through a personal link: attending (in person or remotely), absent (excused), a
 * proxy to a named member or a blank proxy. Proxies and excusals go through the meetings
 * feature (libs/governance checks: cap, eligibility, no chains); a refused proxy changes
 * nothing. A reply can change until the meeting opens.
 */
@Injectable()
export class RepliesService {
  constructor(
    @InjectTenantRepository(Convocation) private readonly convocations: TenantRepository<Convocation>,
    private readonly meetings: MeetingsService,
    private readonly proxies: ProxiesService,
    private readonly attendance: AttendanceService,
    private readonly facts: MeetingFactsReader,
    private readonly jobs: JobQueue,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async personalMeeting(guest: MeetingGuest): Promise<PersonalMeeting> {
    const { organisationId, meetingId, memberId } = guest;
    const facts = await this.facts.read(organisationId, meetingId);
    // The member read with their convocation (the members feature's table is not ours to query).
    const convocation = await this.convocations.of(organisationId).findOne({ meetingId, memberId }, { relations: { member: true } });
    const member = convocation?.member;
    if (!convocation || !member) throw DomainError.notFound(CONVOCATION);
    const inForce = await this.proxies.inForce(organisationId, meetingId);
    const roll = await this.meetings.convenedMembers(organisationId, meetingId);
    const names = new Map(roll.members.map((m) => [m.member.id, m.member.name]));
    return {
      facts,
      member,
      convocation,
      proxyGiven: inForce.find((p) => p.principalMemberId === memberId) ?? null,
      proxiesHeld: inForce.filter((p) => p.holderMemberId === memberId),
      proxyCandidates: roll.members
        .map((m) => m.member)
        .filter((m) => m.id !== memberId)
        .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
      names,
    };
  }

  async reply(guest: MeetingGuest, input: ReplyInput): Promise<void> {
    const { organisationId, meetingId, memberId } = guest;
    const holderMemberId = input.answer === 'proxy' ? input.holderMemberId : null;
    if (input.answer === 'proxy' && !holderMemberId) {
      throw new DomainError(ErrorReason.InvalidInput, {
        fr: 'Nommez le membre à qui vous donnez pouvoir, ou donnez un pouvoir en blanc.',
        en: 'Name the member you give your proxy to, or give a blank proxy.',
      });
    }
    await this.transactions.withTransaction(async () => {
      const meeting = await this.meetings.lock({ organisationId }, meetingId);
      if (meeting.status !== 'draft' && meeting.status !== 'convened') throw repliesClosed(meeting);
      const scope = this.convocations.of(organisationId);
      const convocation = await scope.findOne({ meetingId, memberId }, { lock: { mode: 'pessimistic_write' } });
      if (!convocation) throw DomainError.notFound(CONVOCATION);
      const current = (await this.proxies.inForce(organisationId, meetingId)).find((p) => p.principalMemberId === memberId) ?? null;
      const sameProxy =
        current !== null &&
        ((input.answer === 'proxy' && current.holderMemberId === holderMemberId) || (input.answer === 'blankProxy' && current.holderMemberId === null));
      if (current && !sameProxy) await this.proxies.withdraw(organisationId, current.id, memberId);
      await this.attendance.setExcused(organisationId, meetingId, memberId, input.answer === 'absent');
      if ((input.answer === 'proxy' || input.answer === 'blankProxy') && !sameProxy) {
        const proxy = await this.proxies.give(organisationId, meetingId, memberId, holderMemberId ?? null);
        // The holder is told (in this transaction: a refused proxy tells nobody).
        await this.jobs.send(PROXY_NOTICE_QUEUE, { organisationId, proxyId: proxy.id }, { singletonKey: proxy.id });
      }
      await scope.update({ id: convocation.id }, { answer: input.answer, answeredAt: this.clock.now() });
    });
  }

  /** The holder declines a proxy given to them. */
  async declineProxy(guest: MeetingGuest, proxyId: string): Promise<void> {
    const proxy = await this.proxies.get(guest.organisationId, proxyId);
    if (proxy.meetingId !== guest.meetingId || proxy.holderMemberId !== guest.memberId) throw DomainError.notFound({ fr: 'Pouvoir', en: 'Proxy' });
    await this.transactions.withTransaction(async () => {
      const meeting = await this.meetings.lock({ organisationId: guest.organisationId }, guest.meetingId);
      if (meeting.status !== 'draft' && meeting.status !== 'convened') throw repliesClosed(meeting);
      await this.proxies.decline(guest.organisationId, proxyId, guest.memberId);
      // The principal's reply no longer stands: they are asked again on their page.
      await this.convocations
        .of(guest.organisationId)
        .update({ meetingId: guest.meetingId, memberId: proxy.principalMemberId, answer: 'proxy' }, { answer: null, answeredAt: null });
    });
  }

  /** Signing in on the day, once the meeting is open. */
  async signIn(guest: MeetingGuest, mode: SignInMode): Promise<void> {
    const meeting = await this.meetings.get({ organisationId: guest.organisationId }, guest.meetingId);
    if (meeting.status !== 'open') {
      throw new DomainError(
        ErrorReason.RepliesClosed,
        meeting.status === 'closed'
          ? { fr: `La réunion « ${meeting.title} » est close.`, en: `The meeting "${meeting.title}" is closed.` }
          : {
              fr: `La réunion « ${meeting.title} » n'est pas encore ouverte : vous pourrez signer à son ouverture.`,
              en: `The meeting "${meeting.title}" is not open yet: you can sign in once it opens.`,
            },
        { status: meeting.status },
      );
    }
    await this.attendance.signIn(guest.organisationId, guest.meetingId, guest.memberId, mode);
  }

  /** The replies at a glance, for the secretary. */
  async summary(organisationId: string, meetingId: string) {
    await this.meetings.get({ organisationId }, meetingId);
    const rows = await this.convocations
      .of(organisationId)
      .query('c')
      .select('c.answer', 'answer')
      .addSelect('count(*)::int', 'count')
      .andWhere('c.meeting_id = :meetingId', { meetingId })
      .groupBy('c.answer')
      .getRawMany<{ answer: ConvocationAnswer | null; count: number }>();
    const count = (answer: ConvocationAnswer | null) => rows.find((r) => r.answer === answer)?.count ?? 0;
    const proxies = await this.proxies.inForce(organisationId, meetingId);
    const ids = [...new Set(proxies.flatMap((p) => [p.principalMemberId, ...(p.holderMemberId ? [p.holderMemberId] : [])]))];
    // Principals and holders are convened: their names come with their convocations.
    const names = new Map(
      ids.length === 0
        ? []
        : (
            await this.convocations
              .of(organisationId)
              .query('c')
              .innerJoinAndSelect('c.member', 'member')
              .andWhere('c.meeting_id = :meetingId', { meetingId })
              .andWhere('c.member_id IN (:...ids)', { ids })
              .getMany()
          ).map((c) => [c.memberId, c.member!.name] as const),
    );
    return {
      convened: rows.reduce((sum, r) => sum + r.count, 0),
      attendingInPerson: count('attendingInPerson'),
      attendingRemotely: count('attendingRemotely'),
      absent: count('absent'),
      proxy: count('proxy'),
      blankProxy: count('blankProxy'),
      noReply: count(null),
      proxies: proxies.map((p) => ({
        proxy: p,
        principalName: names.get(p.principalMemberId) ?? '',
        holderName: p.holderMemberId ? (names.get(p.holderMemberId) ?? '') : null,
      })),
    };
  }
}
