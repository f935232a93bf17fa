import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue.service';
import type { Job } from '../../core/jobs/job-queues';
import { Mailer } from '../../core/mail/mailer.service';
import { InjectTenantRepository, type TenantRepository } from '../../core/tenancy/tenant-repository';
import { Transactions } from '../../core/transactions/transactions';
import { buildCalendar, calendarContentType } from '../ics/ics';
import { Convocation } from '../entities/convocation.entity';
import { convocationMail } from '../mail/convocation-mail';
import { PersonalLinksService } from '../personal-links/personal-links.service';
import { CONVOCATION_QUEUE } from './convocation-jobs';
import { MeetingFactsReader } from './meeting-facts';
import { personalUrl } from './personal-url';

/** The SMTP answer kept as the failure reason, without the stack. */
const reasonOf = (error: unknown) => (error instanceof Error ? error.message : String(error)).slice(0, 1000);

/**
 * Works the convocation queue: one e-mail per job. The convocation's row is locked while
 * its mail goes out and its status checked first, so a job run twice (a retry, a restart,
 * a second worker) never sends a convocation already sent.
 */
@Injectable()
export class ConvocationDelivery implements OnModuleInit {
  private readonly logger = new Logger('Convocations');

  constructor(
    @InjectTenantRepository(Convocation) private readonly convocations: TenantRepository<Convocation>,
    private readonly facts: MeetingFactsReader,
    private readonly links: PersonalLinksService,
    private readonly mailer: Mailer,
    private readonly jobs: JobQueue,
    private readonly transactions: Transactions,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register(CONVOCATION_QUEUE, (job) => this.deliver(job), {
      retryLimit: 4,
      retryDelaySeconds: 5,
      // A message takes milliseconds: an attempt still active after 30 s was cut short (a killed process).
      expireInSeconds: 30,
      batchSize: 40,
      concurrency: 5,
    });
  }

  async deliver(job: Job<typeof CONVOCATION_QUEUE>): Promise<void> {
    const { organisationId, convocationId } = job.payload;
    const failure = await this.transactions.withTransaction(async () => {
      const scope = this.convocations.of(organisationId);
      // The convocation's row locked (only it: FOR UPDATE OF), read with its member in one query.
      const convocation = await scope
        .query('convocation')
        .leftJoinAndSelect('convocation.member', 'member')
        .leftJoinAndSelect('member.account', 'account')
        .andWhere('convocation.id = :convocationId', { convocationId })
        .setLock('pessimistic_write', undefined, ['convocation'])
        .getOne();
      // Gone (meeting deleted), by post, or already sent by an earlier run: nothing to do.
      if (!convocation || convocation.channel !== 'email' || convocation.status === 'sent') return null;
      const member = convocation.member;
      const address = member?.email ?? convocation.email;
      const attempt = { attempts: convocation.attempts + 1, lastAttemptAt: this.clock.now() };
      if (!member || !address) {
        await scope.update({ id: convocation.id }, { ...attempt, status: 'failed', failureReason: 'No e-mail address / aucune adresse électronique' });
        return null;
      }
      const facts = await this.facts.of(organisationId, convocation.meetingId);
      const { token, link } = await this.links.issue(organisationId, convocation.meetingId, member.id, facts.end);
      const locale = member.account?.locale ?? 'fr';
      const event = { ...this.facts.event(facts), attendee: { name: member.name, email: address } };
      try {
        await this.mailer.send({
          to: address,
          locale,
          content: convocationMail(
            {
              organisationName: facts.organisationName,
              memberName: member.name,
              meetingTitle: facts.meeting.title,
              bodyName: facts.bodyName,
              start: facts.meeting.startsAt,
              end: facts.end,
              timeZone: facts.meeting.timeZone,
              place: facts.meeting.place,
              videoUrl: facts.meeting.remoteLink,
              agenda: facts.agenda,
              documents: facts.documents,
              personalUrl: personalUrl(this.config.publicUrl, token),
              secondConvocation: facts.meeting.convocation === 'second',
            },
            locale,
          ),
          attachments: [{ filename: 'convocation.ics', content: buildCalendar([event], { method: 'REQUEST' }), contentType: calendarContentType('REQUEST') }],
        });
      } catch (error) {
        // The attempt is recorded (and its unusable link revoked), then the job fails and is retried.
        await this.links.revoke(organisationId, link.id);
        await scope.update({ id: convocation.id }, { ...attempt, status: 'failed', failureReason: reasonOf(error) });
        return error;
      }
      await scope.update({ id: convocation.id }, { ...attempt, status: 'sent', failureReason: null, sentAt: this.clock.now(), email: address });
      return null;
    });
    if (failure) {
      this.logger.warn(`Convocation ${convocationId} not delivered (attempt ${job.retryCount + 1}, ${job.retriesLeft} retries left): ${reasonOf(failure)}`);
      throw failure instanceof Error ? failure : new Error(reasonOf(failure));
    }
  }
}
