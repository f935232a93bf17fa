import { Injectable } from '@nestjs/common';
import { checkConvocationTiming, convocationChannel, type ConvocationTiming } from '@collegial/governance';
import type { Actor } from '../../core/actor/actor';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorReason } from '../../core/errors/domain-error';
import { underRules } from '../../core/errors/governance-error.translation';
import { pageRequest, type Page, type PageArgs } from '../../core/graphql/connection';
import { JobQueue } from '../../core/jobs/job-queue.service';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import { AgendaService } from '../../meetings/services/agenda.service';
import { MeetingsService } from '../../meetings/services/meetings.service';
import { OrganisationsService } from '../../organisations/organisations.service';
import type { ConvocationStatus } from '../entities/convocation-enums';
import { Convocation } from '../entities/convocation.entity';
import { ConvocationSending } from '../entities/convocation-sending.entity';
import { CONVOCATION_QUEUE } from './convocation-jobs';
import type { MemberRecord } from './foreign-types';

export interface ConvocationProgress {
  total: number;
  queued: number;
  sent: number;
  failed: number;
  byPost: number;
}

export interface SendingOutcome {
  sending: ConvocationSending;
  timing: ConvocationTiming;
}

const NO_AGENDA = {
  fr: "La réunion n'a pas d'ordre du jour : ajoutez au moins un point avant d'envoyer les convocations.",
  en: 'The meeting has no agenda: add at least one item before sending the convocations.',
};
const REASON_TOO_LONG = { fr: 'La raison de l’envoi hors délai dépasse 1 000 caractères.', en: 'The reason for a late sending exceeds 1,000 characters.' };

/** Rows inserted per statement: 2,000 members in four statements. */
const INSERT_CHUNK = 500;

/**
 * Sends a meeting's convocations: checks the agenda and the notice period (libs/governance),
 * records the sending, creates one convocation per convened member with its channel, and
 * queues one durable job per e-mail, all in one transaction.
 */
@Injectable()
export class ConvocationsService {
  constructor(
    @InjectTenantRepository(Convocation) private readonly convocations: TenantRepository<Convocation>,
    @InjectTenantRepository(ConvocationSending) private readonly sendings: TenantRepository<ConvocationSending>,
    private readonly meetings: MeetingsService,
    private readonly agendas: AgendaService,
    private readonly organisations: OrganisationsService,
    private readonly jobs: JobQueue,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
  ) {}

  async send(actor: Actor, meetingId: string, override?: { reason: string } | null): Promise<SendingOutcome> {
    const reason = override?.reason?.trim() || null;
    if (reason && reason.length > 1000) throw new DomainError(ErrorReason.InvalidInput, REASON_TOO_LONG);
    return this.transactions.withTransaction(async () => {
      // One sending at a time per meeting: a double click waits, then finds everyone convened.
      const meeting = await this.meetings.lock(actor, meetingId);
      if (meeting.status !== 'draft' && meeting.status !== 'convened') {
        throw new DomainError(
          ErrorReason.ConvocationNotAllowed,
          {
            fr: `La réunion « ${meeting.title} » est ${meeting.status === 'open' ? 'ouverte' : 'close'} : il n'est plus temps de convoquer.`,
            en: `The meeting "${meeting.title}" is ${meeting.status}: it is too late to convene it.`,
          },
          { status: meeting.status },
        );
      }
      const agenda = await this.agendas.tree(actor, meetingId);
      if (agenda.length === 0) throw new DomainError(ErrorReason.ConvocationNotAllowed, NO_AGENDA, { noAgenda: true });
      const organisation = await this.organisations.get(actor);
      const now = this.clock.now();
      const timing = underRules(ErrorReason.InvalidInput, () =>
        checkConvocationTiming(organisation.governanceProfile, meeting.body!.kind, meeting.kind, {
          meetingDate: this.meetings.dateOf(meeting),
          sentOn: this.clock.today(organisation.timeZone),
          convocation: meeting.convocation,
          overrideReason: reason,
        }),
      );
      if (!timing.accepted) {
        throw new DomainError(ErrorReason.ConvocationLate, timing.explanation, {
          latestSendingDate: timing.latestSendingDate,
          sentOn: timing.sentOn,
          meetingDate: timing.meetingDate,
          noticeDays: timing.noticeDays,
        });
      }
      const members = (await this.meetings.convenedMembers(actor.organisationId, meetingId)).members.map((m) => m.member);
      const scope = this.convocations.of(actor.organisationId);
      const already = new Set((await scope.find({ where: { meetingId }, select: { id: true, memberId: true } })).map((c) => c.memberId));
      const fresh = members.filter((m) => !already.has(m.id)).map((member) => this.newConvocation(scope.organisationId, meetingId, member));
      const created: Convocation[] = [];
      for (let i = 0; i < fresh.length; i += INSERT_CHUNK) created.push(...(await scope.save(fresh.slice(i, i + INSERT_CHUNK))));
      const byEmail = created.filter((c) => c.channel === 'email');
      await this.jobs.sendMany(
        CONVOCATION_QUEUE,
        byEmail.map((c) => ({ payload: { organisationId: actor.organisationId, convocationId: c.id }, singletonKey: c.id })),
      );
      const sending = await this.sendings.of(actor.organisationId).save(
        this.sendings.of(actor.organisationId).create({
          meetingId,
          accountId: actor.accountId,
          sentAt: now,
          sentOn: timing.sentOn,
          latestSendingDate: timing.latestSendingDate,
          noticeDays: timing.noticeDays,
          inTime: timing.inTime,
          overrideReason: timing.overrideReason,
          created: created.length,
          byEmail: byEmail.length,
          byPost: created.length - byEmail.length,
        }),
      );
      await this.meetings.markConvened(actor, meetingId, now);
      return { sending, timing };
    });
  }

  /** Queues the failed e-mails again (after the address was corrected, or the server fixed). */
  async retryFailed(actor: Actor, meetingId: string): Promise<number> {
    await this.meetings.get(actor, meetingId);
    return this.transactions.withTransaction(async () => {
      const scope = this.convocations.of(actor.organisationId);
      const failed = await scope.find({ where: { meetingId, status: 'failed' }, lock: { mode: 'pessimistic_write' } });
      if (failed.length === 0) return 0;
      await scope.update({ meetingId, status: 'failed' }, { status: 'queued' });
      await this.jobs.sendMany(
        CONVOCATION_QUEUE,
        failed.map((c) => ({ payload: { organisationId: actor.organisationId, convocationId: c.id }, singletonKey: c.id })),
      );
      return failed.length;
    });
  }

  async progress(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<ConvocationProgress> {
    await this.meetings.get(actor, meetingId);
    const rows = await this.convocations
      .of(actor.organisationId)
      .query('c')
      .select('c.status', 'status')
      .addSelect('count(*)::int', 'count')
      .andWhere('c.meeting_id = :meetingId', { meetingId })
      .groupBy('c.status')
      .getRawMany<{ status: ConvocationStatus; count: number }>();
    const count = (status: ConvocationStatus) => rows.find((r) => r.status === status)?.count ?? 0;
    return { total: rows.reduce((sum, r) => sum + r.count, 0), queued: count('queued'), sent: count('sent'), failed: count('failed'), byPost: count('post') };
  }

  /** A page of a meeting's convocations, by member name, with the member. */
  async list(
    actor: Pick<Actor, 'organisationId'>,
    meetingId: string,
    status: ConvocationStatus | null | undefined,
    page: PageArgs,
  ): Promise<Page<Convocation>> {
    await this.meetings.get(actor, meetingId);
    const { offset, limit } = pageRequest(page);
    const query = this.convocations
      .of(actor.organisationId)
      .query('c')
      .innerJoinAndSelect('c.member', 'member')
      .andWhere('c.meeting_id = :meetingId', { meetingId });
    if (status) query.andWhere('c.status = :status', { status });
    const [items, totalCount] = await query.orderBy('member.name', 'ASC').addOrderBy('c.id', 'ASC').skip(offset).take(limit).getManyAndCount();
    return { items, offset, totalCount };
  }

  /** The members to convene by post, with their postal address, by name. */
  async postal(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<Convocation[]> {
    await this.meetings.get(actor, meetingId);
    return this.convocations
      .of(actor.organisationId)
      .query('c')
      .innerJoinAndSelect('c.member', 'member')
      .andWhere('c.meeting_id = :meetingId', { meetingId })
      .andWhere("c.channel = 'post'")
      .orderBy('member.name', 'ASC')
      .addOrderBy('c.id', 'ASC')
      .getMany();
  }

  async sendingsOf(actor: Pick<Actor, 'organisationId'>, meetingId: string): Promise<ConvocationSending[]> {
    return this.sendings.of(actor.organisationId).find({ where: { meetingId }, order: { sentAt: 'ASC' } });
  }

  /** The member's convocation to the meeting, if they were convened. */
  async ofMember(organisationId: string, meetingId: string, memberId: string): Promise<Convocation | null> {
    return this.convocations.of(organisationId).findOne({ meetingId, memberId });
  }

  private newConvocation(organisationId: string, meetingId: string, member: MemberRecord): Convocation {
    const channel = convocationChannel({ eNoticeConsent: member.eNoticeConsent, email: member.email });
    return this.convocations.of(organisationId).create({
      meetingId,
      memberId: member.id,
      channel,
      status: channel === 'email' ? 'queued' : 'post',
      email: channel === 'email' ? member.email : null,
      failureReason: null,
      attempts: 0,
      lastAttemptAt: null,
      sentAt: null,
      answer: null,
      answeredAt: null,
    });
  }
}
